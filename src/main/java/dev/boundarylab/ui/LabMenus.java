package dev.boundarylab.ui;

import static dev.boundarylab.ui.Widgets.item;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The menu bar: File (open data, load parameters, restore defaults, quit), Run, Tools (the sweep, the message
 * history) and Export.
 */
final class LabMenus {
    private final MenuItem openData = item("Open data (CSV)…", shortcut(KeyCode.O));
    private final MenuItem loadParameters = item("Load parameters (JSON)…", shortcut(KeyCode.L));
    // Ctrl+D is the Export menu's "Data points" accelerator, the same command; named here, not bound twice.
    private final MenuItem saveData = item("Save data (CSV)… (Ctrl+D)", null);
    /** Opens a CSV file of points chosen in the file dialog: at first the model reads it, guessing its columns. */
    private Consumer<Path> openCsv;

    private final MenuItem openSession = item("Open session…", shortcut(KeyCode.O, KeyCombination.SHIFT_DOWN));
    private final MenuItem saveSession = item("Save session…", shortcut(KeyCode.S, KeyCombination.SHIFT_DOWN));
    private final Menu recentSessions = new Menu("Recent sessions");
    private final MenuItem restoreDefaults = item("Restore default settings", null);
    private final MenuItem quit = item("Quit", shortcut(KeyCode.Q));
    // The single keys are named in the text, not made accelerators: an accelerator would fire while a text field
    // has focus; Shortcuts acts on them only when none has.
    private final MenuItem playPause = item("Play / pause (Space)", null);
    private final MenuItem step = item("Step one epoch (Right)", null);
    private final MenuItem step100 = item("Step 100 epochs (Shift+Right)", null);
    private final MenuItem reset = item("Reset (R)", null);
    private final MenuItem reseed = item("Re-seed weights (N)", null);
    private final MenuItem sweep = item("Hidden-layer sweep…", shortcut(KeyCode.G));
    private final MenuItem inside = item("Inside the network…", shortcut(KeyCode.I));
    private final MenuItem history = item("Message history…", shortcut(KeyCode.H));
    private final MenuItem confusion = item("Confusion matrices…", shortcut(KeyCode.M));
    private final javafx.scene.control.CheckMenuItem zeroLines =
            new javafx.scene.control.CheckMenuItem("Zero lines of the first layer");
    private final Menu export = new Menu("Export");
    private final Menu scale = new Menu("Export scale");
    private final MenuBar bar;
    private LabPrefs prefs;

    /** Builds the menus, their items doing nothing yet. */
    LabMenus() {
        Menu file = new Menu("File");
        file.getItems()
                .addAll(
                        openData,
                        saveData,
                        loadParameters,
                        new SeparatorMenuItem(),
                        openSession,
                        saveSession,
                        recentSessions,
                        new SeparatorMenuItem(),
                        restoreDefaults,
                        new SeparatorMenuItem(),
                        quit);
        Menu run = new Menu("Run");
        run.getItems().addAll(playPause, step, step100, reset, reseed);
        Menu tools = new Menu("Tools");
        zeroLines.setId("zeroLinesItem");
        zeroLines.setAccelerator(
                new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        tools.getItems().addAll(sweep, inside, confusion, zeroLines, history);
        for (Exporter.Kind k : Exporter.Kind.values()) {
            export.getItems().add(item(k.menuText(), k.key));
        }
        ToggleGroup g = new ToggleGroup();
        for (int k = 1; k <= 3; k++) {
            RadioMenuItem r = new RadioMenuItem(k + "x");
            r.setToggleGroup(g);
            r.setSelected(k == 1);
            scale.getItems().add(r);
        }
        export.getItems().addAll(new SeparatorMenuItem(), scale);
        bar = new MenuBar(file, run, tools, export);
        bar.setId("menuBar");
    }

    MenuBar root() {
        return bar;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcut(KeyCode code, KeyCombination.Modifier also) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, also);
    }

