package dev.boundarylab.ui;

import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.train.Limit;
import dev.boundarylab.train.Settings;
import dev.boundarylab.train.TrainingService;
import java.io.File;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;

/**
 * What the window remembers between launches, in one {@link Preferences} node: the data set, its classes, points, noise,
 * seed, hidden units, the architecture (features in order, layers, activation, L2, batch size, shuffle seed, initial scale), the share held out, learning rate, pace, log axis, export scale, the last folders and the window's geometry. A value
 * missing, unreadable or outside its {@link Limit} is the default's, so a damaged store never stops the window.
 *
 * <p>The app's node is {@value #DEFAULT_NODE} under the user root, or the path in the system property {@value
 * #NODE_PROPERTY}: tests and hand-run trials point it elsewhere and never touch the user's settings.
 */
final class LabPrefs {
    /** The system property naming another node (a path under the user root) than the app's. */
    static final String NODE_PROPERTY = "boundarylab.prefs";
    /** The app's node under the user root. */
    static final String DEFAULT_NODE = "/dev/boundarylab/window";

    /** The folders remembered, one per kind of file dialog. */
    enum Folder {
        /** Where data and parameters were last opened from. */
        OPEN,
        /** Where the last export was written. */
        EXPORT
    }

    private static final Logger LOG = Logger.getLogger(LabPrefs.class.getName());
    private static final String DATASET = "dataset";
    private static final String SAMPLES = "samples";
    private static final String NOISE = "noise";
    private static final String SEED = "seed";
    private static final String HIDDEN = "hidden";
    private static final String RATE = "learningRate";
    private static final String PACE = "pace";
    private static final String LOG_SCALE = "logScale";
    private static final String LOGISTIC_FEATURES = "logisticFeatures";
    private static final String EXPORT_SCALE = "exportScale";
    private static final String TEST_FRACTION = "testFraction";
    private static final String CLASSES = "classes";
    private static final String RECENT = "recentSession.";
    private static final String X = "x";
    private static final String Y = "y";
    private static final String WIDTH = "width";
    private static final String HEIGHT = "height";
    /** The architecture's settings the window chooses, each kept under "arch." and its JSON key, as text. */
    private static final Architecture.Setting[] ARCH = {
        Architecture.Setting.FEATURES,
        Architecture.Setting.LAYERS,
        Architecture.Setting.ACTIVATION,
        Architecture.Setting.L2,
        Architecture.Setting.BATCH,
        Architecture.Setting.SHUFFLE_SEED,
        // Last: a change of the layers sets the scale to their default.
        Architecture.Setting.INIT_SCALE
    };

    private final Preferences node;

    /** Remembers in {@code node}. */
    LabPrefs(Preferences node) {
        this.node = node;
    }

