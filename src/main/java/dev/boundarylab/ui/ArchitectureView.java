package dev.boundarylab.ui;

import static dev.boundarylab.ui.Widgets.button;
import static dev.boundarylab.ui.Widgets.labelled;
import static dev.boundarylab.ui.Widgets.tip;
import static dev.boundarylab.ui.Widgets.valueLabel;

import dev.boundarylab.model.Activation;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Feature;
import dev.boundarylab.render.ColorMap;
import dev.boundarylab.render.FeaturePicture;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.Limit;
import dev.boundarylab.train.Notice;
import java.util.ArrayList;
import java.util.EnumMap;
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
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * The Network section's architecture controls: the input features as toggle tiles, each with a small picture of the
 * feature over the plane the panels show (drawn by {@link FeaturePicture} in the shared colours); the number of
 * hidden layers with add and remove buttons and the units of the layers past the first (the first is the controls'
 * hidden-units slider); the activation; L2 on a log slider whose first position is off; the batch size. Every
 * change sends the model a new {@link Architecture}, which restarts the network; a change of the model's
 * architecture (a file, the sweep, restore defaults) shows in the controls.
 */
final class ArchitectureView {
    /** The side of a feature tile's picture, in pixels. */
    static final int TILE = 26;
    /** Units of a layer added: as many as the last one, or the seed's 4 after none. */
    private static final int NEW_LAYER_UNITS = 4;

    final Map<Feature, ToggleButton> featureTiles = new EnumMap<>(Feature.class);
    final Button addLayer = button("addLayerButton", "+", "Add a hidden layer (at most 6); the network starts over.");
    final Button removeLayer = button(
            "removeLayerButton",
            "\u2212",
            "Remove the last hidden layer; with none the network is logistic regression trained by gradient descent.");
    final List<Spinner<Integer>> extraUnits = new ArrayList<>();
    final ChoiceBox<Activation> activationChoice = new ChoiceBox<>();
    final Slider l2Slider = new Slider(0, LogScale.L2_STEPS.length - 1, 0);
    final TextField batchField = new TextField();
    private final Label layersValue = valueLabel("layersValue");
    private final Label featuresValue = valueLabel("featuresValue");
    private final Label l2Value = valueLabel("l2Value");
    private final FlowPane tiles = new FlowPane(3, 3);
    private final FlowPane extraRow = new FlowPane(4, 4);
    private final Map<Feature, WritableImage> pictures = new EnumMap<>(Feature.class);
    private Tooltip batchTip;
    private LabModel model;
    /** While the controls show the model's architecture: their listeners send nothing. */
    private boolean quiet;

    ArchitectureView() {
        tiles.setId("featureTiles");
        for (Feature f : Feature.values()) {
            WritableImage img = new WritableImage(TILE, TILE);
            pictures.put(f, img);
            ToggleButton t = new ToggleButton();
            t.setId("feature-" + f.id());
            t.setGraphic(new ImageView(img));
            t.getStyleClass().add(Styles.FEATURE_TILE);
            tip(
                    t,
                    "Input feature " + f.id() + " (" + formula(f) + "), pictured over the plane the panels show. "
                            + "Click to feed it to the network or not; the network starts over.");
            featureTiles.put(f, t);
            tiles.getChildren().add(t);
        }
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
    }

    /** The nodes of the section, in order, for the controls to lay out around the first layer's slider. */
    List<Node> featureRows() {
        return List.of(labelled("Features", featuresValue), tiles);
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
                Widgets.form("Activation", activationChoice, "Batch", batchField), labelled("L2", l2Value), l2Slider);
    }

    /** Shows the model's architecture, then sends every change to it. */
    void bind(LabModel lab) {
        this.model = lab;
        show(model.architecture());
        for (Map.Entry<Feature, ToggleButton> e : featureTiles.entrySet()) {
            e.getValue().selectedProperty().addListener((o, a, b) -> featuresChanged(e.getKey()));
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
        model.architectureProperty().addListener((o, a, b) -> show(b));
        model.viewportProperty().addListener((o, a, b) -> drawPictures(b));
        drawPictures(model.viewport());
    }

    /** Shows {@code a} in the controls without sending it back. */
    void show(Architecture a) {
        quiet = true;
        try {
            for (Map.Entry<Feature, ToggleButton> e : featureTiles.entrySet()) {
                e.getValue().setSelected(a.features().contains(e.getKey()));
            }
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
        } finally {
            quiet = false;
        }
    }

    private void featuresChanged(Feature toggled) {
        if (quiet) {
            return;
        }
        List<Feature> chosen = new ArrayList<>();
        for (Feature f : Feature.values()) {
            if (featureTiles.get(f).isSelected()) {
                chosen.add(f);
            }
        }
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

    private void changeLayers(int by) {
        List<Integer> layers = new ArrayList<>(model.architecture().layers());
        if (by > 0 && layers.size() < Limit.LAYERS.max()) {
            layers.add(layers.isEmpty() ? NEW_LAYER_UNITS : layers.get(layers.size() - 1));
        } else if (by < 0 && !layers.isEmpty()) {
            layers.remove(layers.size() - 1);
        } else {
            return;
        }
        // A change of depth takes the initial scale made for it: small for one layer, xavier for more.
        send(model.architecture().withLayers(layers));
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

    private static String batchText(Architecture a) {
        return a.batch() == 0 ? "full" : Integer.toString(a.batch());
    }

    private void send(Architecture a) {
        if (a != null) {
            model.setArchitecture(a);
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

    /** Draws each tile's picture of its feature over {@code view} (a square around the origin before any data). */
    private void drawPictures(Viewport view) {
        Viewport v = view != null ? view : new Viewport(-4, 4, -4, 4);
        for (Map.Entry<Feature, WritableImage> e : pictures.entrySet()) {
            int[] argb = FeaturePicture.argb(e.getKey(), v, TILE, TILE, ColorMap.DEFAULT);
            e.getValue().getPixelWriter().setPixels(0, 0, TILE, TILE, PixelFormat.getIntArgbInstance(), argb, 0, TILE);
        }
    }

    /** The picture of {@code f} on its tile, for tests. */
    WritableImage picture(Feature f) {
        return pictures.get(f);
    }

    private static String formula(Feature f) {
        return switch (f) {
            case X1 -> "x\u2081";
            case X2 -> "x\u2082";
            case X1SQ -> "x\u2081\u00b2";
            case X2SQ -> "x\u2082\u00b2";
            case X1X2 -> "x\u2081x\u2082";
            case SINX1 -> "sin x\u2081";
            case SINX2 -> "sin x\u2082";
        };
    }
}