    /** Makes the session items open and save {@code sessions}, and lists its recent files. */
    void bindSessions(SessionFiles sessions, Supplier<Window> window) {
        openSession.setId("openSessionItem");
        saveSession.setId("saveSessionItem");
        recentSessions.setId("recentSessionsMenu");
        on(openSession, () -> sessions.chooseAndOpen(window.get()));
        on(saveSession, () -> sessions.chooseAndSave(window.get()));
        sessions.recentProperty().addListener((o, a, b) -> showRecent(sessions, b));
        showRecent(sessions, sessions.recentProperty().get());
    }

    private void showRecent(SessionFiles sessions, java.util.List<Path> files) {
        recentSessions.getItems().clear();
        for (Path f : files) {
            MenuItem i = new MenuItem(f.getFileName() + "  (" + f.getParent() + ")");
            i.setMnemonicParsing(false);
            on(i, () -> sessions.openRecent(f));
            recentSessions.getItems().add(i);
        }
        recentSessions.setDisable(files.isEmpty());
    }

    /**
     * Makes each item do its command.
     *
     * @param window the main window, owner of the file dialogs and hidden by Quit; null while not shown
     */
    void bind(
            LabModel model,
            Exporter exporter,
            SweepWindow sweepWindow,
            Supplier<Window> window,
            LabPrefs prefs,
            Runnable restore,
            Runnable showHistory,
            Runnable showDiagram,
            javafx.beans.property.BooleanProperty showZeroLines) {
        zeroLines.selectedProperty().bindBidirectional(showZeroLines);
        this.prefs = prefs;
        if (openCsv == null) {
            openCsv = model::loadCsv;
        }
        on(openData, () -> chooseOpen(window.get(), "Open data", "CSV files", "*.csv", p -> openCsv.accept(p)));
        on(saveData, () -> exporter.chooseAndExport(Exporter.Kind.DATA_CSV));
        on(
                loadParameters,
                () -> chooseOpen(
                        window.get(), "Load parameters", "JSON files", "*.json", p -> model.loadParameters(p)));
        on(restoreDefaults, restore);
        on(history, showHistory);
        on(quit, () -> Optional.ofNullable(window.get()).ifPresent(Window::hide));
        on(playPause, model::togglePlay);
        on(step, () -> model.step(1));
        on(step100, () -> model.step(100));
        on(reset, model::reset);
        on(reseed, model::reseed);
        on(sweep, sweepWindow::open);
        on(inside, showDiagram);
        Exporter.Kind[] kinds = Exporter.Kind.values();
        for (int i = 0; i < kinds.length; i++) {
            Exporter.Kind k = kinds[i];
            on(export.getItems().get(i), () -> exporter.chooseAndExport(k));
        }
        for (int i = 0; i < scale.getItems().size(); i++) {
            int k = i + 1;
            on(scale.getItems().get(i), () -> exporter.setScale(k));
        }
        showScale(exporter.scale());
    }

    /** Makes Tools → Confusion matrices… do {@code show}. */
    void bindConfusion(Runnable show) {
        on(confusion, show);
    }

    /** Opens the CSV files chosen in File → Open data with {@code open} (which may ask for the columns). */
    void openCsvWith(Consumer<Path> open) {
        openCsv = open;
    }

    /** Ticks the export scale {@code k} (1 to 3). */
    void showScale(int k) {
        ((RadioMenuItem) scale.getItems().get(k - 1)).setSelected(true);
    }

    private static void on(MenuItem item, Runnable action) {
        item.setOnAction(e -> action.run());
    }

    private void chooseOpen(Window owner, String title, String kind, String pattern, Consumer<Path> then) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        File folder = prefs == null ? null : prefs.folder(LabPrefs.Folder.OPEN);
        if (folder != null) {
            fc.setInitialDirectory(folder);
        }
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File f = fc.showOpenDialog(owner);
        if (f != null) {
            if (prefs != null) {
                prefs.putFolder(LabPrefs.Folder.OPEN, f.getParentFile());
            }
            then.accept(f.toPath());
        }
    }
}
