package dev.boundarylab.ui;

import static dev.boundarylab.ui.Widgets.button;
import static dev.boundarylab.ui.Widgets.labelled;
import static dev.boundarylab.ui.Widgets.tip;
import static dev.boundarylab.ui.Widgets.valueLabel;

import dev.boundarylab.model.Activation;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Feature;
import dev.boundarylab.model.InitScale;
import dev.boundarylab.train.Limit;
import dev.boundarylab.train.Notice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * The Network section's architecture controls: the input features as numbered toggle tiles ({@link
 * FeatureTilesView}: their order is the network's); the number of hidden layers with add and remove buttons and the
 * units of the layers past the first (the first is the controls' hidden-units slider); the activation; L2 on a log
 * slider whose first position is off; the batch size, the shuffle seed of the mini-batches and the initial scale
 * ("auto" is the rule that the command line follows: small with one hidden layer, xavier with more). Every change
 * sends the model a new {@link Architecture}, which restarts the network; a change of the model's architecture (a
 * file, the sweep, restore defaults) shows in the controls.
 */
final class ArchitectureView {
    /** The side of a feature tile's picture, in pixels. */
    static final int TILE = FeatureTilesView.TILE;
    /** Units of a layer added: as many as the last one, or the seed's 4 after none. */
    private static final int NEW_LAYER_UNITS = 4;

    final FeatureTilesView features = new FeatureTilesView();
    final Map<Feature, ToggleButton> featureTiles = features.tiles;
    final Button addLayer = button("addLayerButton", "+", "Add a hidden layer (at most 6); the network starts over.");
    final Button removeLayer = button(
            "removeLayerButton",
            "\u2212",
            "Remove the last hidden layer; with none the network is logistic regression trained by gradient descent.");
    final List<Spinner<Integer>> extraUnits = new ArrayList<>();
    final ChoiceBox<Activation> activationChoice = new ChoiceBox<>();
    final Slider l2Slider = new Slider(0, LogScale.L2_STEPS.length - 1, 0);
    final TextField batchField = new TextField();
    final TextField shuffleField = new TextField();
    /** The initial scale: "auto" (the rule for the depth, named with what it gives), then each scale. */
    final ChoiceBox<String> scaleChoice = new ChoiceBox<>();

    private final Label layersValue = valueLabel("layersValue");
    private final Label featuresValue = valueLabel("featuresValue");
    private final Label l2Value = valueLabel("l2Value");
    private final FlowPane extraRow = new FlowPane(4, 4);
    private Tooltip batchTip;
    private Tooltip shuffleTip;
    /** Whether the user chose an initial scale, kept when the layers change; otherwise the rule for their number. */
    private boolean scaleChosen;
    /** While this view sends an architecture: the model's answer is not a change from outside. */
    private boolean sending;

    private LabModel model;
    /** While the controls show the model's architecture: their listeners send nothing. */
    private boolean quiet;

