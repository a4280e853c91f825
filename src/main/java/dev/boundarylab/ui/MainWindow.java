package dev.boundarylab.ui;

import dev.boundarylab.model.Architecture;
import dev.boundarylab.train.Settings;
import dev.boundarylab.train.TrainingSnapshot;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The main window's composition: the menus on top, the controls on the left, the banner and the plots in the
 * middle, the status line below, all bound to one {@link LabModel}; and the frame loop that hands the model's newest
 * snapshot to the plots. It builds and binds; what happens on a click is the model's business, and what is on
 * screen each view's.
 *
 * <p>Construction reads no file and trains nothing; {@link #start()}, once the window is shown, starts the training
 * service, which makes the data and fits its baseline on its own thread while the panels say "loading…".
 */
public final class MainWindow implements AutoCloseable {
    private final LabModel model;
    private final BorderPane root = new BorderPane();
    private final LabMenus menus = new LabMenus();
    private final ControlsView controls = new ControlsView();
    private final BannerView banner = new BannerView();
    private final PlotsView plots = new PlotsView();
    private final StatusBar status = new StatusBar();
    private final DrawBar drawBar = new DrawBar();
    private final EditMenu editMenu = new EditMenu();
    /** The undoable edits of the data by hand, the mouse's drawing on the panels, and opening CSV files. */
    private final DataEdits edits;

    private final DrawTool drawTool;
    private final CsvOpener opener;
    private final Exporter exporter;
    private final SweepWindow sweep;
    private final DiagramWindow diagram;
    /** Both models' confusion matrices, live (Tools → Confusion matrices…). */
    private final ConfusionWindow confusion;

    private final LessonsWindow lessons;
    private final SessionFiles sessions;
    /** Where the settings are remembered between launches; null to remember nothing (most tests). */
    private final LabPrefs prefs;

    private boolean closed;
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            model.refresh();
            plots.repaint();
        }
    };

    /**
     * Builds the window's content on {@code initial}; it trains at once when started if {@code autoPlay}.
     *
     * @throws IllegalArgumentException if a setting is out of range
     */
    public MainWindow(Settings initial, boolean autoPlay) {
        this(initial, autoPlay, null);
    }

    /**
     * Builds the window's content on {@code initial} with what {@code prefs} remembers in its place (null: nothing
     * remembered, nothing saved); it trains at once when started if {@code autoPlay}.
     *
     * @throws IllegalArgumentException if a setting is out of range
     */
    MainWindow(Settings initial, boolean autoPlay, LabPrefs prefs) {
        this.prefs = prefs;
        Settings settings = prefs == null ? initial : prefs.settings(initial);
        Architecture seed = Architecture.seed(settings.hidden());
        model = new LabModel(settings, prefs == null ? seed : prefs.architecture(seed), autoPlay);
        edits = new DataEdits(model::editData);
        drawTool = new DrawTool(model, edits);
        opener = new CsvOpener(model, this::window);
        layOut();
        exporter = new Exporter(model, root, plots.views(), prefs);
        if (prefs != null) {
            model.setPace(prefs.pace(LabModel.START_PACE));
            model.setLogScale(prefs.logScale());
            model.setTestFraction(prefs.testFraction());
            exporter.setScale(prefs.exportScale());
        }
        sweep = new SweepWindow(model, exporter::scale, this::window);
        diagram = new DiagramWindow(model, this::window, plots);
        menus.bind(
                model,
                exporter,
                sweep,
                this::window,
                prefs,
                this::restoreDefaults,
                () -> banner.showHistory(window()),
                diagram::open,
                plots.zeroLinesProperty());
        confusion = new ConfusionWindow(model, this::window);
        menus.bindConfusion(confusion::open);
        lessons = new LessonsWindow(new LessonSteps(model, controls, plots, diagram, sweep), this::window);
        menus.root().getMenus().add(menus.root().getMenus().size() - 1, lessons.menu());
        sessions = new SessionFiles(model, controls, plots, prefs);
        menus.bindSessions(sessions, this::window);
        controls.bind(model);
        banner.bind(model);
        plots.bind(model);
        Readouts.install(plots, model);
        status.bind(model, plots.framesPerSecondProperty());
        drawBar.bind(model, drawTool, edits);
        editMenu.bind(drawTool, edits);
        drawTool.install(plots.networkView(), plots.logisticView());
        menus.openCsvWith(opener::open);
        FileDrop.install(root, opener, model);
        if (prefs != null) {
            // Once bound, so that the model hears it: it fits the baseline so from the start.
            plots.baselineFeatures.choice.setValue(prefs.logisticFeatures(BaselineFeaturesView.Choice.PLAIN));
        }
    }

    private void layOut() {
        root.getStyleClass().add(Styles.ROOT);
        root.setTop(menus.root());
        menus.root().getMenus().add(1, editMenu.root());
        root.setLeft(controls.root());
        plots.baselineFeatures.addLeft(drawBar.root());
        VBox center = new VBox(6, banner.root(), plots.root());
        VBox.setVgrow(plots.root(), Priority.ALWAYS);
        center.setPadding(new Insets(8));
        root.setCenter(center);
        root.setBottom(status.root());
    }

    /**
     * Starts training in the background (the data is made and its baseline fitted off the FX thread) and the frame
     * loop. Called once the window is shown.
     */
    public void start() {
        model.start();
        frames.start();
    }

    /** The window's content. */
    public Parent root() {
        return root;
    }

    /** The newest snapshot shown; null until the first data set is in. */
    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return model.snapshotProperty();
    }

    /** Installs the keyboard shortcuts on the window's scene. */
    public void installShortcuts(Scene scene) {
        Shortcuts.install(scene, model);
        drawTool.installKey(scene);
    }

    /** The window showing this content, or null. */
    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    LabModel model() {
        return model;
    }

    ControlsView controls() {
        return controls;
    }

    BannerView banner() {
        return banner;
    }

    PlotsView plots() {
        return plots;
    }

    Exporter exporter() {
        return exporter;
    }

    /** The confusion matrices' window, for tests. */
    ConfusionWindow confusion() {
        return confusion;
    }

    /** The drawing on the panels, for tests. */
    DrawTool drawTool() {
        return drawTool;
    }

    /** The undoable edits of the data, for tests. */
    DataEdits edits() {
        return edits;
    }

    /** What opens CSV files (the menu's and dropped ones), for tests. */
    CsvOpener opener() {
        return opener;
    }

    /** The network diagram window, for tests. */
    DiagramWindow diagram() {
        return diagram;
    }

    /** The lessons panel, for tests. */
    LessonsWindow lessons() {
        return lessons;
    }

    /** The session files, for tests. */
    SessionFiles sessions() {
        return sessions;
    }

    /** The sweep window, for tests. */
    SweepWindow sweep() {
        return sweep;
    }

    /**
     * Back to the default settings: the seed's data and network, the starting pace, a linear axis, export at 1x;
     * what was remembered is forgotten.
     */
    void restoreDefaults() {
        if (prefs != null) {
            prefs.clearSettings();
        }
        controls.show(model, Settings.defaults(), Architecture.defaults(), LabModel.START_PACE, false);
        model.setTestFraction(0);
        plots.baselineFeatures.choice.setValue(BaselineFeaturesView.Choice.PLAIN);
        exporter.setScale(1);
        menus.showScale(1);
    }

    /** Stops the frame loop, the sweep, any export in progress, the file reader and the training thread. */
    @Override
    public void close() {
        if (prefs != null && !closed) {
            prefs.put(model.settings(), model.paceProperty().get(), model.logScale(), exporter.scale());
            prefs.put(model.architecture());
            prefs.putLogisticFeatures(plots.baselineFeatures.choice.getValue());
            prefs.putTestFraction(model.testFractionProperty().get());
        }
        closed = true;
        frames.stop();
        sweep.close();
        diagram.close();
        confusion.close();
        lessons.close();
        sessions.close();
        exporter.close();
        opener.close();
        model.close();
    }
}
