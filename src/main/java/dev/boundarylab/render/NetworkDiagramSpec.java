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
 */
public record NetworkDiagramSpec(Network network, UnitFields fields, String title) {
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
