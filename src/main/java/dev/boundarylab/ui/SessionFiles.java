package dev.boundarylab.ui;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.io.SessionJson;
import dev.boundarylab.model.Feature;
import dev.boundarylab.train.Notice.Severity;
import dev.boundarylab.train.Session;
import dev.boundarylab.train.Settings;
import dev.boundarylab.train.TrainingSnapshot;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Save session and Open session: the window's whole state as a {@link Session} file (the one
 * {@code train --save-session} writes and {@code train --session} reads), and the recent sessions. Files are read
 * and written on a thread of their own, never the FX thread; the run's state is read on the training thread, after
 * the commands sent before. Opening one shows the window as it was and trains on as if it had never stopped.
 */
final class SessionFiles implements AutoCloseable {
    /** The view options a session keeps, by name. */
    static final String LOG_SCALE = "logScale";

    static final String ZERO_LINES = "zeroLines";

    private final LabModel model;
    private final ControlsView controls;
    private final PlotsView plots;
    private final LabPrefs prefs;
    private final ReadOnlyObjectWrapper<List<Path>> recent = new ReadOnlyObjectWrapper<>(List.of());
    private final ExecutorService files = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "boundary-lab-sessions");
        t.setDaemon(true);
        return t;
    });

    /** Session files for the window of {@code model}, remembering the recent ones in {@code prefs} (may be null). */
    SessionFiles(LabModel model, ControlsView controls, PlotsView plots, LabPrefs prefs) {
        this.model = model;
        this.controls = controls;
        this.plots = plots;
        this.prefs = prefs;
        if (prefs != null) {
            recent.set(List.copyOf(prefs.recentSessions()));
        }
    }

    /** The session files last saved or opened, newest first. */
    ReadOnlyObjectProperty<List<Path>> recentProperty() {
        return recent.getReadOnlyProperty();
    }

    /** Asks where to save the session, then saves it. */
    void chooseAndSave(Window owner) {
        FileChooser fc = chooser("Save session");
        fc.setInitialFileName("session.json");
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            remember(f);
            save(f.toPath());
        }
    }

    /** Asks for a session file, then opens it. */
    void chooseAndOpen(Window owner) {
        File f = chooser("Open session").showOpenDialog(owner);
        if (f != null) {
            remember(f);
            open(f.toPath());
        }
    }

    /** Opens a recent session; one whose file is gone is dropped from the list, saying so. */
    void openRecent(Path file) {
        if (!Files.isRegularFile(file)) {
            List<Path> kept = new ArrayList<>(recent.get());
            kept.remove(file);
            setRecent(kept);
            model.say(Severity.PROBLEM, file + ": no such file; removed from the recent sessions");
            return;
        }
        open(file);
    }

    /**
     * Saves the window's session to {@code file}: the run's state as the training thread has it once the commands
     * before are done, written all or nothing on the file thread; the banner says where, or why not. The future
     * completes once that is said.
     */
    CompletableFuture<Void> save(Path file) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        TrainingSnapshot shown = model.snapshot();
        if (shown == null) {
            model.say(Severity.PROBLEM, "nothing to save yet: the data is still being made");
            done.complete(null);
            return done;
        }
        Settings s = model.settings();
        Dataset data = shown.data();
        Session.Data generated = Session.Data.generated(s.dataset(), s.samples(), s.noise(), s.seed());
        double pace = model.paceProperty().get();
        double testFraction = model.testFractionProperty().get();
        List<Feature> logistic = logisticFeatures(shown);
        Map<String, Boolean> view = Map.of(
                LOG_SCALE,
                model.logScale(),
                ZERO_LINES,
                plots.zeroLinesProperty().get());
        model.runState()
                .thenAccept(run -> execute(
                        done,
                        () -> {
                            if (run == null) {
                                return "nothing to save yet: the data is still being made";
                            }
                            // Generated points are saved as their generator and seed only if it draws exactly these.
                            boolean fromGenerator =
                                    model.dataFileProperty().get() == null && isDrawnBy(generated, data);
                            Session session = new Session(
                                    fromGenerator ? generated : Session.Data.of(data),
                                    testFraction,
                                    s.initSeed(),
                                    s.learningRate(),
                                    pace,
                                    logistic,
                                    run,
                                    view);
                            SessionJson.write(session, file);
                            return null;
                        },
                        () -> {
                            addRecent(file);
                            model.say(
                                    Severity.INFO,
                                    String.format(Locale.ROOT, "session saved to %s at epoch %,d", file, modelEpoch()));
                        }));
        return done;
    }

    private long modelEpoch() {
        TrainingSnapshot s = model.snapshot();
        return s == null ? 0 : s.epoch();
    }

    private static boolean isDrawnBy(Session.Data generated, Dataset data) {
        try {
            return generated.load().equals(data);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The baseline's features as the choice above the panel says them: null for the network's own. */
    private List<Feature> logisticFeatures(TrainingSnapshot shown) {
        BaselineFeaturesView.Choice c = plots.baselineFeatures.choice.getValue();
        if (c != null) {
            return c.features;
        }
        return shown.baseline().features();
    }

    /**
     * Opens the session of {@code file}: read, and its points made, on the file thread; then the window shows it
     * as it was (data, architecture, learning rate, pace, epoch, cost chart, view options) and trains on from its
     * epoch, paused. A bad file gets its one line in the banner and changes nothing. The future completes once
     * that is done.
     */
    CompletableFuture<Void> open(Path file) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Session[] read = new Session[1];
        Dataset[] all = new Dataset[1];
        Dataset[] train = new Dataset[1];
        execute(
                done,
                () -> {
                    Session s = SessionJson.read(file);
                    all[0] = s.data().load();
                    train[0] = s.split(all[0]).train();
                    read[0] = s;
                    return null;
                },
                () -> show(file, read[0], all[0], train[0]));
        return done;
    }

    private void show(Path file, Session session, Dataset all, Dataset train) {
        Settings s = model.settings().withLearningRate(session.learningRate()).withInitSeed(session.initSeed());
        Session.Data d = session.data();
        if (d.generated()) {
            s = s.withDataset(d.generator()).withData(d.samples(), d.noise(), d.seed());
        }
        String note = String.format(
                Locale.ROOT,
                "opened session %s at epoch %,d",
                file.getFileName(),
                session.run().epoch());
        if (session.testFraction() > 0) {
            note += String.format(
                    Locale.ROOT,
                    "; it holds %.0f%% of the points out and trains on the other %,d, as it did",
                    100 * session.testFraction(),
                    train.size());
        }
        model.restore(s, session, all, d.generated() ? null : file, note);
        if (!Double.isNaN(session.pace())) {
            model.setPace(session.pace());
        }
        model.setLogScale(session.view().getOrDefault(LOG_SCALE, false));
        controls.showModel(model);
        plots.zeroLinesProperty().set(session.view().getOrDefault(ZERO_LINES, false));
        plots.baselineFeatures.choice.setValue(choiceOf(session.logisticFeatures()));
        addRecent(file);
    }

    /** The baseline choice that gives {@code features} (null: the network's own); null if none does. */
    private static BaselineFeaturesView.Choice choiceOf(List<Feature> features) {
        for (BaselineFeaturesView.Choice c : BaselineFeaturesView.Choice.values()) {
            if (java.util.Objects.equals(c.features, features)) {
                return c;
            }
        }
        return null;
    }

    /** Something done on the file thread that may fail with a message for the user. */
    @FunctionalInterface
    private interface FileWork {
        /** Does it; returns a problem to say instead of the success, or null. */
        String run() throws Exception;
    }

    /** Runs {@code work} on the file thread, then {@code then} on the FX thread, or says why it failed. */
    private void execute(CompletableFuture<Void> done, FileWork work, Runnable then) {
        try {
            files.execute(() -> {
                String problem;
                try {
                    problem = work.run();
                } catch (Exception | OutOfMemoryError e) {
                    problem = e.getMessage() != null ? e.getMessage() : e.toString();
                }
                String failure = problem;
                Platform.runLater(() -> {
                    try {
                        if (failure != null) {
                            model.say(Severity.PROBLEM, failure);
                        } else {
                            then.run();
                        }
                    } finally {
                        done.complete(null);
                    }
                });
            });
        } catch (RejectedExecutionException closed) {
            done.complete(null);
        }
    }

    private void addRecent(Path file) {
        List<Path> next = new ArrayList<>();
        next.add(file.toAbsolutePath());
        for (Path p : recent.get()) {
            if (!p.equals(file.toAbsolutePath()) && next.size() < LabPrefs.RECENT_SESSIONS) {
                next.add(p);
            }
        }
        setRecent(next);
    }

    private void setRecent(List<Path> paths) {
        recent.set(List.copyOf(paths));
        if (prefs != null) {
            prefs.putRecentSessions(paths);
        }
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        File folder = prefs == null ? null : prefs.folder(LabPrefs.Folder.OPEN);
        if (folder != null) {
            fc.setInitialDirectory(folder);
        }
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Boundary Lab sessions (JSON)", "*.json"));
        return fc;
    }

    private void remember(File f) {
        if (prefs != null) {
            prefs.putFolder(LabPrefs.Folder.OPEN, f.getParentFile());
        }
    }

    /** Stops the file thread; waits up to a second for a file being written (which is then whole or absent). */
    @Override
    public void close() {
        files.shutdownNow();
        try {
            files.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
