package dev.boundarylab.ui;

import dev.boundarylab.data.CsvColumns;
import dev.boundarylab.data.CsvData;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.data.Drawing;
import dev.boundarylab.io.ParametersJson;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Network;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.HeadlessRun;
import dev.boundarylab.train.Limit;
import dev.boundarylab.train.Notice;
import dev.boundarylab.train.Notice.Severity;
import dev.boundarylab.train.Settings;
import dev.boundarylab.train.TrainingService;
import dev.boundarylab.train.TrainingSnapshot;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The main window's state and commands, apart from how they are shown. The settings, the newest snapshot, the
 * viewport of its data, the notice in the banner and the view's own settings are read-only properties; play, step,
 * reset, new data, loading files and the rest are methods. The model owns the training service and the thread that
 * reads parameter files; views bind to its properties and call its commands, and none of them touches the service.
 *
 * <p>Nothing heavy happens on construction: {@link #start()} starts the service, which makes the data and fits its
 * baseline on its own thread; until the first snapshot arrives {@link #snapshotProperty()} holds null. All methods
 * are called on the FX thread.
 */
final class LabModel implements AutoCloseable {
    /** The most hidden units the window trains (the slider's top); a parameters file with more is refused. */
    static final int MAX_HIDDEN = (int) Limit.HIDDEN.max();
    /** The pace the window starts at, epochs per second: where the pace slider starts, at 300 epochs a second. */
    static final double START_PACE = LogScale.pace(LogScale.pacePosition(300));

    private final ReadOnlyObjectWrapper<Settings> settings;
    private final ReadOnlyObjectWrapper<Architecture> architecture;
    private final ReadOnlyObjectWrapper<TrainingSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Viewport> viewport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(Notice.NONE);
    private final ReadOnlyDoubleWrapper pace = new ReadOnlyDoubleWrapper(START_PACE);
    private final ReadOnlyBooleanWrapper logScale = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Path> dataFile = new ReadOnlyObjectWrapper<>();
    private final HeldOutSetting heldOut = new HeldOutSetting();
    /** The last file read and the data read from it (written on the training thread). */
    private volatile FileData lastFile;

    private final boolean autoPlay;
    // Reads parameter files, which may be slow (a hung network share), so the FX thread never waits for one.
    private final FileReads files = new FileReads("boundary-lab-load-parameters");
    private TrainingService service;
    /** The baseline's features (null: the network's) and whether they were chosen before the service started. */
    private java.util.List<dev.boundarylab.model.Feature> logisticFeatures;

    private boolean logisticChosen;
    /** The serial of the service's notice last shown: only a new one replaces what the banner says. */
    private long serviceNoticeShown;
    /** Counts the window's own notices downwards, so that they never equal one of the service's. */
    private long ownNotices;

    /** A model of a window on {@code initial}, which starts training once started if {@code autoPlay}. */
    LabModel(Settings initial, boolean autoPlay) {
        this(initial, Architecture.seed(initial.hidden()), autoPlay);
    }

    /**
     * A model of a window on {@code initial} training {@code arch} (its first layer's units are the settings'
     * hidden units), which starts training once started if {@code autoPlay}.
     *
     * @throws IllegalArgumentException if a setting is outside its {@link Limit}
     */
    LabModel(Settings initial, Architecture arch, boolean autoPlay) {
        this.architecture = new ReadOnlyObjectWrapper<>(TrainingService.checkArchitecture(arch));
        this.settings = new ReadOnlyObjectWrapper<>(withFirstLayer(initial.validate(), arch));
        this.autoPlay = autoPlay;
    }

    /** {@code s} with the units of the first layer of {@code a} as its hidden units (as they are without layers). */
    private static Settings withFirstLayer(Settings s, Architecture a) {
        return a.layers().isEmpty() ? s : s.withHidden(a.layers().get(0));
    }

    /**
     * Starts the training service on the settings: it makes their data set and fits its baseline on its own thread.
     * Called once, after the window is shown.
     */
    void start() {
        if (service != null) {
            return;
        }
        Settings s = settings.get();
        service =
                new TrainingService(s::loadData, architecture.get(), s.initSeed(), s.learningRate(), pace.get(), null);
        if (logisticChosen) {
            service.setLogisticFeatures(logisticFeatures);
        }
        heldOut.sendTo(service);
        if (autoPlay) {
            service.play();
        }
    }

    /**
     * Takes the service's newest snapshot and notice, once a frame: snapshots in between are dropped, and the
     * viewport follows the data.
     */
    void refresh() {
        if (service == null) {
            return;
        }
        TrainingSnapshot s = service.latest();
        if (s != null && s != snapshot.get()) {
            if (snapshot.get() == null || snapshot.get().data() != s.data()) {
                // Drawn points stay where they were put: the plane does not move under the brush.
                if (viewport.get() == null || !Drawing.NAME.equals(s.data().name())) {
                    viewport.set(Viewport.around(s.data()));
                }
                FileData f = lastFile;
                dataFile.set(f != null && f.data() == s.data() ? f.file() : null);
            }
            snapshot.set(s);
        }
        Notice n = service.notice();
        if (n.serial() != serviceNoticeShown) {
            serviceNoticeShown = n.serial();
            notice.set(n);
        }
    }

    // ---------------------------------------------------------------- properties

    /** The settings the window shows and trains with. */
    ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    Settings settings() {
        return settings.get();
    }

    /** The network the window trains: its features, layers, activation, L2 and batch size. */
    ReadOnlyObjectProperty<Architecture> architectureProperty() {
        return architecture.getReadOnlyProperty();
    }

    Architecture architecture() {
        return architecture.get();
    }

    /** The newest snapshot shown; null while the first data set is being made. */
    ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    TrainingSnapshot snapshot() {
        return snapshot.get();
    }

    /** The region of the plane the panels show: around the data in use; null before the first snapshot. */
    ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    Viewport viewport() {
        return viewport.get();
    }

    /** What the banner says: the service's newest notice or the window's own (an export done, a bad file). */
    ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The CSV file the data in use was read from; null while it is generated. */
    ReadOnlyObjectProperty<Path> dataFileProperty() {
        return dataFile.getReadOnlyProperty();
    }

    /** The pace asked for, in epochs per second; infinite for as fast as possible. */
    ReadOnlyDoubleProperty paceProperty() {
        return pace.getReadOnlyProperty();
    }

    /** Whether the cost chart's axis is logarithmic. */
    ReadOnlyBooleanProperty logScaleProperty() {
        return logScale.getReadOnlyProperty();
    }

    boolean logScale() {
        return logScale.get();
    }

    /** The training service, null before {@link #start()} (for tests that drive it directly). */
    TrainingService service() {
        return service;
    }

    // ---------------------------------------------------------------- commands

    /** Says {@code text} in the banner until there is something newer to say. */
    void say(Severity severity, String text) {
        notice.set(new Notice(severity, text, --ownNotices));
    }

    /** Starts or continues training. */
    void play() {
        send(TrainingService::play);
    }

    /** Pauses training. */
    void pause() {
        send(TrainingService::pause);
    }

    /** Plays if paused, pauses if playing. */
    void togglePlay() {
        send(TrainingService::togglePlay);
    }

    /** Pauses and trains exactly {@code epochs} more. */
    void step(long epochs) {
        send(s -> s.step(epochs));
    }

    /** Back to epoch 0 with the same initial weights. */
    void reset() {
        send(TrainingService::reset);
    }

    /** Starts over from new random initial weights. */
    void reseed() {
        long seed = ThreadLocalRandom.current().nextLong(1, Integer.MAX_VALUE);
        settings.set(settings.get().withInitSeed(seed));
        send(s -> s.reseed(seed));
    }

    /** Starts over from the initial weights of {@code seed} (a lesson's, the seed's 2), if that is another seed. */
    void setInitSeed(long seed) {
        if (seed != settings.get().initSeed()) {
            settings.set(settings.get().withInitSeed(seed));
            send(s -> s.reseed(seed));
        }
    }

    /** A network of {@code h} hidden units, new random weights; training goes on if it was running. */
    void setHidden(int h) {
        Architecture a = architecture.get();
        java.util.List<Integer> layers = new java.util.ArrayList<>(a.layers());
        if (layers.isEmpty()) {
            layers.add(h);
        } else {
            layers.set(0, h);
        }
        setArchitecture(
                layers.size() == a.layers().size()
                        ? new Architecture(
                                a.features(), layers, a.activation(), a.l2(), a.batch(), a.shuffleSeed(), a.initScale())
                        : a.withLayers(layers));
    }

    /**
     * A network of architecture {@code a} drawn from the init seed, if that is another one; training goes on if it
     * was running. A setting outside its {@link Limit} is said in the banner and changes nothing.
     */
    void setArchitecture(Architecture a) {
        if (a.equals(architecture.get())) {
            return;
        }
        try {
            TrainingService.checkArchitecture(a);
        } catch (IllegalArgumentException e) {
            say(Severity.PROBLEM, e.getMessage());
            return;
        }
        architecture.set(a);
        settings.set(withFirstLayer(settings.get(), a));
        send(s -> s.setArchitecture(a));
    }

    /** Fits the baseline on {@code features} of the points from now on; null for the network's own. */
    void setLogisticFeatures(java.util.List<dev.boundarylab.model.Feature> features) {
        logisticFeatures = features;
        logisticChosen = true;
        send(s -> s.setLogisticFeatures(features));
    }

    /** The learning rate from the next epoch on, without starting over. */
    void setLearningRate(double rate) {
        if (rate != settings.get().learningRate()) {
            settings.set(settings.get().withLearningRate(rate));
            send(s -> s.setLearningRate(rate));
        }
    }

    /** The share of each class held out of training, 0 to 0.9 (Test %). */
    ReadOnlyDoubleProperty testFractionProperty() {
        return heldOut.property();
    }

    /** Holds {@code fraction} of each class out of training and starts over, as {@link HeldOutSetting} says. */
    void setTestFraction(double fraction) {
        if (heldOut.set(fraction, why -> say(Severity.PROBLEM, why))) {
            send(s -> s.setTestFraction(fraction));
        }
    }

    /** Trains {@code epochsPerSecond}; infinite for as fast as possible. */
    void setPace(double epochsPerSecond) {
        pace.set(epochsPerSecond);
        send(s -> s.setPace(epochsPerSecond));
    }

    /** Shows the cost chart on a logarithmic axis, or a linear one. */
    void setLogScale(boolean log) {
        logScale.set(log);
    }

    /** Generates new data (on the training thread) and trains on it; a failure leaves the data as it was. */
    void generateData(DatasetKind kind, int samples, double noise, long seed) {
        generateData(kind, samples, noise, seed, 2);
    }

    /** New generated data of {@code classes} classes (2 to what the generator draws). */
    void generateData(DatasetKind kind, int samples, double noise, long seed, int classes) {
        Settings next = settings.get()
                .withDataset(kind.id())
                .withData(samples, noise, seed)
                .withClasses(classes);
        settings.set(next);
        send(s -> s.loadData(next::loadData));
    }

    /** Reads a CSV file of points (on the training thread) and trains on it. */
    void loadCsv(Path file) {
        loadCsv(file, null);
    }

    /** Reads the columns {@code columns} (null: guessed) of a CSV file on the training thread and trains on it. */
    void loadCsv(Path file, CsvColumns columns) {
        send(s -> s.loadData(() -> {
            Dataset d = CsvData.read(file, columns);
            lastFile = new FileData(d, file);
            return d;
        }));
    }

    /** Data read from a file: the data in use came from {@code file} if it is {@code data}. */
    private record FileData(Dataset data, Path file) {}

    /**
     * Reads parameters (a file the Export menu or {@code --save-params} wrote, or a report) on a thread of its own,
     * so that a large or slow file cannot freeze the window, and then starts from them on the FX thread; a bad
     * file gets its one-line message in the banner and changes nothing. The future completes once that is done.
     */
    CompletableFuture<Void> loadParameters(Path file) {
        return files.read(
                file, ParametersJson::readLayers, p -> applyParameters(file, p), m -> say(Severity.PROBLEM, m));
    }

    /**
     * Starts from the parameters of a file: their shapes give the layers, the window's other settings the rest (the
     * features x1, x2 for a file of two inputs when the window's differ, as the one-layer form of earlier versions
     * always is). A network the window cannot train, or shapes that do not fit, are refused in one line.
     */
    private void applyParameters(Path file, ParametersJson.Layers p) {
        for (int units : p.hidden()) {
            if (units > MAX_HIDDEN) {
                // The slider would clamp the size and so replace the file's weights with random ones.
                say(
                        Severity.PROBLEM,
                        file + ": the parameters have " + units + " hidden units; the window trains networks of 1 to "
                                + MAX_HIDDEN);
                return;
            }
        }
        if (!Limit.LAYERS.allows(p.hidden().size())) {
            say(
                    Severity.PROBLEM,
                    file + ": the parameters have " + p.hidden().size() + " hidden layers; the window trains "
                            + Limit.LAYERS.range());
            return;
        }
        Architecture a = architecture.get();
        if (p.inputs() != a.features().size() && p.inputs() == 2) {
            a = a.with(Architecture.Setting.FEATURES, "x1,x2");
        }
        Network n;
        try {
            n = p.toNetwork(a);
        } catch (IllegalArgumentException e) {
            say(Severity.PROBLEM, file + ": " + e.getMessage());
            return;
        }
        String note = n.hasSeedForm()
                ? "loaded parameters with " + n.architecture().layers().get(0) + " hidden units"
                : "loaded parameters: " + n.architecture().describe();
        send(s -> s.loadNetwork(n, note));
        architecture.set(n.architecture());
        settings.set(withFirstLayer(settings.get(), n.architecture()));
    }

    /** Goes on training the same network on {@code data}, edited by hand; a new edit is marked on the chart. */
    void editData(Dataset data, boolean newEdit) {
        send(s -> s.editData(data, newEdit));
    }

    /**
     * Trains on from a saved session on {@code data} (read from {@code file}, or generated if it is null) with the
     * settings {@code s}; {@link SessionFiles} reads it and shows the rest.
     */
    void restore(Settings s, dev.boundarylab.train.Session session, Dataset data, Path file, String note) {
        Architecture a = session.run().initial().architecture();
        architecture.set(a);
        settings.set(withFirstLayer(s, a));
        lastFile = file == null ? null : new FileData(data, file);
        heldOut.set(session.testFraction(), m -> {});
        send(t -> t.restore(
                data,
                session.testFraction(),
                session.run(),
                s.initSeed(),
                s.learningRate(),
                session.logisticFeatures(),
                note));
    }

    /** Where the run stands once the commands sent before are done, for a session file (null before any data). */
    CompletableFuture<dev.boundarylab.train.RunState> runState() {
        return service == null ? CompletableFuture.completedFuture(null) : service.state();
    }

    /** Sets one weight of the network by hand (see {@link TrainingService#setWeight}). */
    void setWeight(int l, int j, int i, double value) {
        send(s -> s.setWeight(l, j, i, value));
    }

    /** Shows one of the sweep's trained networks in the main view. */
    void showSweepResult(HeadlessRun.Result r) {
        Architecture a = r.network().architecture();
        int h = a.layers().isEmpty() ? 0 : a.layers().get(0);
        try {
            TrainingService.checkArchitecture(a);
        } catch (IllegalArgumentException e) {
            // The slider would show another size than the network's.
            say(Severity.PROBLEM, "the sweep's network: " + e.getMessage());
            return;
        }
        architecture.set(a);
        settings.set(withFirstLayer(settings.get(), a));
        String note = String.format(
                Locale.ROOT,
                "showing the sweep's network with %d hidden units after %,d epochs (accuracy %.1f%%)",
                h,
                r.epochs(),
                100 * r.accuracy());
        send(s -> s.resume(r, note));
    }

    private void send(Consumer<TrainingService> command) {
        if (service != null) {
            command.accept(service);
        }
    }

    /** Stops the training service and the file reader; waits up to a second for each. */
    @Override
    public void close() {
        files.close();
        if (service != null) {
            service.close();
        }
    }
}
