package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Network;
import dev.boundarylab.model.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Trains one network for a fixed number of epochs without a window, recording the cost at the epochs a report
 * lists: 0 to 10, every 100 up to 10,000, every 1000, and the last.
 */
public final class HeadlessRun {
    /** The most epochs whose every cost a run keeps (1.5 MB); a longer run keeps every 2nd, 4th, ... epoch. */
    public static final int FULL_HISTORY = 1 << 17;

    private HeadlessRun() {}

    /**
     * The outcome of a headless run.
     *
     * @param data the data trained on
     * @param initialNetwork the initial network
     * @param network the final network (its parameters at the divergence, if it diverged)
     * @param epochs the epochs trained
     * @param cost the final cost
     * @param accuracy the final training accuracy
     * @param costs the cost at the epochs a report lists (see {@link #reported})
     * @param history the cost of every epoch up to {@value #FULL_HISTORY} epochs; of a longer run, between half
     *     and all of that many evenly spread epochs (every 2nd, 4th, ...), with the last
     * @param divergedAt the epoch at which the cost diverged, or -1
     * @param divergence the line that says why the run diverged ({@link Trainer#divergenceMessage}), or empty
     * @param spikes the cost's jumps that came back (the step overshot), oldest first, at most a thousand
     * @param spikeCount how many jumps there were in all
     * @param seconds the wall time of the training loop
     * @param test the points held out of training, or null if none were
     * @param testCosts the held-out points' cost at the epochs of {@code costs}
     * @param state where the run stands at its end, to go on from it later (a session file)
     */
    public record Result(
            Dataset data,
            Network initialNetwork,
            Network network,
            long epochs,
            double cost,
            double accuracy,
            CostSeries costs,
            CostSeries history,
            long divergedAt,
            String divergence,
            List<Trainer.Spike> spikes,
            long spikeCount,
            double seconds,
            Dataset test,
            double[] testCosts,
            RunState state) {
        /** A result without test costs: NaN at every reported epoch. */
        public Result {
            if (testCosts == null) {
                testCosts = new double[costs.size()];
                java.util.Arrays.fill(testCosts, Double.NaN);
            }
        }

        /**
         * The mean cross-entropy of the held-out points (no L2 term) at the epochs of {@link #costs}; NaN where
         * there are none or the run stopped between two such epochs.
         */
        public double testCost(int i) {
            return testCosts[i];
        }

        /** The final network's mean cross-entropy on the held-out points; NaN if there are none. */
        public double testCost() {
            return test == null ? Double.NaN : network.cost(test);
        }

        /** Whether points were held out of training and the result was tested on them. */
        public boolean tested() {
            return test != null;
        }

        /** The final parameters' accuracy on the held-out points; NaN if there are none. */
        public double testAccuracy() {
            return test == null ? Double.NaN : network.accuracy(test);
        }

        /**
         * The initial parameters in the seed's one-layer form.
         *
         * @throws IllegalStateException if the network has no such form ({@link Network#hasSeedForm})
         */
        public Parameters initial() {
            return initialNetwork.seedForm();
        }

        /**
         * The final parameters in the seed's one-layer form.
         *
         * @throws IllegalStateException if the network has no such form ({@link Network#hasSeedForm})
         */
        public Parameters parameters() {
            return network.seedForm();
        }

        /** Whether training stopped because the cost diverged. */
        public boolean diverged() {
            return divergedAt >= 0;
        }
    }

    /** Whether a report lists the cost at {@code epoch}, out of {@code last}. */
    public static boolean reported(long epoch, long last) {
        return epoch <= 10 || (epoch % 100 == 0 && epoch <= 10_000) || epoch % 1000 == 0 || epoch == last;
    }

    /**
     * Trains {@code epochs} epochs from {@code initial} at {@code learningRate}.
     *
     * @param progress called now and then with the epoch reached; may be null
     * @param cancelled polled between chunks of epochs; when it answers true the run stops early; may be null
     */
    public static Result train(
            Dataset data,
            Parameters initial,
            double learningRate,
            long epochs,
            ProgressListener progress,
            BooleanSupplier cancelled) {
        return train(data, null, initial, learningRate, epochs, progress, cancelled);
    }

    /**
     * As {@link #train(Dataset, Parameters, double, long, ProgressListener, BooleanSupplier)}, and then tests the
     * final parameters on {@code test}, points held out of training (null for none).
     */
    public static Result train(
            Dataset data,
            Dataset test,
            Parameters initial,
            double learningRate,
            long epochs,
            ProgressListener progress,
            BooleanSupplier cancelled) {
        return train(data, test, Network.of(initial), learningRate, epochs, progress, cancelled);
    }

