package dev.boundarylab.render;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Classifier;
import java.util.List;

/**
 * What one decision panel shows: the probability surface and p = 0.5 boundary of {@code model}, the points of
 * {@code data} coloured by class, over {@code view}, under {@code title} (composed by the caller, e.g.
 * "Neural network, 4 hidden units — accuracy 91.5%"); and, if {@code heldOut} is not null, the points held out of
 * training, drawn as rings in their class's colour; and {@code lines}, straight lines {@code a x1 + b x2 + c = 0}
 * (each {@code {a, b, c}}) drawn over the field in colours of their own: the zero lines of the first layer's
 * units, along which each cuts the plane.
 */
public record PanelSpec(
        Classifier model, Dataset data, Viewport view, String title, Dataset heldOut, List<double[]> lines) {
    /** A panel without held-out points. */
    public PanelSpec(Classifier model, Dataset data, Viewport view, String title) {
        this(model, data, view, title, null, List.of());
    }

    /** A panel without lines. */
    public PanelSpec(Classifier model, Dataset data, Viewport view, String title, Dataset heldOut) {
        this(model, data, view, title, heldOut, List.of());
    }

    /** The same panel with {@code lines} drawn over its field. */
    public PanelSpec withLines(List<double[]> lines) {
        return new PanelSpec(model, data, view, title, heldOut, lines);
    }

    /**
     * Checks that nothing is missing.
     *
     * @throws IllegalArgumentException if an argument is null
     */
    public PanelSpec {
        lines = lines == null ? List.of() : List.copyOf(lines);
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