    ArchitectureView() {
        Label more = new Label("Layers 2+ units");
        more.getStyleClass().add(Styles.HINT);
        extraRow.getChildren().add(more);
        extraRow.setAlignment(Pos.CENTER_LEFT);
        for (int l = 2; l <= Limit.LAYERS.max(); l++) {
            Spinner<Integer> s = new Spinner<>();
            s.setId("layerUnits" + l);
            s.setEditable(true);
            s.getStyleClass().add(Styles.LAYER_UNITS);
            s.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                    (int) Limit.HIDDEN.min(), (int) Limit.HIDDEN.max(), NEW_LAYER_UNITS));
            tip(s, "Units of hidden layer " + l + " (" + Limit.HIDDEN.range() + "); the network starts over.");
            extraUnits.add(s);
            extraRow.getChildren().add(s);
        }
        activationChoice.setId("activationChoice");
        activationChoice.getItems().setAll(Activation.values());
        activationChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Activation a) {
                return a == null ? "" : a.id();
            }

            @Override
            public Activation fromString(String s) {
                return Activation.of(s);
            }
        });
        activationChoice.setMaxWidth(Double.MAX_VALUE);
        tip(activationChoice, "Activation of the hidden layers: tanh (the seed's), relu, sigmoid or linear.");
        l2Slider.setId("l2Slider");
        l2Slider.setMajorTickUnit(1);
        l2Slider.setMinorTickCount(0);
        l2Slider.setSnapToTicks(true);
        Widgets.keySteps(l2Slider, 1, 3);
        tip(
                l2Slider,
                "L2 regularisation strength \u03bb: J = mean cost + \u03bb/(2m) \u03a3 ||W||\u00b2. "
                        + "Leftmost is off (0), then 0.0001 to 10 on a log scale; the network starts over.");
        batchField.setId("batchField");
        batchField.setPromptText("full");
        tip(
                batchField,
                "Points per update: 'full' (or 0) for all of them, the seed's; a number for mini-batches, "
                        + "shuffled anew each epoch. Allowed: " + NumberFields.range(Limit.BATCH) + ".");
        batchTip = batchField.getTooltip();
        shuffleField.setId("shuffleSeedField");
        tip(
                shuffleField,
                "Seed of the mini-batches' shuffle: epoch e shuffles the points with numpy's RandomState(seed + e), "
                        + "as train --shuffle-seed does. Allowed: " + NumberFields.range(Limit.SHUFFLE_SEED)
                        + "; with a batch size only. The network starts over.");
        shuffleTip = shuffleField.getTooltip();
        scaleChoice.setId("initScaleChoice");
        scaleChoice.setMaxWidth(Double.MAX_VALUE);
        scaleChoice.getItems().add(autoText(1));
        for (InitScale sc : InitScale.values()) {
            scaleChoice.getItems().add(sc.id());
        }
        tip(
                scaleChoice,
                "Scale of the initial weights: small 0.01\u00b7randn (the seed's), xavier randn/\u221an_in, "
                        + "he randn\u00b7\u221a(2/n_in). Auto follows the depth: small with one hidden layer, xavier "
                        + "with more. The network starts over.");
    }

    /** The auto choice's text for {@code layers} hidden layers, saying what it gives, e.g. "auto: small". */
    static String autoText(int layers) {
        return "auto: " + InitScale.defaultFor(layers).id();
    }

    /** The nodes of the section, in order, for the controls to lay out around the first layer's slider. */
    List<Node> featureRows() {
        return List.of(labelled("Features", featuresValue), features.root());
    }

    /** The row of the layer count with its buttons. */
    Node layersRow() {
        Label n = new Label("Hidden layers");
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(6, n, spacer, removeLayer, layersValue, addLayer);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The units of the layers past the first, shown only for layers there are. */
    Node extraLayersRow() {
        return extraRow;
    }

    /** Activation, L2 and batch size. */
    List<Node> trainingRows() {
        return List.of(
                Widgets.form(
                        "Activation",
                        activationChoice,
                        "Batch",
                        batchField,
                        "Shuffle seed",
                        shuffleField,
                        "Initial scale",
                        scaleChoice),
                labelled("L2", l2Value),
                l2Slider);
    }

    /** Shows the model's architecture, then sends every change to it. */
    void bind(LabModel lab) {
        this.model = lab;
        show(model.architecture());
        for (Map.Entry<Feature, ToggleButton> e : featureTiles.entrySet()) {
            e.getValue().selectedProperty().addListener((o, a, b) -> featuresChanged(e.getKey(), b));
        }
        addLayer.setOnAction(e -> changeLayers(+1));
        removeLayer.setOnAction(e -> changeLayers(-1));
        for (int i = 0; i < extraUnits.size(); i++) {
            int layer = i + 1;
            Spinner<Integer> s = extraUnits.get(i);
            NumberFields.guard(s, "Units of layer " + (layer + 1), Limit.HIDDEN, v -> (int) v, this::problem);
            s.valueProperty().addListener((o, a, b) -> {
                if (!quiet && b != null && layer < model.architecture().layers().size()) {
                    List<Integer> layers = new ArrayList<>(model.architecture().layers());
                    layers.set(layer, b);
                    send(keepScale(model.architecture(), layers));
                }
            });
        }
        activationChoice.valueProperty().addListener((o, a, b) -> {
            if (!quiet && b != null) {
                send(with(model.architecture(), Architecture.Setting.ACTIVATION, b.id()));
            }
        });
        l2Slider.valueProperty().addListener((o, a, b) -> {
            double l2 = LogScale.l2(b.doubleValue());
            l2Value.setText(LogScale.formatL2(l2));
            if (!quiet) {
                send(with(model.architecture(), Architecture.Setting.L2, Double.toString(l2)));
            }
        });
        batchField.setOnAction(e -> batchEntered());
        batchField.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                batchEntered();
            }
        });
        shuffleField.setOnAction(e -> shuffleEntered());
        shuffleField.focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                shuffleEntered();
            }
        });
        scaleChoice.valueProperty().addListener((o, a, b) -> {
            if (!quiet && b != null) {
                scaleChanged(scaleChoice.getSelectionModel().getSelectedIndex());
            }
        });
        model.architectureProperty().addListener((o, a, b) -> {
            if (!sending && b.initScale() == InitScale.defaultFor(b.layers().size())) {
                scaleChosen = false; // a file, the sweep or the defaults: the rule again, unless they say otherwise
            }
            show(b);
        });
        model.viewportProperty().addListener((o, a, b) -> features.drawPictures(b));
        features.drawPictures(model.viewport());
    }

    /** Shows {@code a} in the controls without sending it back. */
    void show(Architecture a) {
        quiet = true;
        try {
            features.show(a.features());
            featuresValue.setText(a.text(Architecture.Setting.FEATURES));
            int n = a.layers().size();
            layersValue.setText(Integer.toString(n));
            addLayer.setDisable(n >= Limit.LAYERS.max());
            removeLayer.setDisable(n <= Limit.LAYERS.min());
            for (int i = 0; i < extraUnits.size(); i++) {
                boolean there = i + 1 < n;
                Spinner<Integer> s = extraUnits.get(i);
                s.setVisible(there);
                s.setManaged(there);
                if (there) {
                    s.getValueFactory().setValue(a.layers().get(i + 1));
                }
            }
            extraRow.setVisible(n > 1);
            extraRow.setManaged(n > 1);
            activationChoice.setValue(a.activation());
            activationChoice.setDisable(n == 0);
            l2Slider.setValue(LogScale.l2Position(a.l2()));
            l2Value.setText(LogScale.formatL2(a.l2()));
            batchField.setText(a.batch() == 0 ? "full" : Integer.toString(a.batch()));
            shuffleField.setText(Long.toString(a.shuffleSeed()));
            shuffleField.setDisable(a.batch() == 0);
            scaleChosen |= a.initScale() != InitScale.defaultFor(n);
            scaleChoice.getItems().set(0, autoText(n));
            scaleChoice
                    .getSelectionModel()
                    .select(scaleChosen ? 1 + a.initScale().ordinal() : 0);
        } finally {
            quiet = false;
        }
    }

    private void featuresChanged(Feature toggled, boolean on) {
        if (quiet) {
            return;
        }
        List<Feature> chosen = FeatureTilesView.toggled(model.architecture().features(), toggled, on);
        if (chosen.isEmpty()) {
            problem("the network needs at least one input feature; " + toggled.id() + " stays on");
            show(model.architecture());
            return;
        }
        send(with(
                model.architecture(),
                Architecture.Setting.FEATURES,
                String.join(",", chosen.stream().map(Feature::id).toList())));
    }

    /** The scale of choice {@code index}: 0 the rule for the depth, then each scale in order. */
    private void scaleChanged(int index) {
        Architecture a = model.architecture();
        scaleChosen = index > 0;
        InitScale sc = scaleChosen
                ? InitScale.values()[index - 1]
                : InitScale.defaultFor(a.layers().size());
        send(with(a, Architecture.Setting.INIT_SCALE, sc.id()));
    }

    private void changeLayers(int by) {
        List<Integer> layers = new ArrayList<>(model.architecture().layers());
        if (by > 0 && layers.size() < Limit.LAYERS.max()) {
            layers.add(layers.isEmpty() ? NEW_LAYER_UNITS : layers.get(layers.size() - 1));
        } else if (by < 0 && !layers.isEmpty()) {
            layers.remove(layers.size() - 1);
        } else {
            return;
        }
        // A change of depth takes the initial scale made for it (small for one layer, xavier for more), unless the
        // user chose one.
        send(
                scaleChosen
                        ? keepScale(model.architecture(), layers)
                        : model.architecture().withLayers(layers));
    }

    private void batchEntered() {
        if (quiet || model == null) {
            return;
        }
        String t = batchField.getText() == null ? "" : batchField.getText().trim();
        double v = t.isEmpty() || t.equalsIgnoreCase("full")
                ? 0
                : NumberFields.check(batchField, "Batch size", Limit.BATCH, batchTip);
        if (Double.isNaN(v)) {
            problem(batchField.getTooltip().getText() + "; kept " + batchText(model.architecture()));
            return;
        }
        batchField.getStyleClass().remove(Styles.INVALID);
        batchField.setTooltip(batchTip);
        send(with(model.architecture(), Architecture.Setting.BATCH, Long.toString((long) v)));
        batchField.setText(batchText(model.architecture()));
    }

    /** The shuffle seed typed: a whole number in its {@link Limit}, or one message and nothing changed. */
    private void shuffleEntered() {
        if (quiet || model == null || shuffleField.isDisabled()) {
            return;
        }
        double v = NumberFields.check(shuffleField, "Shuffle seed", Limit.SHUFFLE_SEED, shuffleTip);
        long now = model.architecture().shuffleSeed();
        if (Double.isNaN(v)) {
            problem(shuffleField.getTooltip().getText() + "; kept " + now);
            return;
        }
        send(with(model.architecture(), Architecture.Setting.SHUFFLE_SEED, Long.toString((long) v)));
        shuffleField.setText(Long.toString(model.architecture().shuffleSeed()));
    }

    private static String batchText(Architecture a) {
        return a.batch() == 0 ? "full" : Integer.toString(a.batch());
    }

    private void send(Architecture a) {
        if (a != null) {
            sending = true;
            try {
                model.setArchitecture(a);
            } finally {
                sending = false;
            }
        }
    }

    private Architecture with(Architecture a, Architecture.Setting s, String text) {
        try {
            return a.with(s, text);
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
            return null;
        }
    }

    /** {@code a} with other layers of the same number, its initial scale kept. */
    private static Architecture keepScale(Architecture a, List<Integer> layers) {
        return new Architecture(
                a.features(), layers, a.activation(), a.l2(), a.batch(), a.shuffleSeed(), a.initScale());
    }

    private void problem(String why) {
        model.say(Notice.Severity.PROBLEM, why);
    }

    /** The picture of {@code f} on its tile, for tests. */
    WritableImage picture(Feature f) {
        return features.picture(f);
    }
}
