package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Parameters;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Trains the network on a background thread that alone owns the {@link Trainer}, and publishes immutable
 * {@link TrainingSnapshot}s of it.
 *
 * <p>Every public method may be called from any thread (the window calls them from the FX thread): each one only
 * queues a command that the training thread carries out between chunks of epochs; the constructor too only starts
 * the thread, whose first command makes the data set and fits its baseline. The newest snapshot is available from
 * {@link #latest()} once the first data set is in; the listener is told on the training thread each time a new one
 * is published, at most about 120 times a second, and is expected to hand it over cheaply (a view draws the newest
 * and drops the rest).
 *
 * <p>The parts: this class queues the commands and runs the thread; a {@link TrainingRun} holds what the thread
 * owns and carries the commands out; a {@link Pacer} says how many epochs are due, a {@link RateMeter} measures the
 * speed, a {@link BaselineFitter} fits the baseline of each data set, and each line for the user is a
 * {@link Notice}.
 */
public final class TrainingService implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TrainingService.class.getName());
    /** Snapshots are published at most this often while training, in nanoseconds (about 120 a second). */
    private static final long PUBLISH_INTERVAL_NANOS = 8_000_000L;
    /** How long a paused thread waits for a command before it looks again, in nanoseconds. */
    private static final long IDLE_WAIT_NANOS = 250_000_000L;

    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<TrainingSnapshot> latest = new AtomicReference<>();
    private final Consumer<TrainingSnapshot> listener;
    private final LongSupplier clock = System::nanoTime;
    private final BaselineFitter fitter = new BaselineFitter();
    private final TrainingRun run;
    private final Thread thread;
    private volatile boolean closed;
    // Owned by the training thread: whether a command or training changed the run since it was last published.
    private boolean dirty;
    private long lastPublish;

    /**
     * Starts the training thread on a fresh run on {@code data}, paused.
     *
     * @param data the points to train on
     * @param hidden the number of hidden units
     * @param initSeed the seed of the initial parameters
     * @param learningRate the learning rate
     * @param pace epochs per second; {@code Double.POSITIVE_INFINITY} for as fast as possible
     * @param listener told of each new snapshot on the training thread; may be null
     */
    public TrainingService(
            Dataset data,
            int hidden,
            long initSeed,
            double learningRate,
            double pace,
            Consumer<TrainingSnapshot> listener) {
        this(given(data), hidden, initSeed, learningRate, pace, listener);
    }

    /**
     * Starts the training thread, which first makes the data set from {@code source} (generating or reading it may
     * take a while), fits its baseline and publishes the first snapshot, paused, of the seed's network of
     * {@code hidden} units.
     *
     * @throws IllegalArgumentException if a number is out of range
     */
    public TrainingService(
            DataSource source,
            int hidden,
            long initSeed,
            double learningRate,
            double pace,
            Consumer<TrainingSnapshot> listener) {
        this(source, Architecture.seed((int) Limit.HIDDEN.check(hidden)), initSeed, learningRate, pace, listener);
    }

    /**
     * Starts the training thread, which first makes the data set from {@code source} (generating or reading it may
     * take a while), fits its baseline and publishes the first snapshot, paused. Until then {@link #latest()} is
     * null; if {@code source} fails, {@link #notice()} says why and the next {@link #loadData} starts the run.
     *
     * @param source makes the points to train on
     * @param architecture the network to train, drawn from {@code initSeed} as the command line draws it
     * @param initSeed the seed of the initial parameters
     * @param learningRate the learning rate
     * @param pace epochs per second; {@code Double.POSITIVE_INFINITY} for as fast as possible
     * @param listener told of each new snapshot on the training thread; may be null
     * @throws IllegalArgumentException if a number is out of range
     */
    public TrainingService(
            DataSource source,
            Architecture architecture,
            long initSeed,
            double learningRate,
            double pace,
            Consumer<TrainingSnapshot> listener) {
        Objects.requireNonNull(source, "source");
        checkArchitecture(architecture);
        checkRate(learningRate);
        Limit.checkPace(pace);
        this.run = new TrainingRun(clock, fitter, this::submit, architecture, initSeed, learningRate, pace);
        this.listener = listener;
        commands.add(() -> run.load(source));
        this.thread = new Thread(this::loop, "boundary-lab-trainer");
        thread.setDaemon(true);
        // The loop survives every failure it can; anything else goes to the app's handler, which shows it.
        thread.setUncaughtExceptionHandler((t, e) -> {
            Thread.UncaughtExceptionHandler app = Thread.getDefaultUncaughtExceptionHandler();
            if (app != null) {
                app.uncaughtException(t, e);
            } else {
                LOG.log(Level.SEVERE, "training thread failed", e);
            }
        });
        thread.start();
    }

    private static DataSource given(Dataset data) {
        Objects.requireNonNull(data, "data");
        return () -> data;
    }

    private static void checkHidden(int hidden) {
        Limit.HIDDEN.check(hidden);
    }

    /**
     * Checks the settings a person chooses against their {@link Limit}s: 0 to 6 layers of 1 to 100 units, the L2
     * strength, the batch size.
     *
     * @throws IllegalArgumentException with the limit's one-line message
     */
    public static Architecture checkArchitecture(Architecture a) {
        Objects.requireNonNull(a, "architecture");
        Limit.LAYERS.check(a.layers().size());
        for (int units : a.layers()) {
            Limit.HIDDEN.check(units);
        }
        Limit.L2.check(a.l2());
        Limit.BATCH.check(a.batch());
        Limit.SHUFFLE_SEED.check(a.shuffleSeed());
        return a;
    }

    private static void checkRate(double rate) {
        Limit.LEARNING_RATE.check(rate);
    }

    /** The newest snapshot; null until the first data set is in. */
    public TrainingSnapshot latest() {
        return latest.get();
    }

    /** The newest notice, told with or before the newest snapshot; {@link Notice#NONE} before the first. */
    public Notice notice() {
        return run.notice();
    }

    /** Starts or continues training. */
    public void play() {
        submit(() -> run.setRunning(true));
    }

    /** Pauses training. */
    public void pause() {
        submit(() -> run.setRunning(false));
    }

    /** Plays if paused, pauses if playing. */
    public void togglePlay() {
        submit(() -> run.setRunning(!run.running()));
    }

    /** Pauses and trains exactly {@code epochs} more epochs. */
    public void step(long epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("a step is at least one epoch, got " + epochs);
        }
        submit(() -> run.step(epochs));
    }

    /** Goes back to epoch 0 with the same initial parameters; keeps playing if it was. */
    public void reset() {
        submit(run::reset);
    }

    /** Draws new initial parameters from {@code seed} and starts over at epoch 0. */
    public void reseed(long seed) {
        submit(() -> run.reseed(seed));
    }

    /**
     * Re-initialises the network with {@code hidden} units in its first hidden layer (a special case of
     * {@link #setArchitecture}); keeps playing if it was.
     */
    public void setHidden(int hidden) {
        checkHidden(hidden);
        submit(() -> run.setHidden(hidden));
    }

    /**
     * Re-initialises the network with architecture {@code a}, drawn from the init seed; keeps playing if it was.
     * The same architecture again changes nothing.
     *
     * @throws IllegalArgumentException if a setting is outside its {@link Limit}
     */
    public void setArchitecture(Architecture a) {
        checkArchitecture(a);
        submit(() -> run.setArchitecture(a));
    }

    /**
     * Fits the logistic baseline on {@code features} of the points from now on (null: the network's features, as
     * they change), on the data in use at once; the network trains on.
     *
     * @throws IllegalArgumentException if {@code features} is empty or lists a feature twice
     */
    public void setLogisticFeatures(java.util.List<dev.boundarylab.model.Feature> features) {
        if (features != null
                && (features.isEmpty() || features.stream().distinct().count() != features.size())) {
            throw new IllegalArgumentException("the baseline needs its features, each once, got " + features);
        }
        submit(() -> run.setLogisticFeatures(features));
    }

    /**
     * Holds out {@code fraction} of each class of the data in use, and of every data set after it, drawn with the
     * init seed (as {@code train --test-fraction} draws it): the network starts over on the rest, the baseline is
     * fitted on them alone, and each snapshot says how both do on the held-out points. 0 trains on every point.
     *
     * @throws IllegalArgumentException if {@code fraction} is outside {@link Limit#TEST_FRACTION}
     */
    public void setTestFraction(double fraction) {
        Limit.TEST_FRACTION.check(fraction);
        submit(() -> run.setTestFraction(fraction));
    }

    /** Changes the learning rate from the next epoch on, without a reset. */
    public void setLearningRate(double rate) {
        checkRate(rate);
        submit(() -> run.setLearningRate(rate));
    }

    /** Sets how many epochs a second to train; {@code Double.POSITIVE_INFINITY} for as fast as possible. */
    public void setPace(double epochsPerSecond) {
        Limit.checkPace(epochsPerSecond);
        submit(() -> run.setPace(epochsPerSecond));
    }

    /** Trains on new data: fits the baseline again and restarts the network from its initial seed. */
    public void setData(Dataset data) {
        loadData(given(data));
    }

    /**
     * Makes a data set on the training thread (generating or reading a file may take a while) and trains on it.
     * If {@code source} fails, the data in use stays as it was and the notice says why.
     */
    public void loadData(DataSource source) {
        Objects.requireNonNull(source, "source");
        submit(() -> run.load(source));
    }

    /**
     * Goes on training the same network, at its epoch, on {@code data}, a person's edit of the points (see
     * {@code TrainingRun.edit}); {@code newEdit} marks the change on the cost chart (the first of a stroke).
     */
    public void editData(Dataset data, boolean newEdit) {
        Objects.requireNonNull(data, "data");
        submit(() -> run.edit(data, newEdit));
    }

    /** Starts over from the given parameters (their hidden size replaces the current one). */
    public void loadParameters(Parameters p) {
        loadParameters(p, "loaded parameters with " + p.hidden() + " hidden units");
    }

    /**
     * Goes on from a network trained elsewhere (a sweep's), at its epoch with its cost history and spikes, paused,
     * saying {@code note}; a reset returns to its initial parameters.
     */
    public void resume(HeadlessRun.Result r, String note) {
        submit(() -> run.resume(r, note));
    }

    /**
     * Goes on from a saved run (a session) on {@code data}, paused, as if it had never stopped: its network, epoch,
     * cost history and spikes, at {@code learningRate}, with {@code initSeed} for a re-seed's sake and the baseline
     * fitted on {@code logisticFeatures} (null: the network's); {@code testFraction} of {@code data} held out with
     * the init seed, as the run held them out; saying {@code note}.
     *
     * @throws IllegalArgumentException if the run's architecture or the learning rate is outside its {@link Limit}
     */
    public void restore(
            Dataset data,
            double testFraction,
            RunState state,
            long initSeed,
            double learningRate,
            java.util.List<dev.boundarylab.model.Feature> logisticFeatures,
            String note) {
        Objects.requireNonNull(data, "data");
        checkArchitecture(state.initial().architecture());
        checkRate(learningRate);
        Limit.TEST_FRACTION.check(testFraction);
        submit(() -> run.restore(data, testFraction, state, initSeed, learningRate, logisticFeatures, note));
    }

    /**
     * Where the run stands once the commands before are done, read on the training thread (its cost brought up to
     * date): what a session file saves. Completes with null before the first data set is in, or if closed first.
     */
    public java.util.concurrent.CompletableFuture<RunState> state() {
        java.util.concurrent.CompletableFuture<RunState> f = new java.util.concurrent.CompletableFuture<>();
        if (closed) {
            f.complete(null);
        } else {
            submit(() -> {
                try {
                    f.complete(run.state());
                } catch (RuntimeException e) {
                    f.completeExceptionally(e);
                    throw e;
                }
            });
        }
        return f;
    }

    /**
     * Starts over from the network {@code n}, of any architecture (which replaces the current one), saying
     * {@code note} in the notice; a reset returns to it.
     *
     * @throws IllegalArgumentException if its architecture is outside the {@link Limit}s
     */
    public void loadNetwork(dev.boundarylab.model.Network n, String note) {
        Objects.requireNonNull(n, "network");
        checkArchitecture(n.architecture());
        submit(() -> run.loadNetwork(n, note));
    }

    /**
     * Sets weight W_l[j][i] to {@code value} in place, at the run's epoch, as a person does by hand while paused;
     * the next snapshot shows the changed network and its cost.
     *
     * @throws IllegalArgumentException if {@code value} is not finite
     */
    public void setWeight(int l, int j, int i, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a weight must be a finite number, got " + value);
        }
        submit(() -> run.setWeight(l, j, i, value));
    }

    /** Starts over from {@code p}, saying {@code note} in the notice. */
    public void loadParameters(Parameters p, String note) {
        Objects.requireNonNull(p, "parameters");
        submit(() -> run.loadParameters(p, note));
    }

    /**
     * Stops the training thread and a baseline fit in progress, and waits up to a second for them to end.
     * Snapshots stay readable; later commands are ignored.
     */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        fitter.cancel();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Once more now that the training thread, which starts fits, has ended.
        fitter.close();
    }

    /** Whether the training thread is still alive (false soon after {@link #close()}). */
    public boolean isAlive() {
        return thread.isAlive();
    }

    /** Makes a data set; may fail with a message for the user. */
    @FunctionalInterface
    public interface DataSource {
        /** The data set, or an exception whose message says what is wrong. */
        Dataset get() throws Exception;
    }

    private void submit(Runnable command) {
        if (closed) {
            return;
        }
        commands.add(command);
    }

    // ---------------------------------------------------------------- the training thread

    /**
     * The training thread: the one place the command queue is polled. It waits for a command as long as nothing
     * else is due (the next epoch by the pace, the next snapshot), runs it, or else trains the epochs due, and
     * publishes once no command is waiting, at most every {@link #PUBLISH_INTERVAL_NANOS} while running.
     */
    private void loop() {
        try {
            while (!closed) {
                Runnable command = commands.poll(waitNanos(), TimeUnit.NANOSECONDS);
                if (command != null) {
                    runCommand(command);
                    dirty = true;
                } else if (run.running()) {
                    dirty |= run.trainDue();
                }
                if (dirty
                        && commands.isEmpty()
                        && (!run.running() || clock.getAsLong() - lastPublish >= PUBLISH_INTERVAL_NANOS)) {
                    publish();
                }
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    /** How long the loop may wait for a command before it has something else to do. */
    private long waitNanos() {
        if (!run.running()) {
            return dirty ? 0 : IDLE_WAIT_NANOS;
        }
        long wait = run.nanosUntilDue();
        if (dirty) {
            wait = Math.min(wait, Math.max(0, lastPublish + PUBLISH_INTERVAL_NANOS - clock.getAsLong()));
        }
        return wait;
    }

    private void runCommand(Runnable command) {
        try {
            command.run();
        } catch (RuntimeException | OutOfMemoryError e) {
            if (closed) {
                return; // interrupted by close: nobody is waiting for the outcome
            }
            // A command that fails (bad data, a model that cannot be fit, data too big for memory) leaves the run
            // as it was and says why.
            LOG.log(Level.WARNING, "command failed", e);
            run.failed(e);
        }
    }

    private void publish() {
        dirty = false;
        lastPublish = clock.getAsLong();
        TrainingSnapshot s = run.snapshot();
        if (s == null) {
            return;
        }
        latest.set(s);
        if (listener != null) {
            try {
                listener.accept(s);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "snapshot listener failed", e);
            }
        }
    }
}
