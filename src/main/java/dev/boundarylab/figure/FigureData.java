package dev.boundarylab.figure;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Network;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.train.Baseline;
import dev.boundarylab.train.CostSeries;
import dev.boundarylab.train.HeldOut;
import dev.boundarylab.train.Trainer;

/**
 * Everything a figure of one training run shows, whether it comes from the window's newest snapshot or from a
 * headless run: the data, the network and its accuracy, the logistic baseline, and the cost history.
 *
 * @param data the points trained on
 * @param network the network's parameters
 * @param networkAccuracy the network's training accuracy
 * @param baseline the logistic baseline (its model may be null when it could not be fit)
 * @param costs the network's cost history
 * @param epoch the epochs trained
 * @param jumps the epochs where the cost jumped and came back (the step overshot), marked on the cost chart
 * @param heldOut the points held out of training and both models' numbers on them, drawn as rings, in the titles
 *     and as the chart's test line; {@link HeldOut#NONE} for none
 * @param dataChanges the epochs where a person changed the data by hand, marked on the cost chart
 */
public record FigureData(
        Dataset data,
        Network network,
        double networkAccuracy,
        Baseline baseline,
        CostSeries costs,
        long epoch,
        long[] jumps,
        HeldOut heldOut,
        long[] dataChanges) {
    /** Keeps {@link HeldOut#NONE} for a null {@code heldOut} and no marks for null {@code dataChanges}. */
    public FigureData {
        heldOut = heldOut == null ? HeldOut.NONE : heldOut;
        dataChanges = dataChanges == null ? new long[0] : dataChanges;
    }

    /** A figure of a run that held no points out, of data never changed by hand. */
    public FigureData(
            Dataset data,
            Network network,
            double networkAccuracy,
            Baseline baseline,
            CostSeries costs,
            long epoch,
            long[] jumps) {
        this(data, network, networkAccuracy, baseline, costs, epoch, jumps, HeldOut.NONE, new long[0]);
    }

    /** A figure of data never changed by hand. */
    public FigureData(
            Dataset data,
            Network network,
            double networkAccuracy,
            Baseline baseline,
            CostSeries costs,
            long epoch,
            long[] jumps,
            HeldOut heldOut) {
        this(data, network, networkAccuracy, baseline, costs, epoch, jumps, heldOut, new long[0]);
    }

    /** A figure with no jumps to mark. */
    public FigureData(
            Dataset data, Network network, double networkAccuracy, Baseline baseline, CostSeries costs, long epoch) {
        this(data, network, networkAccuracy, baseline, costs, epoch, new long[0]);
    }

    /** The figure of a run of the seed's one-layer network. */
    public FigureData(
            Dataset data, Parameters network, double networkAccuracy, Baseline baseline, CostSeries costs, long epoch) {
        this(data, Network.of(network), networkAccuracy, baseline, costs, epoch);
    }

    /** Every point, those trained on and those held out: what the axes must hold. */
    public Dataset points() {
        return heldOut.any() ? data.with(heldOut.test()) : data;
    }

    /** The start epochs of {@code spikes}, as {@link #jumps} holds them. */
    public static long[] jumps(java.util.List<Trainer.Spike> spikes) {
        return spikes.stream().mapToLong(Trainer.Spike::start).toArray();
    }
}
