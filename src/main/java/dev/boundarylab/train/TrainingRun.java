package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Feature;
import dev.boundarylab.model.Network;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.train.Notice.Severity;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The run a {@link TrainingService}'s thread owns, and what each of its commands does to it: the trainer (none
 * until the first data set is in), the baseline, whether it is playing, the settings of the next network, the
 * pacing and the notice for the user. Only the training thread touches it, but for {@link #notice()}.
 */
final class TrainingRun {
    private static final Logger LOG = Logger.getLogger(TrainingRun.class.getName());

    private final LongSupplier clock;
    private final Pacer pacer;
    private final RateMeter rate;
    private final BaselineFitter fitter;
    private final Consumer<Runnable> submit;
    private volatile Notice notice = Notice.NONE;
    private Trainer trainer;
    private Baseline baseline = Baseline.pending();
    /** The edits made by hand to the data: where it changed, and the points waited on while a class is missing. */
    private final EditedData edited = new EditedData();

    private boolean running;
    private Architecture arch;
    /** The baseline's input features; null for the network's own. */
    private List<Feature> logisticFeatures = List.of(Feature.X1, Feature.X2);

    /** The points held out of training, drawn from the data in use with the init seed. */
    private final TestSplit test;

    private long initSeed;
    private double learningRate;
    private long version;
    /** Whether the banner said what a spike was since the run started over: it says so once a run. */
    private boolean spikeTold;

    /**
     * A run with no data yet.
     *
     * @param clock the time in nanoseconds
     * @param fitter fits the baseline of each data set
     * @param submit queues a command for the training thread: how a baseline fitted in the background comes back
     */
    TrainingRun(
            LongSupplier clock,
            BaselineFitter fitter,
            Consumer<Runnable> submit,
            Architecture arch,
            long initSeed,
            double learningRate,
            double pace) {
        this.clock = clock;
        this.pacer = new Pacer(clock, pace);
        this.rate = new RateMeter(clock);
        this.fitter = fitter;
        this.submit = submit;
        this.arch = arch;
        this.initSeed = initSeed;
        this.learningRate = learningRate;
        this.test = new TestSplit(clock);
    }

    /** Whether epochs are to be trained: playing, with data of both classes. */
    boolean running() {
        return running && !edited.isWaiting();
    }

    /** The newest line for the user; any thread may read it. */
    Notice notice() {
        return notice;
    }

    /** How long until the next epoch is due by the pace, in nanoseconds. */
    long nanosUntilDue() {
        return pacer.nanosUntilDue();
    }

    /** Plays or pauses; a diverged run does not play, and says what to do instead. */
    void setRunning(boolean run) {
        if (run && trainer != null && trainer.diverged()) {
            tell(Severity.PROBLEM, divergenceMessage() + "; Reset starts over");
            return;
        }
        running = run && trainer != null;
        if (running) {
            tellBaseline();
        }
        restartPace();
    }

    /** Pauses and trains exactly {@code epochs} more. */
    void step(long epochs) {
        setRunning(false);
        if (trainer != null && !edited.isWaiting()) {
            trainer.run(epochs, null);
            checkDivergence();
        }
    }

    /** Back to epoch 0 from the same initial parameters. */
    void reset() {
        if (trainer != null) {
            trainer.reset();
            startedOver();
        }
    }

    /** New initial parameters from {@code seed}, at epoch 0. */
    void reseed(long seed) {
        initSeed = seed;
        if (trainer != null && test.holdsOut()) {
            // The split is drawn with the init seed too, as the command line draws it: new points held out.
            start(test.all());
        } else if (trainer != null) {
            trainer.restart(Network.random(arch, seed));
            startedOver();
        }
    }

    /** A new network of {@code h} units in the first hidden layer (one layer if there is none), the rest kept. */
    void setHidden(int h) {
        java.util.List<Integer> layers = new java.util.ArrayList<>(arch.layers());
        if (layers.isEmpty()) {
            layers.add(h);
        } else {
            layers.set(0, h);
        }
        setArchitecture(new Architecture(
                arch.features(),
                layers,
                arch.activation(),
                arch.l2(),
                arch.batch(),
                arch.shuffleSeed(),
                layers.size() == arch.layers().size()
                        ? arch.initScale()
                        : Architecture.defaults().initScale(),
                arch.classes()));
    }

    /**
     * A new network of architecture {@code a} drawn from the init seed, if that is another architecture than the
     * one training; training goes on if it was running.
     */
    void setArchitecture(Architecture a) {
        // The output has the data's classes, whatever the caller's architecture said.
        a = trainer == null ? a : a.withClasses(trainer.data().classes());
        boolean refit = logisticFeatures == null && !a.features().equals(arch.features());
        if (trainer != null && !a.equals(trainer.initialNetwork().architecture())) {
            trainer.restart(Network.random(a, initSeed));
            startedOver();
        }
        arch = a;
        if (refit) {
            refitBaseline();
        }
    }

    /** Fits the baseline again on {@code features} of the points (null: the network's features), if they change. */
    void setLogisticFeatures(List<Feature> features) {
        List<Feature> before = baselineFeatures();
        logisticFeatures = features == null ? null : List.copyOf(features);
        if (!baselineFeatures().equals(before)) {
            refitBaseline();
        }
    }

    /** The features the baseline is fitted on. */
    private List<Feature> baselineFeatures() {
        return logisticFeatures == null ? arch.features() : logisticFeatures;
    }

    private void refitBaseline() {
        if (trainer != null && !edited.isWaiting()) {
            fitBaseline(trainer.data());
            tellBaseline();
        }
    }

    private void fitBaseline(Dataset data) {
        List<Feature> features = baselineFeatures();
        baseline = fitter.fit(data, features, fitted -> submit.accept(() -> takeBaseline(data, features, fitted)));
    }

    /** The learning rate from the next epoch on. */
    void setLearningRate(double r) {
        learningRate = r;
        if (trainer != null) {
            trainer.setLearningRate(r);
        }
    }

    /** Trains {@code epochsPerSecond} from now on. */
    void setPace(double epochsPerSecond) {
        pacer.setPace(epochsPerSecond);
        rate.restart();
    }

    /** Trains on the data {@code source} makes; if it fails, the data in use stays and the notice says why. */
    void load(TrainingService.DataSource source) {
        Dataset data;
        try {
            data = source.get();
        } catch (Exception e) {
            tell(Severity.PROBLEM, Notice.describe(e));
            return;
        }
        start(data);
    }

    /**
     * Holds out {@code fraction} of each class of the data in use from now on, drawn with the init seed: the
     * network starts over on the rest and the baseline is fitted on them, as with new data.
     */
    void setTestFraction(double fraction) {
        if (test.setFraction(fraction) && trainer != null) {
            start(test.all());
        }
    }

    /** Trains on {@code data} less the points held out: a new network from the init seed, the baseline refitted. */
    private void start(Dataset data) {
        TestSplit.Drawn drawn = test.draw(data, initSeed);
        Dataset train = drawn.train();
        arch = arch.withClasses(train.classes());
        trainer = new Trainer(train, Network.random(arch, initSeed), learningRate);
        // Only once the trainer takes the points: data it refuses leaves the data in use as it was.
        test.use(drawn);
        edited.clear();
        spikeTold = false;
        fitBaseline(train);
        restartTest();
        tellBaseline();
        if (!test.note().isEmpty()) {
            tell(Severity.PROBLEM, test.note());
        }
        restartPace();
    }

    /**
     * Goes on training the same network, at its epoch, on {@code data}, which a person edited by hand; the chart
     * marks the epoch if {@code newEdit} (the first change of a stroke). Data without points of both classes is
     * shown and waited on: the network keeps its weights and does not train until both classes are back. The
     * baseline is refitted in the background, a few times a second at most.
     */
    void edit(Dataset data, boolean newEdit) {
        if (trainer == null) {
            load(() -> data);
            return;
        }
        if (newEdit) {
            edited.changedAt(trainer.epoch());
        }
        if (!EditedData.trainable(data)) {
            edited.waiting(data, trainer.network());
            baseline = new Baseline.Unavailable(EditedData.waitingMessage(data));
            tell(Severity.INFO, EditedData.waitingMessage(data));
            return;
        }
        boolean wasWaiting = edited.isWaiting();
        edited.waiting(null, null);
        // With a test share the edited data is split again with the init seed; the network trains on its rest.
        TestSplit.Drawn drawn = test.draw(data, initSeed);
        Dataset train = drawn.train();
        trainer.swapData(train);
        test.use(drawn);
        List<Feature> features = baselineFeatures();
        fitter.refit(train, features, fitted -> submit.accept(() -> takeRefit(train, features, fitted)));
        if (wasWaiting) {
            // Said rather than cleared: the banner stays, so the panels do not move under the brush.
            tell(Severity.INFO, "hand-made data: points of both classes; the network trains on them");
            restartPace();
        }
    }

    /** Takes a baseline refitted after an edit if its data and features are still those in use. */
    private void takeRefit(Dataset data, List<Feature> features, Baseline fitted) {
        if (trainer.data() == data && !edited.isWaiting() && features.equals(baselineFeatures())) {
            baseline = fitted;
        }
    }

    /** Sets one weight by hand, in place (see {@link Trainer#setWeight}), saying so; a bad index says why. */
    void setWeight(int l, int j, int i, double value) {
        if (trainer != null) {
            trainer.setWeight(l, j, i, value);
            String where = "weight of layer " + (l + 1) + ", unit " + (j + 1) + ", input " + (i + 1);
            String cost = String.format(java.util.Locale.ROOT, "%.5f", trainer.cost());
            tell(Severity.INFO, where + " set to " + value + " by hand; cost now " + cost);
        }
    }

    /** Starts over from {@code p}, the seed's architecture of its size, saying {@code note}. */
    void loadParameters(Parameters p, String note) {
        loadNetwork(Network.of(p), note);
    }

    /** Starts over from {@code n}, of any architecture, which becomes the one trained; saying {@code note}. */
    void loadNetwork(Network n, String note) {
        if (trainer != null) {
            trainer.restart(n);
            tookNetwork(false, Severity.INFO, note);
        }
    }

    /** After the trainer took another network: its architecture is the one trained now; says {@code note}. */
    private void tookNetwork(boolean spiked, Severity severity, String note) {
        restartTest();
        edited.forgetChanges();
        spikeTold = spiked;
        arch = trainer.initialNetwork().architecture();
        tell(severity, note);
        restartPace();
    }

    /** Goes on from a run trained elsewhere (a sweep's network), at its epoch with its history, saying {@code note}. */
    void resume(HeadlessRun.Result r, String note) {
        if (trainer != null) {
            trainer.resume(r.initialNetwork(), r.network(), r.epochs(), r.history(), r.spikes(), r.divergedAt());
            running = false;
            String said = r.diverged() ? note + "; " + r.divergence() : note;
            tookNetwork(r.spikeCount() > 0, r.diverged() ? Severity.PROBLEM : Severity.INFO, said);
        }
    }

    /**
     * Goes on from a saved run on {@code data} (a session), paused: its network, epoch and history, trained at
     * {@code rate}, its baseline on {@code features} (null: the network's), saying {@code note}.
     */
    void restore(
            Dataset data,
            double testFraction,
            RunState state,
            long seed,
            double rate,
            List<Feature> features,
            String note) {
        test.setFraction(testFraction);
        TestSplit.Drawn drawn = test.draw(data, seed);
        Trainer t = new Trainer(drawn.train(), state.initial(), rate);
        t.restore(state);
        trainer = t;
        test.use(drawn);
        edited.clear();
        initSeed = seed;
        learningRate = rate;
        logisticFeatures = features == null ? null : List.copyOf(features);
        running = false;
        fitBaseline(drawn.train());
        String said = state.diverged() ? note + "; " + divergenceMessage() : note;
        tookNetwork(state.spikeCount() > 0, state.diverged() ? Severity.PROBLEM : Severity.INFO, said);
    }

    /** Where the run stands, for a session file; null before the first data set is in. */
    RunState state() {
        return trainer == null ? null : trainer.state();
    }

    /** Says why a command failed; the run stays as it was. */
    void failed(Throwable e) {
        tell(Severity.PROBLEM, Notice.describe(e));
    }

    /** Takes a baseline fitted in the background if its data is still the data in use. */
    private void takeBaseline(Dataset data, List<Feature> features, Baseline fitted) {
        if (trainer.data() == data && baseline.isPending() && features.equals(baselineFeatures())) {
            baseline = fitted;
            if (!fitted.problem().isEmpty()) {
                tell(Severity.PROBLEM, fitted.problem());
            }
        }
    }

    /** After a reset or a new network: the baseline's note is what there is to say, and the pace counts anew. */
    private void startedOver() {
        restartTest();
        edited.forgetChanges();
        spikeTold = false;
        tellBaseline();
        restartPace();
    }

    /**
     * The held-out cost's history starts over from the network as it is now (epoch 0 after a restart), so that
     * the test line starts where the training line does even if commands follow before the next snapshot.
     */
    private void restartTest() {
        test.restart();
        test.measure(trainer.epoch(), trainer.network(), baseline, false);
    }

    /** Says the baseline's note on the data (why there is none, how it was fitted), or clears the notice. */
    private void tellBaseline() {
        tell(Severity.PROBLEM, baseline.isPending() ? "" : baseline.problem());
    }

    private void restartPace() {
        pacer.restart();
        rate.restart();
    }

    /** After training: a divergence stops the run and says so; the first spike of a run that ended is told once. */
    private void checkDivergence() {
        if (trainer.diverged()) {
            running = false;
            tell(Severity.PROBLEM, divergenceMessage());
        } else {
            tellSpike();
        }
    }

    /** Says once a run what the first spike was, once it has ended. */
    private void tellSpike() {
        if (!spikeTold && trainer.spikeCount() > 0 && !trainer.diverged()) {
            spikeTold = true;
            tell(Severity.INFO, trainer.spikes().get(0).message());
        }
    }

    private String divergenceMessage() {
        return trainer.divergenceMessage();
    }

    /** Trains the epochs due now; returns whether anything changed. A failure pauses the run with a notice. */
    boolean trainDue() {
        long n = pacer.due();
        if (n == 0) {
            return false;
        }
        try {
            long t0 = clock.getAsLong();
            // Unsettled: while running, a snapshot's cost may be one update behind its epoch; the snapshot settles
            // it once training stops. This saves a pass over the data a chunk (an epoch or two on large data).
            long done = trainer.runUnsettled(n);
            pacer.trained(done, clock.getAsLong() - t0);
            rate.count(done);
            checkDivergence();
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.log(Level.SEVERE, "training failed at epoch " + trainer.epoch(), e);
            running = false;
            tell(Severity.PROBLEM, "training stopped at epoch " + trainer.epoch() + ": " + Notice.describe(e));
        }
        return true;
    }

    /** Makes {@code text} the notice of the next snapshots: news for the window even if told before. */
    private void tell(Severity severity, String text) {
        notice = new Notice(severity, text, notice.serial() + 1);
    }

    /** A picture of the run now, or null before the first data set is in. */
    TrainingSnapshot snapshot() {
        if (trainer == null) {
            return null;
        }
        if (!running()) {
            // Paused: the numbers shown are those of the current parameters; the last update may prove divergent.
            boolean diverged = trainer.diverged();
            trainer.settle();
            if (!diverged && trainer.diverged()) {
                tell(Severity.PROBLEM, divergenceMessage());
            }
            tellSpike();
        }
        Network network = trainer.network();
        // While it waits on points lacking a class, nothing of them is held out: the split in use is of older data.
        HeldOut held = edited.isWaiting() ? HeldOut.NONE : test.measure(trainer.epoch(), network, baseline, running);
        TrainingSnapshot.State state = trainer.diverged()
                ? TrainingSnapshot.State.DIVERGED
                // Playing while it waits for both classes: it goes on by itself once they are there.
                : running ? TrainingSnapshot.State.RUNNING : TrainingSnapshot.State.PAUSED;
        return new TrainingSnapshot(
                ++version,
                state,
                trainer.epoch(),
                edited.cost(trainer.cost()),
                edited.accuracy(trainer.accuracy()),
                trainer.learningRate(),
                pacer.pace(),
                running() ? rate.perSecond() : 0,
                network,
                trainer.initialNetwork(),
                trainer.costSeries(),
                edited.shown(test.all()),
                baseline,
                notice,
                trainer.spikes(),
                held,
                edited.changes());
    }
}
