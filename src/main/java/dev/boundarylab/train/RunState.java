package dev.boundarylab.train;

import dev.boundarylab.model.Network;
import java.util.List;
import java.util.Objects;

/**
 * Where a training run stands: everything a {@link Trainer} needs to go on from it exactly, bit for bit, as if it
 * had never stopped ({@link Trainer#state}, {@link Trainer#restore}). The mini-batch shuffle needs no field of its
 * own: epoch e shuffles with {@code RandomState(shuffleSeed + e)}, so the epoch gives it.
 *
 * @param initial the parameters a reset returns to
 * @param current the parameters after {@code epoch} updates, of {@code initial}'s architecture
 * @param epoch the number of updates made
 * @param history the cost history as the trainer keeps it ({@link CostHistory#toSeries}), from epoch 0
 * @param historyCapacity the most points the history keeps
 * @param historyStride the spacing of the history's kept points ({@link CostHistory#stride})
 * @param spikes the cost's jumps that came back, oldest first (at most {@link Trainer#MAX_SPIKES})
 * @param spikeCount how many jumps there were in all
 * @param aboveSince the epoch since which the cost has been above its start, or -1: a jump under way
 * @param divergedAt the epoch at which the cost diverged, or -1
 * @param divergedNonFinite whether it diverged by a cost or weight that is no longer a finite number
 */
public record RunState(
        Network initial,
        Network current,
        long epoch,
        CostSeries history,
        int historyCapacity,
        long historyStride,
        List<Trainer.Spike> spikes,
        long spikeCount,
        long aboveSince,
        long divergedAt,
        boolean divergedNonFinite) {
    /**
     * Checks that the parts agree with each other; the history's own form is checked when a trainer takes it
     * ({@link CostHistory#restore}).
     *
     * @throws IllegalArgumentException with one line saying which parts disagree
     */
    public RunState {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(current, "current");
        spikes = List.copyOf(spikes);
        if (!initial.architecture().equals(current.architecture())) {
            throw new IllegalArgumentException("the current parameters are of another network than the initial ones: "
                    + current.architecture().describe() + " against "
                    + initial.architecture().describe());
        }
        if (epoch < 0) {
            throw new IllegalArgumentException("the epoch must be 0 or more, got " + epoch);
        }
        if (history.size() == 0 || history.epoch(0) != 0 || history.epoch(history.size() - 1) > epoch) {
            throw new IllegalArgumentException(
                    "the cost history must run from epoch 0 to at most the run's epoch, " + epoch);
        }
        if (spikeCount < spikes.size() || spikes.size() > Trainer.MAX_SPIKES) {
            throw new IllegalArgumentException(
                    "the run counts " + spikeCount + " jumps of the cost but lists " + spikes.size());
        }
        for (Trainer.Spike s : spikes) {
            if (s.start() < 0 || s.end() <= s.start() || s.end() > epoch) {
                throw new IllegalArgumentException(
                        "a jump of the cost from epoch " + s.start() + " to " + s.end() + " is not within the run");
            }
        }
        if (aboveSince < -1 || aboveSince > epoch || divergedAt < -1 || divergedAt > epoch) {
            throw new IllegalArgumentException(
                    "the epochs of a jump under way and of the divergence must be -1 or within the run");
        }
    }

    /** Whether the run had diverged; it stays stopped. */
    public boolean diverged() {
        return divergedAt >= 0;
    }
}
