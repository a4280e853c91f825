package dev.boundarylab.ui;

import static dev.boundarylab.ui.Widgets.tip;

import dev.boundarylab.model.Feature;
import dev.boundarylab.render.ColorMap;
import dev.boundarylab.render.FeaturePicture;
import dev.boundarylab.render.Viewport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;

/**
 * The input features as toggle tiles, each with a small picture of the feature over the plane the panels show
 * (drawn by {@link FeaturePicture} in the shared colours), and the order the network reads them in: a feature
 * switched on goes last, and each tile that is on shows its place, 1, 2, 3, ..., which is its column of the first
 * layer's weights.
 */
final class FeatureTilesView {
    /** The side of a tile's picture, in pixels. */
    static final int TILE = 26;

    final Map<Feature, ToggleButton> tiles = new EnumMap<>(Feature.class);
    private final Map<Feature, Label> places = new EnumMap<>(Feature.class);
    private final Map<Feature, WritableImage> pictures = new EnumMap<>(Feature.class);
    private final FlowPane root = new FlowPane(2, 3);

    FeatureTilesView() {
        root.setId("featureTiles");
        for (Feature f : Feature.values()) {
            WritableImage img = new WritableImage(TILE, TILE);
            pictures.put(f, img);
            Label place = new Label();
            place.setId("place-" + f.id());
            place.getStyleClass().add(Styles.FEATURE_PLACE);
            place.setMouseTransparent(true);
            StackPane.setAlignment(place, Pos.TOP_LEFT);
            places.put(f, place);
            ToggleButton t = new ToggleButton();
            t.setId("feature-" + f.id());
            t.setGraphic(new StackPane(new ImageView(img), place));
            t.getStyleClass().add(Styles.FEATURE_TILE);
            tip(
                    t,
                    "Input feature " + f.id() + " (" + formula(f) + "), pictured over the plane the panels show. "
                            + "Click to feed it to the network or not; a feature switched on comes last, and the "
                            + "number on a tile is its place in the order the network reads them (its column of W1). "
                            + "The network starts over.");
            tiles.put(f, t);
            root.getChildren().add(t);
        }
    }

    FlowPane root() {
        return root;
    }

    /** Shows {@code order}: its features' tiles on and numbered by their place, the others off. */
    void show(List<Feature> order) {
        for (Feature f : Feature.values()) {
            int k = order.indexOf(f);
            tiles.get(f).setSelected(k >= 0);
            places.get(f).setText(k >= 0 ? Integer.toString(k + 1) : "");
            places.get(f).setVisible(k >= 0);
        }
    }

    /** {@code order} after the tile of {@code f} is switched {@code on}: appended last, or taken out. */
    static List<Feature> toggled(List<Feature> order, Feature f, boolean on) {
        List<Feature> next = new ArrayList<>(order);
        next.remove(f);
        if (on) {
            next.add(f);
        }
        return next;
    }

    /** The place shown on {@code f}'s tile, "" when it is off (for tests). */
    String place(Feature f) {
        return places.get(f).getText();
    }

    /** Draws each tile's picture of its feature over {@code view} (a square around the origin before any data). */
    void drawPictures(Viewport view) {
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
