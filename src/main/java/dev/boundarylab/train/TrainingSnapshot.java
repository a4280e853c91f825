package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Network;
import dev.boundarylab.model.Parameters;

/**
 * What the training thread publishes: an immutable picture of a run at one moment, everything a view needs to
 * draw it without touching the trainer.
 *
 * @param version increases with every snapshot a service publishes, so a view can tell a new one from the last
 * @param state running, paused or diverged
 * @param epoch the number of updates made
 * @param cost the cost of {@code network} on the points it trains on
 * @param accuracy the training accuracy of {@code network}
 * @param learningRate the learning rate in use
 * @param pace the epochs per second asked for; infinite means as fast as the machine goes
 * @param epochsPerSecond the measured training speed, 0 when paused
 * @param network the network now, of any architecture
 * @param initialNetwork the network the run started from (what reset returns to)
 * @param costs the cost history, decimated
 * @param data the data set in use, all its points (those held out too)
 * @param baseline the logistic-regression baseline fitted on the training points: fitted, still fitting, or why
 *     there is none
 * @param notice the service's newest line for the user (what just happened or went wrong), possibly empty
 * @param spikes the cost's jumps that came back so far, oldest first (as {@link Trainer#spikes()}), for a chart to
 *     mark
 * @param heldOut the points held out of training and both models' numbers on them; {@link HeldOut#NONE} if none
 * @param dataChanges the epochs at which a person changed the data by hand, oldest first, for a chart to mark
 */
public record TrainingSnapshot(
        long version,
        State state,
        long epoch,
        double cost,
        double accuracy,
        double learningRate,
        double pace,
        double epochsPerSecond,
        Network network,
        Network initialNetwork,
        CostSeries costs,
        Dataset data,
        Baseline baseline,
        Notice notice,
        java.util.List<Trainer.Spike> spikes,
        HeldOut heldOut,
        long[] dataChanges) {

    /** Checks the parts are there; the spikes are kept as an unmodifiable list. */
    public TrainingSnapshot {
        spikes = java.util.List.copyOf(spikes);
        heldOut = heldOut == null ? HeldOut.NONE : heldOut;
        dataChanges = dataChanges.clone();
    }

    /** A snapshot of a run that holds no points out, of data never changed by hand. */
    public TrainingSnapshot(
            long version,
            State state,
            long epoch,
            double cost,
            double accuracy,
            double learningRate,
            double pace,
            double epochsPerSecond,
            Network network,
            Network initialNetwork,
            CostSeries costs,
            Dataset data,
            Baseline baseline,
            Notice notice,
            java.util.List<Trainer.Spike> spikes) {
        this(
                version,
                state,
                epoch,
                cost,
                accuracy,
                learningRate,
                pace,
                epochsPerSecond,
                network,
                initialNetwork,
                costs,
                data,
                baseline,
                notice,
                spikes,
                HeldOut.NONE,
                new long[0]);
    }

    /** The points the network and the baseline train on: the data less the held-out points. */
    public Dataset trainData() {
        return heldOut.any() ? heldOut.train() : data;
    }

    /** Whether a run is going, paused, or stopped because its cost diverged. */
    public enum State {
        /** Training epochs one after another. */
        RUNNING,
        /** Waiting for the user. */
        PAUSED,
        /** Stopped because the cost became non-finite or exploded; a reset brings it back. */
        DIVERGED
    }

    /** The architecture of the network. */
    public Architecture architecture() {
        return network.architecture();
    }

    /** The number of units of the network's first hidden layer; 0 without hidden layers. */
    public int hidden() {
        return network.architecture().layers().isEmpty()
                ? 0
                : network.architecture().layers().get(0);
    }

    /**
     * The network's current parameters in the seed's one-layer form.
     *
     * @throws IllegalStateException if the network has no such form ({@link Network#hasSeedForm})
     */
    public Parameters parameters() {
        return network.seedForm();
    }

    /**
     * The initial parameters in the seed's one-layer form.
     *
     * @throws IllegalStateException if the network has no such form ({@link Network#hasSeedForm})
     */
    public Parameters initialParameters() {
        return initialNetwork.seedForm();
    }

    /** The notice's line, or empty. */
    public String message() {
        return notice.text();
    }
}