    /** As {@link #train(Dataset, Dataset, Parameters, double, long, ProgressListener, BooleanSupplier)}, for any network. */
    public static Result train(
            Dataset data,
            Dataset test,
            Network initial,
            double learningRate,
            long epochs,
            ProgressListener progress,
            BooleanSupplier cancelled) {
        return run(new Trainer(data, initial, learningRate), test, epochs, progress, cancelled);
    }

    /**
     * Goes on from {@code state}, a run on {@code data} saved earlier, for {@code more} epochs at
     * {@code learningRate}: the numbers are those the run would have given had it never stopped. The result's
     * costs and history are the saved history's points followed by the new epochs'; the held-out points' costs of
     * the epochs before are not known (NaN).
     *
     * @throws IllegalArgumentException if the state does not fit the data or its history is not a trainer's
     */
    public static Result resume(
            Dataset data,
            Dataset test,
            RunState state,
            double learningRate,
            long more,
            ProgressListener progress,
            BooleanSupplier cancelled) {
        Trainer trainer = new Trainer(data, state.initial(), learningRate);
        trainer.restore(state);
        return run(trainer, test, state.epoch() + more, progress, cancelled);
    }

    /** Trains {@code trainer} up to epoch {@code epochs}, recording what a result holds. */
    private static Result run(
            Trainer trainer, Dataset test, long epochs, ProgressListener progress, BooleanSupplier cancelled) {
        Dataset data = trainer.data();
        Network initial = trainer.initialNetwork();
        List<Long> e = new ArrayList<>();
        List<Double> c = new ArrayList<>();
        CostHistory history = new CostHistory(FULL_HISTORY);
        Trainer.CostObserver record = (epoch, cost) -> {
            history.add(epoch, cost);
            if (reported(epoch, epochs) && (e.isEmpty() || e.get(e.size() - 1) < epoch)) {
                e.add(epoch);
                c.add(cost);
            }
        };
        // The costs so far: epoch 0's of a new run, the saved history of a resumed one.
        CostSeries before = trainer.costSeries();
        for (int i = 0; i < before.size(); i++) {
            record.cost(before.epoch(i), before.cost(i));
        }
        java.util.Map<Long, Double> testCost = new java.util.HashMap<>();
        if (test != null) {
            testCost.put(trainer.epoch(), trainer.network().cost(test));
        }
        long t0 = System.nanoTime();
        long width = 0;
        for (int units : initial.architecture().widths()) {
            width += units;
        }
        long chunk = Math.max(1, Math.min(1000, 2_000_000 / Math.max(1, (long) data.size() * width)));
        while (trainer.epoch() < epochs && !trainer.diverged()) {
            if (cancelled != null && cancelled.getAsBoolean()) {
                break;
            }
            long next = Math.min(chunk, epochs - trainer.epoch());
            if (test != null) {
                // Chunks end at the reported epochs, where the held-out points' cost is taken.
                next = Math.min(next, nextReported(trainer.epoch(), epochs) - trainer.epoch());
            }
            trainer.run(next, record);
            if (test != null && !trainer.diverged() && reported(trainer.epoch(), epochs)) {
                testCost.put(trainer.epoch(), trainer.network().cost(test));
            }
            if (progress != null) {
                progress.reached(trainer.epoch(), epochs, trainer.cost());
            }
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        long[] ea = new long[e.size()];
        double[] ca = new double[c.size()];
        for (int i = 0; i < ea.length; i++) {
            ea[i] = e.get(i);
            ca[i] = c.get(i);
        }
        double[] tc = new double[ea.length];
        for (int i = 0; i < ea.length; i++) {
            tc[i] = testCost.getOrDefault(ea[i], Double.NaN);
        }
        return new Result(
                data,
                initial,
                trainer.network(),
                trainer.epoch(),
                trainer.cost(),
                trainer.accuracy(),
                new CostSeries(ea, ca),
                history.toSeries(),
                trainer.divergedAt(),
                trainer.divergenceMessage(),
                trainer.spikes(),
                trainer.spikeCount(),
                seconds,
                test,
                tc,
                trainer.state());
    }

    /** The first epoch after {@code epoch} that a report lists. */
    static long nextReported(long epoch, long last) {
        long e = epoch + 1;
        if (e <= 10 || e >= last) {
            return Math.min(e, last);
        }
        long step = e <= 10_000 ? 100 : 1000;
        return Math.min((e + step - 1) / step * step, last);
    }

    /** Told how far a run has come. */
    @FunctionalInterface
    public interface ProgressListener {
        /** {@code epoch} of {@code total} epochs done; {@code cost} is the current cost. */
        void reached(long epoch, long total, double cost);
    }
}
