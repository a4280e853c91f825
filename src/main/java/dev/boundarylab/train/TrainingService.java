package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Parameters;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Trains the network on a background thread that alone owns the {@link Trainer}, and publishes immutable
 * {@link TrainingSnapshot}s of it.
 *
 * <p>Every public method may be called from any thread (the window calls them from the FX thread): each one only
 * queues a command that the training thread carries out between epochs. The newest snapshot is always available
 * from {@link #latest()}; the listener is told on the training thread each time a new one is published, at most
 * about 120 times a second, and is expected to hand it over cheaply (a view draws the newest and drops the rest).
 */
public final class TrainingService implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TrainingService.class.getName());
    /** Snapshots are published at most this often while training, in nanoseconds (about 120 a second). */
    private static final long PUBLISH_INTERVAL_NANOS = 8_000_000L;
    /** A chunk of epochs run between looks at the command queue, in nanoseconds. */
    private static final long CHUNK_NANOS = 4_000_000L;

    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<TrainingSnapshot> latest = new AtomicReference<>();
    private final Consumer<TrainingSnapshot> listener;
    private final Thread thread;
    private volatile boolean closed;
    /**
     * Up to this many points the baseline is fitted on the training thread (under a second); above, its 50 cross-
     * validation fits (about 20 s for a million points) run on a thread of their own while the network trains.
     */
    static final int BASELINE_HERE_POINTS = 20_000;
    // The thread fitting the baseline of the data in use, if any; set by the training thread, read by close.
    private volatile Thread fitting;

    // Owned by the training thread.
    private Trainer trainer;
    private Baseline baseline;
    private boolean running;
    private double pace;
    private long initSeed;
    // What the user should read now; the baseline's note on the data when nothing else is to be said.
    private String message = "";
    /** Counts the messages told, so that the same line told again is seen as news. */
    private long messageSerial;

    private long version;
    private long chunk = 1;
    private double epochsPerSecond;
    private long rateEpochs;
    private long rateStart;
    private long paceStart;
    private long paceDone;

    /**
     * Starts the training thread on a fresh run, paused.
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
        checkPace(pace);
        this.listener = listener;
        this.pace = pace;
        this.initSeed = initSeed;
        this.trainer = new Trainer(data, Parameters.random(hidden, initSeed), learningRate);
        this.baseline = Baseline.fit(data);
        tell(baseline.problem());
        publish();
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

    private static void checkPace(double pace) {
        if (!(pace > 0)) {
            throw new IllegalArgumentException("pace must be a positive number of epochs per second, got " + pace);
        }
    }

    /** The newest snapshot. Never null. */
    public TrainingSnapshot latest() {
        return latest.get();
    }

    /** Starts or continues training. */
    public void play() {
        submit(() -> {
            if (trainer.diverged()) {
                tell(divergenceMessage() + "; Reset starts over");
                return;
            }
            setRunning(true);
            tell(baseline.problem());
        });
    }

    /** Pauses training. */
    public void pause() {
        submit(() -> setRunning(false));
    }

    /** Plays if paused, pauses if playing. */
    public void togglePlay() {
        submit(() -> {
            if (running) {
                setRunning(false);
            } else if (trainer.diverged()) {
                tell(divergenceMessage() + "; Reset starts over");
            } else {
                setRunning(true);
                tell(baseline.problem());
            }
        });
    }

    /** Pauses and trains exactly {@code epochs} more epochs. */
    public void step(long epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("a step is at least one epoch, got " + epochs);
        }
        submit(() -> {
            setRunning(false);
            trainer.run(epochs, null);
            checkDivergence();
        });
    }

    /** Goes back to epoch 0 with the same initial parameters; keeps playing if it was. */
    public void reset() {
        submit(() -> {
            trainer.reset();
            tell(baseline.problem());
            restartPace();
        });
    }

    /** Draws new initial parameters from {@code seed} and starts over at epoch 0. */
    public void reseed(long seed) {
        submit(() -> {
            initSeed = seed;
            trainer.restart(Parameters.random(trainer.hidden(), seed));
            tell(baseline.problem());
            restartPace();
        });
    }

    /** Re-initialises the network with {@code hidden} units; keeps playing if it was. */
    public void setHidden(int hidden) {
        if (hidden < 1) {
            throw new IllegalArgumentException("hidden units must be at least 1, got " + hidden);
        }
        submit(() -> {
            if (hidden != trainer.hidden()) {
                trainer.restart(Parameters.random(hidden, initSeed));
                tell(baseline.problem());
                restartPace();
            }
        });
    }

    /** Changes the learning rate from the next epoch on, without a reset. */
    public void setLearningRate(double rate) {
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + rate);
        }
        submit(() -> trainer.setLearningRate(rate));
    }

    /** Sets how many epochs a second to train; {@code Double.POSITIVE_INFINITY} for as fast as possible. */
    public void setPace(double epochsPerSecond) {
        checkPace(epochsPerSecond);
        submit(() -> {
            pace = epochsPerSecond;
            restartPace();
        });
    }

    /** Trains on new data: fits the baseline again and restarts the network from its initial seed. */
    public void setData(Dataset data) {
        Objects.requireNonNull(data, "data");
        loadData(() -> data);
    }

    /**
     * Makes a data set on the training thread (generating or reading a file may take a while) and trains on it.
     * If {@code source} fails, the data in use stays as it was and the snapshot's message says why.
     */
    public void loadData(DataSource source) {
        Objects.requireNonNull(source, "source");
        submit(() -> {
            Dataset data;
            try {
                data = source.get();
            } catch (Exception e) {
                tell(e.getMessage() == null ? e.toString() : e.getMessage());
                return;
            }
            Trainer next = new Trainer(data, Parameters.random(trainer.hidden(), initSeed), trainer.learningRate());
            trainer = next;
            if (data.size() <= BASELINE_HERE_POINTS) {
                stopFitting();
                baseline = Baseline.fit(data);
                tell(baseline.problem());
            } else {
                baseline = Baseline.pending();
                tell("");
                fitInBackground(data);
            }
            restartPace();
        });
    }

    /** Starts over from the given parameters (their hidden size replaces the current one). */
    public void loadParameters(Parameters p) {
        loadParameters(p, "loaded parameters with " + p.hidden() + " hidden units");
    }

    /** Starts over from the given parameters, saying {@code note} to the user. */
    public void loadParameters(Parameters p, String note) {
        Objects.requireNonNull(p, "parameters");
        submit(() -> {
            trainer.restart(p);
            tell(note);
            restartPace();
        });
    }

    /**
     * Stops the training thread and waits up to a second for it to end. Snapshots stay readable.
     */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        Thread f = fitting;
        if (f != null) {
            f.interrupt();
        }
        try {
            thread.join(1000);
            if (f != null) {
                f.join(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Fits the baseline of {@code data} on a thread of its own and hands it to the training thread, which takes it
     * if that data is still the data in use. A new data set or {@link #close} interrupts it (cross-validation stops
     * between fits, a fraction of a second apart).
     */
    private void fitInBackground(Dataset data) {
        stopFitting();
        Thread t = new Thread(
                () -> {
                    Baseline fitted;
                    try {
                        fitted = Baseline.fit(data);
                    } catch (java.util.concurrent.CancellationException e) {
                        return;
                    } catch (RuntimeException | OutOfMemoryError e) {
                        fitted = new Baseline(null, Double.NaN, Double.NaN, "logistic regression: " + describe(e));
                    }
                    Baseline result = fitted;
                    submit(() -> {
                        if (trainer.data() == data && baseline.isPending()) {
                            baseline = result;
                            if (!result.problem().isEmpty()) {
                                tell(result.problem());
                            }
                        }
                    });
                },
                "boundary-lab-baseline");
        t.setDaemon(true);
        fitting = t;
        t.start();
    }

    private void stopFitting() {
        if (fitting != null) {
            fitting.interrupt();
            fitting = null;
        }
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

    private void setRunning(boolean run) {
        running = run;
        restartPace();
    }

    private void restartPace() {
        // Start the chunk size over: one tuned to small data would keep a run on large data away from the
        // commands for minutes.
        chunk = 1;
        paceStart = System.nanoTime();
        paceDone = 0;
        rateStart = paceStart;
        rateEpochs = 0;
        epochsPerSecond = 0;
    }

    private void checkDivergence() {
        if (trainer.diverged()) {
            running = false;
            tell(divergenceMessage());
        }
    }

    private String divergenceMessage() {
        return trainer.divergenceMessage();
    }

    private void loop() {
        long lastPublish = 0;
        boolean dirty = false;
        while (!closed) {
            try {
                Runnable command = commands.poll();
                if (command != null) {
                    runCommand(command);
                    dirty = true;
                    continue;
                }
                if (running) {
                    dirty |= trainSafely();
                } else {
                    if (dirty) {
                        publish();
                        dirty = false;
                    }
                    Runnable next = commands.poll(250, TimeUnit.MILLISECONDS);
                    if (next != null) {
                        runCommand(next);
                        dirty = true;
                    }
                    continue;
                }
                long now = System.nanoTime();
                if (dirty && (now - lastPublish >= PUBLISH_INTERVAL_NANOS || !running)) {
                    publish();
                    lastPublish = now;
                    dirty = false;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
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
            tell(describe(e));
        }
    }

    /** Trains a chunk; a failure pauses the run with a message instead of ending the thread. */
    private boolean trainSafely() throws InterruptedException {
        try {
            return trainChunk();
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.log(Level.SEVERE, "training failed at epoch " + trainer.epoch(), e);
            running = false;
            tell("training stopped at epoch " + trainer.epoch() + ": " + describe(e));
            return true;
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "not enough memory (" + (e.getMessage() == null ? "out of memory" : e.getMessage()) + ")";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** Trains the epochs now due; returns whether anything changed. */
    private boolean trainChunk() throws InterruptedException {
        long n;
        if (Double.isInfinite(pace)) {
            n = chunk;
        } else {
            long due = (long) ((System.nanoTime() - paceStart) * 1e-9 * pace) + 1 - paceDone;
            if (due <= 0) {
                long waitNanos = (long) ((paceDone / pace) * 1e9) - (System.nanoTime() - paceStart);
                Runnable next = commands.poll(Math.max(waitNanos, 100_000L), TimeUnit.NANOSECONDS);
                if (next != null) {
                    runCommand(next);
                    return true;
                }
                return false;
            }
            n = Math.min(due, chunk);
        }
        long t0 = System.nanoTime();
        // Unsettled: while running, a snapshot's cost may be one update behind its epoch; publish settles it once
        // training stops. This saves a pass over the data a chunk (a chunk is an epoch or two on large data).
        long done = trainer.runUnsettled(n);
        long dt = System.nanoTime() - t0;
        paceDone += done;
        rateEpochs += done;
        // Aim each chunk at CHUNK_NANOS of work, from the measured time per epoch, so commands are picked up within a
        // few milliseconds whatever the pace and the size of the network.
        if (done > 0) {
            double perEpoch = (double) dt / done;
            chunk = Math.max(1, Math.min(1 << 20, (long) (CHUNK_NANOS / Math.max(perEpoch, 1.0))));
        }
        long now = System.nanoTime();
        if (now - rateStart >= 250_000_000L) {
            epochsPerSecond = rateEpochs * 1e9 / (now - rateStart);
            rateStart = now;
            rateEpochs = 0;
        }
        checkDivergence();
        return true;
    }

    /** Sets the message of the next snapshots: news for the window even if the same line was told before. */
    private void tell(String line) {
        message = line;
        messageSerial++;
    }

    private void publish() {
        if (!running) {
            // Paused: the numbers shown are those of the current parameters; the last update may prove divergent.
            boolean diverged = trainer.diverged();
            trainer.settle();
            if (!diverged && trainer.diverged()) {
                tell(divergenceMessage());
            }
        }
        TrainingSnapshot.State state = trainer.diverged()
                ? TrainingSnapshot.State.DIVERGED
                : running ? TrainingSnapshot.State.RUNNING : TrainingSnapshot.State.PAUSED;
        TrainingSnapshot s = new TrainingSnapshot(
                ++version,
                state,
                trainer.epoch(),
                trainer.cost(),
                trainer.accuracy(),
                trainer.learningRate(),
                pace,
                running ? epochsPerSecond : 0,
                trainer.parameters(),
                trainer.initialParameters(),
                trainer.costSeries(),
                trainer.data(),
                baseline,
                message,
                messageSerial);
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
