package dev.boundarylab.render;

import dev.boundarylab.model.Network;
import dev.boundarylab.model.UnitFields;

/**
 * What a network diagram shows: the network's units, layer by layer (its input features first, its output last),
 * each as a thumbnail of what it computes over the plane ({@code fields}, sampled on a coarse grid by the model),
 * the links between them (width by |w|, colour by sign), the biases on the units, and a title.
 *
 * @param network the network drawn
 * @param fields every unit's values over the plane, from {@link UnitFields#of}
 * @param title the line above the diagram
 * @param marked the unit marked with a ring in the accent colour, {@code {layer, unit}} with layer 0 the inputs (the
 *     one the network panel shows), or null for none
 * @param unitColors whether the first layer's tiles are bordered in their units' colours, those of their zero lines
 *     on the network panel
 */
public record NetworkDiagramSpec(Network network, UnitFields fields, String title, int[] marked, boolean unitColors) {
    /** A diagram with no unit marked and plain borders. */
    public NetworkDiagramSpec(Network network, UnitFields fields, String title) {
        this(network, fields, title, null, false);
    }

    /** This diagram with {@code unit} ({@code {layer, unit}}, or null for none) marked. */
    public NetworkDiagramSpec withMarked(int[] unit) {
        return new NetworkDiagramSpec(network, fields, title, unit == null ? null : unit.clone(), unitColors);
    }

    /** This diagram with the first layer's tiles bordered in their units' colours, or not. */
    public NetworkDiagramSpec withUnitColors(boolean on) {
        return new NetworkDiagramSpec(network, fields, title, marked, on);
    }

    /**
     * Checks the parts are there and agree.
     *
     * @throws IllegalArgumentException if one is null or the fields are of another shape of network
     */
    public NetworkDiagramSpec {
        if (network == null || fields == null || title == null) {
            throw new IllegalArgumentException("a network diagram needs a network, its fields and a title");
        }
        if (fields.layers() != network.depth() + 1) {
            throw new IllegalArgumentException("the fields have " + fields.layers() + " layers; the network with its"
                    + " inputs has " + (network.depth() + 1));
        }
    }

    /** The most units of any layer, the inputs included: the diagram's height follows it. */
    public int tallest() {
        int most = 0;
        for (int l = 0; l < fields.layers(); l++) {
            most = Math.max(most, fields.units(l));
        }
        return most;
    }
}
