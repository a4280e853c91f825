package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Network;
import dev.boundarylab.model.Networks;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.model.Trainable;
import java.util.List;

/**
 * A training run of the network on one data set: the network, how many epochs it has had, the learning rate and
 * the cost history. Any architecture trains ({@link Networks#bind} picks the engine: the seed's fast path or the
 * general one); the cost is the full objective J (mean cost plus the L2 term) after each epoch. Plain Java and
 * single-threaded; the command line, the tests and the window's background service all drive it the same way.
 */
public final class Trainer {
    /**
     * Epochs in a row the cost may stay above the initial cost before the run counts as diverged. Gradient
     * descent at a large step overshoots: at the seed's setting (learning rate 1.2) the cost jumps above its start
     * and is back below it within 5 epochs; at learning rate 10 the longest such excursion of init seeds 2 to 9
     * over 20,000 epochs lasts 43 epochs with numpy's initial draw (182 with the Well19937c draw used before), and
     * those networks learn; at 100 and 1000 the cost never comes back. A thousand epochs is five times the longest
     * excursion seen to recover, and a moment in the window (a second or less at the seed's size).
     */
    public static final int DIVERGENCE_STRETCH = 1000;
    /** The cost counts as above the initial cost when above it by this share: noise at the start is not a jump. */
    static final double ABOVE = 0.01;
    /** The most cost spikes a run keeps; further ones are counted only. */
    public static final int MAX_SPIKES = 1000;

    private static final int HISTORY_CAPACITY = 4096;

    private Dataset data;
    private Network initial;
    private Trainable network;
    private double learningRate;
    private long epoch;
    private double cost;
    private double accuracy;
    private double initialCost;
    private long divergedAt = -1;
    private boolean divergedNonFinite;
    // The epoch since which the cost has been above the initial cost, or -1; and the spikes seen so far.
    private long aboveSince = -1;
    private final java.util.List<Spike> spikes = new java.util.ArrayList<>();
    private long spikeCount;
    // An unmodifiable copy of spikes, made again only when one is added: every snapshot carries it.
    private java.util.List<Spike> spikesShown = java.util.List.of();
    private CostHistory history = new CostHistory(HISTORY_CAPACITY);
    // The parameters before the latest update, so a run that diverges keeps the finite ones of its last epoch.
    private double[] checkpoint;
    // Whether cost and accuracy describe the current parameters (false after runUnsettled until settle).
    private boolean settled;

    /**
     * A run at epoch 0 from the given initial parameters.
     *
     * @throws IllegalArgumentException if the learning rate is not a positive finite number or the data is empty
     */
    public Trainer(Dataset data, Parameters initial, double learningRate) {
        this(data, Network.of(initial), learningRate);
    }

    /**
     * A run at epoch 0 from the given initial network, of any architecture.
     *
     * @throws IllegalArgumentException if the learning rate is not a positive finite number or the data is empty
     */
    public Trainer(Dataset data, Network initial, double learningRate) {
        this.data = data;
        setLearningRate(learningRate);
        start(initial);
    }

    private void start(Network init) {
        this.initial = init;
        this.network = Networks.bind(init, data);
        this.checkpoint = new double[network.parameterCount()];
        this.epoch = 0;
        this.divergedAt = -1;
        this.divergedNonFinite = false;
        this.aboveSince = -1;
        spikes.clear();
        spikesShown = java.util.List.of();
        spikeCount = 0;
        history.clear();
        this.cost = network.cost();
        this.accuracy = network.lastAccuracy();
        this.initialCost = cost;
        this.settled = true;
        history.add(0, cost);
    }

    /** Goes back to epoch 0 with the same initial parameters. */
    public void reset() {
        start(initial);
    }

    /** Starts over at epoch 0 from new initial parameters (of any hidden size). */
    public void restart(Parameters newInitial) {
        start(Network.of(newInitial));
    }

    /** Starts over at epoch 0 from a new initial network (of any architecture). */
    public void restart(Network newInitial) {
        start(newInitial);
    }

