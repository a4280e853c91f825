package dev.boundarylab.ui;

import static dev.boundarylab.ui.Widgets.tip;

import dev.boundarylab.model.Feature;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * The row over the panels that says which input features the logistic baseline is fitted on: x1, x2 (the seed's),
 * the network's own (following them), or x1, x2 and their squares, with which it draws the ring too: the lesson
 * that hand-made features can do what the hidden layer learns.
 */
final class BaselineFeaturesView {
    /** A choice of the baseline's features. */
    enum Choice {
        /** The points' coordinates, the seed's. */
        PLAIN("x1, x2", List.of(Feature.X1, Feature.X2)),
        /** Whatever the network is fed. */
        SAME("the network's features", null),
        /** The coordinates and their squares. */
        SQUARES("x1, x2, x1\u00b2, x2\u00b2", List.of(Feature.X1, Feature.X2, Feature.X1SQ, Feature.X2SQ));

        final String label;
        /** The features, or null for the network's. */
        final List<Feature> features;

        Choice(String label, List<Feature> features) {
            this.label = label;
            this.features = features;
        }
    }

    final ChoiceBox<Choice> choice = new ChoiceBox<>();
    private final HBox root;

    BaselineFeaturesView() {
        choice.setId("logisticFeaturesChoice");
        choice.getItems().setAll(Choice.values());
        choice.setValue(Choice.PLAIN);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice c) {
                return c == null ? "" : c.label;
            }

            @Override
            public Choice fromString(String s) {
                return null;
            }
        });
        tip(
                choice,
                "Input features of the logistic-regression baseline (cross-validated as scikit-learn's "
                        + "LogisticRegressionCV on them). With the squares it draws the ring too. The network trains on.");
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label name = new Label("Logistic regression on");
        name.getStyleClass().add(Styles.HINT);
        root = new HBox(6, spacer, name, choice);
        root.setAlignment(Pos.CENTER_RIGHT);
    }

    /** Puts {@code tools} at the left end of the row, which is otherwise empty: the drawing tools. */
    void addLeft(Node tools) {
        root.getChildren().add(0, tools);
    }

    Node root() {
        return root;
    }

    /** Sends each choice to the model. */
    void bind(LabModel model) {
        choice.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.setLogisticFeatures(b.features);
            }
        });
    }
}
