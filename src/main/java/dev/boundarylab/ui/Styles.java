package dev.boundarylab.ui;

import javafx.scene.Scene;

/**
 * The one stylesheet of the app and the CSS class names it defines, in one place: a view adds a class by its
 * constant here, so that a rename in {@code boundary-lab.css} is a rename here too.
 */
final class Styles {
    /** The stylesheet's resource path. */
    static final String STYLESHEET = "/dev/boundarylab/ui/boundary-lab.css";

    /** The root of a window: font and background. */
    static final String ROOT = "lab-root";
    /** The scrolling sidebar holding the controls. */
    static final String SIDEBAR = "sidebar";
    /** The box of controls inside the sidebar. */
    static final String CONTROLS = "controls";
    /** The bold grey title of a group of controls. */
    static final String SECTION_TITLE = "section-title";
    /** The bold value shown beside a slider's name. */
    static final String VALUE_LABEL = "value-label";
    /** The one button that matters most in a group (Play, Start). */
    static final String ACCENT = "accent";
    /** The dark status line at the bottom of the main window. */
    static final String STATUS_LINE = "status-line";
    /** The banner showing a problem. */
    static final String BANNER_PROBLEM = "banner-problem";
    /** The banner showing news. */
    static final String BANNER_INFO = "banner-info";
    /** A number field whose text was refused: a red border; its tooltip says why. */
    static final String INVALID = "invalid";
    /** A grey line explaining a section's state, e.g. that the generator is not in use. */
    static final String HINT = "hint";
    /** An input feature's toggle tile with its small picture: faded when off, outlined when on. */
    static final String FEATURE_TILE = "feature-tile";
    /** The place of a chosen feature in the network's order, on its tile. */
    static final String FEATURE_PLACE = "feature-place";
    /** The units spinner of a hidden layer past the first. */
    static final String LAYER_UNITS = "layer-units";
    /** One panel of the sweep's gallery. */
    static final String SWEEP_CELL = "sweep-cell";

    private Styles() {}

    /** Adds the stylesheet to {@code scene}. */
    static void apply(Scene scene) {
        scene.getStylesheets().add(Styles.class.getResource(STYLESHEET).toExternalForm());
    }
}
