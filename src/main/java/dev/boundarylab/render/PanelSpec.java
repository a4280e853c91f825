package dev.boundarylab.render;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Classifier;

/**
 * What one decision panel shows: the probability surface and p = 0.5 boundary of {@code model}, the points of
 * {@code data} coloured by class, over {@code view}, under {@code title} (composed by the caller, e.g.
 * "Neural network, 4 hidden units — accuracy 91.5%"); and, if {@code heldOut} is not null, the points held out of
 * training, drawn as rings in their class's colour.
 */
public record PanelSpec(Classifier model, Dataset data, Viewport view, String title, Dataset heldOut) {
    /** A panel without held-out points. */
    public PanelSpec(Classifier model, Dataset data, Viewport view, String title) {
        this(model, data, view, title, null);
    }

    /**
     * Checks that nothing is missing.
     *
     * @throws IllegalArgumentException if an argument is null
     */
    public PanelSpec {
        if (model == null || data == null || view == null || title == null) {
            throw new IllegalArgumentException("a panel needs a model, data, a viewport and a title; got model " + model
                    + ", data " + data + ", viewport " + view + ", title " + title);
        }
    }

    /** The same panel with the viewport chosen by {@link Viewport#around} for the data. */
    public static PanelSpec of(Classifier model, Dataset data, String title) {
        return new PanelSpec(model, data, Viewport.around(data), title);
    }
}