    /** The app's node, or the one {@value #NODE_PROPERTY} names. */
    static LabPrefs forApp() {
        return new LabPrefs(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, DEFAULT_NODE)));
    }

    Preferences node() {
        return node;
    }

    /** {@code defaults} with the remembered data and network settings in place of theirs. */
    Settings settings(Settings defaults) {
        Settings s = defaults;
        String kind = node.get(DATASET, s.dataset());
        if (!isKnownKind(kind)) {
            kind = s.dataset();
        }
        int samples = (int) read(SAMPLES, Limit.SAMPLES, s.samples());
        double noise = read(NOISE, Limit.NOISE, s.noise());
        long seed = (long) read(SEED, Limit.DATA_SEED, s.seed());
        int hidden = (int) read(HIDDEN, Limit.HIDDEN, s.hidden());
        double rate = read(RATE, Limit.LEARNING_RATE, s.learningRate());
        int classes = (int) read(CLASSES, Limit.CLASSES, s.classes());
        if (classes > DatasetKind.fromId(kind).maxClasses()) {
            // More than the remembered generator draws: damaged, so the default.
            classes = s.classes();
        }
        return s.withDataset(kind)
                .withData(samples, noise, seed)
                .withClasses(classes)
                .withHidden(hidden)
                .withLearningRate(rate);
    }

    /**
     * {@code defaults} with the remembered architecture's settings in place of theirs; a remembered setting that is
     * unreadable, or an architecture outside the window's limits, is the default's.
     */
    Architecture architecture(Architecture defaults) {
        Architecture a = defaults;
        for (Architecture.Setting s : ARCH) {
            String text = node.get(key(s), null);
            if (text == null) {
                continue;
            }
            try {
                Architecture next = a.with(s, text);
                // The layers' change set the initial scale to their default, as the window's buttons do.
                a = TrainingService.checkArchitecture(next);
            } catch (IllegalArgumentException e) {
                LOG.log(Level.FINE, "ignoring the remembered " + s.key() + " '" + text + "'", e);
            }
        }
        return a;
    }

    private static String key(Architecture.Setting s) {
        return "arch." + s.key();
    }

    /** Remembers the architecture's settings the window chooses. */
    void put(Architecture a) {
        try {
            for (Architecture.Setting s : ARCH) {
                node.put(key(s), a.text(s));
            }
            flush();
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "cannot save the window's settings", e);
        }
    }

    private static boolean isKnownKind(String id) {
        try {
            DatasetKind.fromId(id);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The remembered pace, epochs per second (infinite for as fast as possible), or {@code otherwise}. */
    double pace(double otherwise) {
        double p = node.getDouble(PACE, otherwise);
        return p == Double.POSITIVE_INFINITY || Limit.PACE.allows(p) ? p : otherwise;
    }

    /** The remembered features of the baseline, or {@code otherwise}. */
    BaselineFeaturesView.Choice logisticFeatures(BaselineFeaturesView.Choice otherwise) {
        String name = node.get(LOGISTIC_FEATURES, otherwise.name());
        for (BaselineFeaturesView.Choice c : BaselineFeaturesView.Choice.values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return otherwise;
    }

    /** Remembers the features of the baseline. */
    void putLogisticFeatures(BaselineFeaturesView.Choice c) {
        node.put(LOGISTIC_FEATURES, c.name());
        flush();
    }

    /** The remembered share of each class held out of training, or 0. */
    double testFraction() {
        return read(TEST_FRACTION, Limit.TEST_FRACTION, 0);
    }

    /** Remembers the share held out of training. */
    void putTestFraction(double fraction) {
        node.putDouble(TEST_FRACTION, fraction);
        flush();
    }

    boolean logScale() {
        return node.getBoolean(LOG_SCALE, false);
    }

    /** The remembered export scale, 1 to 3. */
    int exportScale() {
        int k = node.getInt(EXPORT_SCALE, 1);
        return k >= 1 && k <= 3 ? k : 1;
    }

    /** The folder last used for {@code which}, if it still exists; else null. */
    File folder(Folder which) {
        String path = node.get(which.name().toLowerCase(java.util.Locale.ROOT) + "Folder", null);
        File f = path == null ? null : new File(path);
        return f != null && f.isDirectory() ? f : null;
    }

    /** Remembers {@code folder} for {@code which}. */
    void putFolder(Folder which, File folder) {
        if (folder != null) {
            node.put(which.name().toLowerCase(java.util.Locale.ROOT) + "Folder", folder.getAbsolutePath());
        }
    }

    /** The most sessions the File menu lists as recent. */
    static final int RECENT_SESSIONS = 5;

    /** The session files last saved or opened, newest first (at most {@value #RECENT_SESSIONS}). */
    java.util.List<java.nio.file.Path> recentSessions() {
        java.util.List<java.nio.file.Path> paths = new java.util.ArrayList<>();
        for (int i = 0; i < RECENT_SESSIONS; i++) {
            String p = node.get(RECENT + i, null);
            if (p != null) {
                try {
                    paths.add(java.nio.file.Path.of(p));
                } catch (java.nio.file.InvalidPathException e) {
                    LOG.log(Level.FINE, "ignoring the remembered session '" + p + "'", e);
                }
            }
        }
        return paths;
    }

    /** Remembers the recent sessions, newest first; those past {@value #RECENT_SESSIONS} are forgotten. */
    void putRecentSessions(java.util.List<java.nio.file.Path> paths) {
        for (int i = 0; i < RECENT_SESSIONS; i++) {
            if (i < paths.size()) {
                node.put(RECENT + i, paths.get(i).toAbsolutePath().toString());
            } else {
                node.remove(RECENT + i);
            }
        }
        flush();
    }

    /** The window's remembered bounds, or null if none (or not a usable size). */
    Rectangle2D geometry() {
        double w = node.getDouble(WIDTH, -1);
        double h = node.getDouble(HEIGHT, -1);
        double x = node.getDouble(X, Double.NaN);
        double y = node.getDouble(Y, Double.NaN);
        if (!(w > 0 && h > 0) || !Double.isFinite(x) || !Double.isFinite(y)) {
            return null;
        }
        return new Rectangle2D(x, y, w, h);
    }

    /** Remembers the window's bounds. */
    void putGeometry(Rectangle2D r) {
        node.putDouble(X, r.getMinX());
        node.putDouble(Y, r.getMinY());
        node.putDouble(WIDTH, r.getWidth());
        node.putDouble(HEIGHT, r.getHeight());
    }

    /** Remembers the window's settings and view settings. */
    void put(Settings s, double pace, boolean logScale, int exportScale) {
        try {
            putAll(s, pace, logScale, exportScale);
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "cannot save the window's settings", e);
        }
    }

    private void putAll(Settings s, double pace, boolean logScale, int exportScale) {
        node.put(DATASET, s.dataset());
        node.putInt(SAMPLES, s.samples());
        if (!Double.isNaN(s.noise())) {
            node.putDouble(NOISE, s.noise());
        }
        node.putLong(SEED, s.seed());
        node.putInt(HIDDEN, s.hidden());
        node.putInt(CLASSES, s.classes());
        node.putDouble(RATE, s.learningRate());
        node.putDouble(PACE, pace);
        node.putBoolean(LOG_SCALE, logScale);
        node.putInt(EXPORT_SCALE, exportScale);
        flush();
    }

    /** Forgets everything but the window's geometry: the next launch starts from the defaults. */
    void clearSettings() {
        for (String k : new String[] {
            DATASET,
            SAMPLES,
            NOISE,
            SEED,
            HIDDEN,
            RATE,
            PACE,
            LOG_SCALE,
            EXPORT_SCALE,
            LOGISTIC_FEATURES,
            TEST_FRACTION,
            CLASSES
        }) {
            node.remove(k);
        }
        for (Architecture.Setting s : ARCH) {
            node.remove(key(s));
        }
        flush();
    }

    private double read(String key, Limit limit, double otherwise) {
        double v = node.getDouble(key, otherwise);
        return limit.allows(v) ? v : otherwise;
    }

    /** Writes to the store now; a store that cannot be written is logged and forgotten, not the user's problem. */
    void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.log(Level.WARNING, "cannot save the window's settings", e);
        }
    }

    /**
     * Where a window of {@code saved} bounds (null: none remembered) opens on a screen whose usable area is
     * {@code screen}: the saved bounds if they fit, else {@code width} by {@code height} centred; never larger than
     * the screen and always on it.
     */
    static Rectangle2D placement(Rectangle2D saved, Rectangle2D screen, double width, double height) {
        double w = Math.min(saved == null ? width : saved.getWidth(), screen.getWidth());
        double h = Math.min(saved == null ? height : saved.getHeight(), screen.getHeight());
        double x = saved == null ? screen.getMinX() + (screen.getWidth() - w) / 2 : saved.getMinX();
        double y = saved == null ? screen.getMinY() + (screen.getHeight() - h) / 2 : saved.getMinY();
        x = Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - w));
        y = Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }
}
