package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Parameters;

/**
 * What the training thread publishes: an immutable picture of a run at one moment, everything a view needs to
 * draw it without touching the trainer.
 *
 * @param version increases with every snapshot a service publishes, so a view can tell a new one from the last
 * @param state running, paused or diverged
 * @param epoch the number of updates made
 * @param cost the cost of {@code parameters}
 * @param accuracy the training accuracy of {@code parameters}
 * @param learningRate the learning rate in use
 * @param pace the epochs per second asked for; infinite means as fast as the machine goes
 * @param epochsPerSecond the measured training speed, 0 when paused
 * @param parameters the network's current parameters
 * @param initialParameters the parameters the run started from (what reset returns to)
 * @param costs the cost history, decimated
 * @param data the data set
 * @param baseline the logistic-regression baseline on this data: fitted, still fitting, or why there is none
 * @param notice the service's newest line for the user (what just happened or went wrong), possibly empty
 * @param spikes the cost's jumps that came back so far, oldest first (as {@link Trainer#spikes()}), for a chart to
 *     mark
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
        Parameters parameters,
        Parameters initialParameters,
        CostSeries costs,
        Dataset data,
        Baseline baseline,
        Notice notice,
        java.util.List<Trainer.Spike> spikes) {

    /** Checks the parts are there; the spikes are kept as an unmodifiable list. */
    public TrainingSnapshot {
        spikes = java.util.List.copyOf(spikes);
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

    /** The number of hidden units of the network. */
    public int hidden() {
        return parameters.hidden();
    }

    /** The notice's line, or empty. */
    public String message() {
        return notice.text();
    }
}