    /**
     * Goes on from where a run elsewhere stopped (a sweep's network): {@code initial} is what a reset returns to,
     * {@code current} the parameters after {@code epoch} updates (of {@code initial}'s architecture), {@code history}
     * that run's costs from epoch 0 (its first point is the initial cost), and its spikes. A run that stopped
     * diverged at {@code divergedAt} (not -1) stays diverged; its cost not being finite says which kind.
     *
     * @throws IllegalArgumentException if {@code history} is empty or {@code epoch} is negative
     */
    public void resume(
            Network initial, Network current, long epoch, CostSeries history, List<Spike> spikes, long divergedAt) {
        if (history.size() == 0 || epoch < 0) {
            throw new IllegalArgumentException("a resumed run needs its epoch and its cost history");
        }
        CostHistory h = new CostHistory(HISTORY_CAPACITY);
        for (int i = 0; i < history.size(); i++) {
            h.add(history.epoch(i), history.cost(i));
        }
        boolean nonFinite = divergedAt >= 0 && !Double.isFinite(current.cost(data));
        restore(new RunState(
                initial,
                current,
                epoch,
                h.toSeries(),
                h.capacity(),
                h.stride(),
                spikes,
                spikes.size(),
                -1,
                divergedAt,
                nonFinite));
    }

    /** Where the run stands (its cost brought up to date first), to go on from later with {@link #restore}. */
    public RunState state() {
        settle();
        return new RunState(
                initial,
                network.network(),
                epoch,
                history.toSeries(),
                history.capacity(),
                history.stride(),
                spikes,
                spikeCount,
                aboveSince,
                divergedAt,
                divergedNonFinite);
    }

    /**
     * Goes on from {@code s}, a state of a run on the same points: the following epochs give the same numbers, bit
     * for bit, as that run's would have.
     *
     * @throws IllegalArgumentException if the state's history is not one a trainer keeps
     */
    public void restore(RunState s) {
        CostHistory h = CostHistory.restore(s.historyCapacity(), s.historyStride(), s.history());
        start(s.initial());
        this.initialCost = s.history().cost(0);
        this.network = bind(s.current(), s.epoch());
        this.checkpoint = new double[network.parameterCount()];
        this.epoch = s.epoch();
        this.history = h;
        this.spikes.addAll(s.spikes());
        this.spikesShown = s.spikes();
        this.spikeCount = s.spikeCount();
        this.aboveSince = s.aboveSince();
        this.cost = network.cost();
        this.accuracy = network.lastAccuracy();
        this.divergedAt = s.divergedAt();
        this.divergedNonFinite = s.diverged() && s.divergedNonFinite();
        this.cost = divergedNonFinite ? Double.NaN : cost;
        history.add(epoch, cost);
    }

    /** {@code n} bound to the points, its engine told it has had {@code trained} epochs (the shuffle's place). */
    private Trainable bind(Network n, long trained) {
        Trainable t = Networks.bind(n, data);
        t.setEpochsTrained(trained);
        return t;
    }

    /**
     * Sets weight {@code W_l[j][i]} (the link from unit i of the layer before to unit j of layer l, 0 the first
     * hidden layer) to {@code value}, in place: the run stays at its epoch with its history, its cost and accuracy
     * become those of the changed network, and its last cost in the history is replaced by the new one. What a
     * person does by hand while paused, to see what one weight does.
     *
     * @throws IllegalArgumentException if the indices are outside the network or the value is not finite
     */
    public void setWeight(int l, int j, int i, double value) {
        Network now = network.network();
        if (l < 0
                || l >= now.depth()
                || j < 0
                || j >= now.weights(l).length
                || i < 0
                || i >= now.weights(l)[j].length) {
            throw new IllegalArgumentException("no weight " + j + ", " + i + " in layer " + l + " of this network");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a weight must be a finite number, got " + value);
        }
        double[][][] w = now.weights();
        w[l][j][i] = value;
        this.network = bind(new Network(now.architecture(), w, now.biases()), epoch);
        this.checkpoint = new double[network.parameterCount()];
        this.cost = network.cost();
        this.accuracy = network.lastAccuracy();
        this.settled = true;
        history.replaceLast(epoch, cost);
    }

