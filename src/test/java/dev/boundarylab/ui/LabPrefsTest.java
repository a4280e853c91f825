package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.train.Settings;
import java.io.File;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's memory, in a node of its own under the user root that is removed afterwards. */
class LabPrefsTest {
    /** A fresh node nobody else uses; never the app's. */
    static Preferences testNode() {
        return Preferences.userRoot().node("/dev/boundarylab-test/" + UUID.randomUUID());
    }

    /** Removes a node {@link #testNode} made, and the test nodes' parent once it is empty. */
    static void remove(Preferences node) throws BackingStoreException {
        Preferences parent = node.parent();
        node.removeNode();
        if (parent.childrenNames().length == 0 && parent.keys().length == 0) {
            parent.removeNode();
        }
        parent.flush();
    }

    private final Preferences node = testNode();
    private final LabPrefs prefs = new LabPrefs(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        remove(node);
    }

    @Test
    void nothingRememberedGivesTheDefaults() {
        Settings d = Settings.defaults();
        Settings s = prefs.settings(d);
        assertEquals(d.dataset(), s.dataset());
        assertEquals(200, s.samples());
        assertTrue(Double.isNaN(s.noise()));
        assertEquals(4, s.hidden());
        assertEquals(1.2, s.learningRate(), 0.0);
        assertEquals(300, prefs.pace(300), 0.0);
        assertFalse(prefs.logScale());
        assertEquals(1, prefs.exportScale());
        assertNull(prefs.geometry());
    }

    @Test
    void theFeatureOrderShuffleSeedAndAChosenScaleComeBack() {
        dev.boundarylab.model.Architecture a = new dev.boundarylab.model.Architecture(
                java.util.List.of(
                        dev.boundarylab.model.Feature.X2SQ,
                        dev.boundarylab.model.Feature.X1,
                        dev.boundarylab.model.Feature.X2),
                java.util.List.of(6, 3),
                dev.boundarylab.model.Activation.RELU,
                0,
                16,
                99,
                dev.boundarylab.model.InitScale.HE);
        prefs.put(a);
        assertEquals(a, prefs.architecture(dev.boundarylab.model.Architecture.defaults()));
    }

    @Test
    void whatIsPutComesBack(@TempDir Path dir) {
        Settings s = Settings.defaults()
                .withDataset("moons")
                .withData(500, 0.3, 9)
                .withHidden(12)
                .withLearningRate(0.05);
        prefs.put(s, Double.POSITIVE_INFINITY, true, 3);
        prefs.putFolder(LabPrefs.Folder.EXPORT, dir.toFile());
        prefs.putGeometry(new Rectangle2D(10, 20, 1000, 700));

        LabPrefs again = new LabPrefs(node);
        Settings r = again.settings(Settings.defaults());
        assertEquals("moons", r.dataset());
        assertEquals(500, r.samples());
        assertEquals(0.3, r.noise(), 0.0);
        assertEquals(9, r.seed());
        assertEquals(12, r.hidden());
        assertEquals(0.05, r.learningRate(), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, again.pace(300), 0.0);
        assertTrue(again.logScale());
        assertEquals(3, again.exportScale());
        assertEquals(dir.toFile().getAbsoluteFile(), again.folder(LabPrefs.Folder.EXPORT));
        assertNull(again.folder(LabPrefs.Folder.OPEN));
        assertEquals(new Rectangle2D(10, 20, 1000, 700), again.geometry());

        again.clearSettings();
        assertEquals(4, new LabPrefs(node).settings(Settings.defaults()).hidden());
        assertEquals(new Rectangle2D(10, 20, 1000, 700), new LabPrefs(node).geometry(), "geometry stays");
    }

    @Test
    void valuesOutOfRangeOrDamagedAreTheDefaults() {
        node.putInt("hidden", 500);
        node.putDouble("learningRate", -1);
        node.put("samples", "lots");
        node.put("dataset", "no-such-set");
        node.putDouble("pace", 1);
        node.putInt("exportScale", 9);
        node.put("openFolder", new File("/no/such/folder").getPath());
        Settings s = prefs.settings(Settings.defaults());
        assertEquals(4, s.hidden());
        assertEquals(1.2, s.learningRate(), 0.0);
        assertEquals(200, s.samples());
        assertEquals("gaussian-quantiles", s.dataset());
        assertEquals(300, prefs.pace(300), 0.0);
        assertEquals(1, prefs.exportScale());
        assertNull(prefs.folder(LabPrefs.Folder.OPEN));
    }

    @Test
    void theWindowOpensAtItsSizeButNeverLargerThanTheScreen() {
        Rectangle2D big = new Rectangle2D(0, 0, 1920, 1080);
        assertEquals(new Rectangle2D(320, 130, 1280, 820), LabPrefs.placement(null, big, 1280, 820));
        Rectangle2D small = new Rectangle2D(0, 30, 1024, 738);
        assertEquals(new Rectangle2D(0, 30, 1024, 738), LabPrefs.placement(null, small, 1280, 820));
        // A remembered place off screen (a monitor unplugged) is brought back onto it.
        Rectangle2D off = new Rectangle2D(3000, -50, 1100, 700);
        assertEquals(new Rectangle2D(820, 0, 1100, 700), LabPrefs.placement(off, big, 1280, 820));
    }
}