    /**
     * Goes on training the same network on {@code newData}, at its epoch with its history: a person edited the
     * points. The cost and accuracy become those on the new points (the last cost of the history too), and the
     * divergence rule counts from that cost, as from a new start.
     *
     * @throws IllegalArgumentException if the new data set is empty
     */
    public void swapData(Dataset newData) {
        Network now = network.network();
        this.network = Networks.bind(now, newData);
        this.data = newData;
        this.cost = network.cost();
        this.accuracy = network.lastAccuracy();
        this.initialCost = cost;
        this.aboveSince = -1;
        this.settled = true;
        history.replaceLast(epoch, cost);
    }

    /**
     * Changes the learning rate for the following epochs; the run goes on where it is. Any positive step is
     * trained (tests push it far to make parameters overflow); the range a person may choose,
     * {@link Limit#LEARNING_RATE}, is checked where settings come in: the window, the service, the sweep and the
     * command line.
     *
     * @throws IllegalArgumentException unless {@code rate} is positive and finite
     */
    public void setLearningRate(double rate) {
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + rate);
        }
        this.learningRate = rate;
    }

    /**
     * Trains up to {@code epochs} more epochs, stopping early if the cost diverges; calls {@code observer} with
     * each epoch's cost as it is computed (may be null). Returns the number of epochs done. A run that diverges
     * stays at the epoch where it did, with that epoch's parameters (always finite) and cost; the divergent cost
     * is not recorded in the history. Afterwards {@link #cost} and {@link #accuracy} are those of the current
     * parameters (one more pass over the data computes them).
     */
    public long run(long epochs, CostObserver observer) {
        if (diverged()) {
            return 0;
        }
        long done = advance(epochs, observer);
        if (done < epochs) {
            return done;
        }
        settle(observer);
        return epochs;
    }

    /**
     * As {@link #run} without the last pass over the data: until {@link #settle}, {@link #cost} and
     * {@link #accuracy} are those of the parameters one update back (each step computes the cost of the parameters
     * it starts from). For a caller that trains chunk after chunk, such as the window's service, this saves one
     * pass a chunk, which is a third or more of the work when a chunk is an epoch or two of a large data set; the
     * history is the same as {@link #run}'s.
     */
    public long runUnsettled(long epochs) {
        if (diverged()) {
            return 0;
        }
        return advance(epochs, null);
    }

    /** Brings {@link #cost} and {@link #accuracy} up to date with the current parameters, if a run left them behind. */
    public void settle() {
        settle(null);
    }

    private long advance(long epochs, CostObserver observer) {
        for (long k = 0; k < epochs; k++) {
            network.saveParameters(checkpoint);
            double c = network.step(learningRate);
            settled = false;
            if (notFinite(c)) {
                // Either the cost of the parameters before this update is not a number or the update made them
                // overflow: stop at this epoch, with its parameters (finite, and what the epoch and cost describe).
                network.restoreParameters(checkpoint);
                divergedAt = epoch;
                divergedNonFinite = true;
                cost = c;
                accuracy = network.lastAccuracy();
                settled = true;
                return k;
            }
            cost = c;
            accuracy = network.lastAccuracy();
            history.add(epoch, c);
            if (observer != null) {
                observer.cost(epoch, c);
            }
            if (watchExcursion(c)) {
                // Above the initial cost for the whole stretch: stop here, the parameters those of this cost.
                network.restoreParameters(checkpoint);
                settled = true;
                return k;
            }
            epoch++;
        }
        return epochs;
    }

    private void settle(CostObserver observer) {
        if (settled || diverged()) {
            return;
        }
        // Bring the cost up to date with the parameters after the last update, as a step would see them next.
        double c = network.cost();
        if (notFinite(c)) {
            divergedAt = epoch;
            divergedNonFinite = true;
        } else {
            history.add(epoch, c);
        }
        cost = c;
        accuracy = network.lastAccuracy();
        settled = true;
        if (observer != null && !diverged()) {
            observer.cost(epoch, c);
        }
    }

    private boolean notFinite(double c) {
        return !Double.isFinite(c) || !network.parametersFinite();
    }

    /**
     * Follows the cost's excursions above the initial cost: one that ends is a {@link Spike}; one that lasts
     * {@value #DIVERGENCE_STRETCH} epochs is divergence, dated from its start. Returns whether the run diverged.
     */
    private boolean watchExcursion(double c) {
        boolean above = c > initialCost * (1 + ABOVE);
        if (above && aboveSince < 0) {
            aboveSince = epoch;
        } else if (!above && aboveSince >= 0) {
            if (spikes.size() < MAX_SPIKES) {
                spikes.add(new Spike(aboveSince, epoch));
                spikesShown = java.util.List.copyOf(spikes);
            }
            spikeCount++;
            aboveSince = -1;
        }
        if (above && epoch - aboveSince + 1 >= DIVERGENCE_STRETCH) {
            divergedAt = aboveSince;
            return true;
        }
        return false;
    }

    /**
     * A jump of the cost above the initial cost that came back: the step overshot.
     *
     * @param start the first epoch of the jump
     * @param end the first epoch whose cost was back below the initial cost
     */
    public record Spike(long start, long end) {
        /** The one line that says what happened, for the banner and the command line. */
        public String message() {
            return "the cost jumped at epoch " + start + ": the step overshot; it was back by epoch " + end
                    + "; a smaller learning rate avoids this";
        }
    }

    /** The cost spikes so far, oldest first (at most {@value #MAX_SPIKES}; {@link #spikeCount} counts all). */
    public java.util.List<Spike> spikes() {
        return spikesShown;
    }

    /** How many spikes the run has had. */
    public long spikeCount() {
        return spikeCount;
    }

    /**
     * Why the run stopped, in one line: "diverged at epoch 34: the cost is no longer a finite number; try a
     * smaller learning rate", or that it stayed above its start for {@value #DIVERGENCE_STRETCH} epochs; empty if
     * it has not diverged.
     */
    public String divergenceMessage() {
        if (!diverged()) {
            return "";
        }
        return divergenceMessage(divergedAt, divergedNonFinite);
    }

    /** The divergence line for a run that diverged at {@code epoch}, by a non-finite number or by staying high. */
    public static String divergenceMessage(long epoch, boolean nonFinite) {
        return "diverged at epoch " + epoch
                + (nonFinite
                        ? ": the cost is no longer a finite number"
                        : ": the cost stayed above its starting value for " + DIVERGENCE_STRETCH + " epochs")
                + "; try a smaller learning rate";
    }

    /** Receives the cost of each epoch as training computes it. */
    @FunctionalInterface
    public interface CostObserver {
        /** The cost of the parameters after {@code epoch} updates. */
        void cost(long epoch, double cost);
    }

    /** Whether the cost has diverged; training then stays stopped until a reset or restart. */
    public boolean diverged() {
        return divergedAt >= 0;
    }

    /** The epoch at which the cost diverged, or -1. */
    public long divergedAt() {
        return divergedAt;
    }

    /** The number of updates made so far. */
    public long epoch() {
        return epoch;
    }

    /** The cost of the current parameters. */
    public double cost() {
        return cost;
    }

    /** The training accuracy of the current parameters. */
    public double accuracy() {
        return accuracy;
    }

    /** The learning rate. */
    public double learningRate() {
        return learningRate;
    }

    /** The number of units of the first hidden layer (0 for a network without hidden layers). */
    public int hidden() {
        return initial.architecture().layers().isEmpty()
                ? 0
                : initial.architecture().layers().get(0);
    }

    /** The data being trained on. */
    public Dataset data() {
        return data;
    }

    /**
     * The parameters the run started from, in the seed's one-layer form.
     *
     * @throws IllegalStateException if the network has no such form (see {@link Network#hasSeedForm})
     */
    public Parameters initialParameters() {
        return initial.seedForm();
    }

    /**
     * A copy of the current parameters in the seed's one-layer form.
     *
     * @throws IllegalStateException if the network has no such form (see {@link Network#hasSeedForm})
     */
    public Parameters parameters() {
        return network.network().seedForm();
    }

    /** The network the run started from. */
    public Network initialNetwork() {
        return initial;
    }

    /** A copy of the current network. */
    public Network network() {
        return network.network();
    }

    /** The cost history, decimated to bounded size. */
    public CostSeries costSeries() {
        return history.toSeries();
    }
}
