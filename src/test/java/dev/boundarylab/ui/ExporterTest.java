package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.cli.Cli;
import dev.boundarylab.data.CsvData;
import dev.boundarylab.figure.Figures;
import dev.boundarylab.io.ParametersJson;
import dev.boundarylab.model.Parameters;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.CostSeries;
import dev.boundarylab.train.Settings;
import dev.boundarylab.train.TrainingSnapshot;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's exports, headless: every kind is written and read back, pictures are decoded and compared with
 * the shared renderer and with the command line's figure, and a failed export says so and leaves nothing.
 */
class ExporterTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static final List<Exporter.Kind> PICTURES = List.of(
            Exporter.Kind.NETWORK_PANEL,
            Exporter.Kind.LOGISTIC_PANEL,
            Exporter.Kind.SIDE_BY_SIDE,
            Exporter.Kind.COST_CHART,
            Exporter.Kind.FIGURE,
            Exporter.Kind.WINDOW);

    @TempDir
    Path dir;

    /** Trains {@code epochs} epochs from the start, paused, and waits until the window shows them. */
    private TrainingSnapshot trained(long epochs) throws TimeoutException {
        await("baseline fitted", t -> t.baseline().model() != null);
        window.model().service().step(epochs);
        return await(
                epochs + " epochs trained", t -> t.epoch() == epochs && t.state() == TrainingSnapshot.State.PAUSED);
    }

    /** Starts an export on the FX thread, as the menu does. */
    private CompletableFuture<Path> start(FxRobot robot, Exporter.Kind kind, Path target, int scale) {
        List<CompletableFuture<Path>> f = new ArrayList<>();
        robot.interact(() -> {
            window.exporter().setScale(scale);
            f.add(window.exporter().export(kind, target));
        });
        return f.get(0);
    }

    private Path export(FxRobot robot, Exporter.Kind kind, String name, int scale) throws Exception {
        Path target = dir.resolve(name);
        assertEquals(target, start(robot, kind, target, scale).get(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        return target;
    }

    private static BufferedImage decode(Path png) {
        try {
            BufferedImage img = ImageIO.read(png.toFile());
            assertNotNull(img, "ImageIO decodes " + png);
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String banner(FxRobot robot) {
        Label b = robot.lookup("#banner").queryAs(Label.class);
        return b.isVisible() ? b.getText() : "";
    }

    // ---------------------------------------------------------------- every kind, its size at 1x and 2x

    @Test
    void everyKindIsWrittenAndEachPictureHasItsSizeAtOneAndTwoTimes(FxRobot robot) throws Exception {
        trained(200);
        for (Exporter.Kind kind : Exporter.Kind.values()) {
            Path file = export(robot, kind, "k-" + kind.name().toLowerCase() + "." + kind.extension, 1);
            assertTrue(Files.size(file) > 0, kind + " wrote " + file);
            assertEquals("Exported " + kind.label.toLowerCase() + " to " + file, banner(robot));
        }
        FigureRenderer one = new FigureRenderer(1);
        FigureRenderer two = new FigureRenderer(2);
        double rootW = window.root().getLayoutBounds().getWidth();
        double rootH = window.root().getLayoutBounds().getHeight();
        for (Exporter.Kind kind : PICTURES) {
            BufferedImage a = decode(export(robot, kind, "a-" + kind.name().toLowerCase() + ".png", 1));
            BufferedImage b = decode(export(robot, kind, "b-" + kind.name().toLowerCase() + "@2x.png", 2));
            Dimension expected = switch (kind) {
                case NETWORK_PANEL, LOGISTIC_PANEL -> one.panelSize();
                case SIDE_BY_SIDE -> one.sideBySideSize();
                case COST_CHART -> one.costChartSize();
                case FIGURE -> one.figureSize();
                case WINDOW -> new Dimension((int) Math.round(rootW), (int) Math.round(rootH));
                default -> throw new AssertionError(kind);
            };
            assertEquals(expected, new Dimension(a.getWidth(), a.getHeight()), kind + " at 1x");
            assertEquals(
                    new Dimension(2 * expected.width, 2 * expected.height),
                    new Dimension(b.getWidth(), b.getHeight()),
                    kind + " at 2x is exactly twice as large");
            if (kind != Exporter.Kind.WINDOW) {
                assertEquals(
                        switch (kind) {
                            case NETWORK_PANEL, LOGISTIC_PANEL -> two.panelSize();
                            case SIDE_BY_SIDE -> two.sideBySideSize();
                            case COST_CHART -> two.costChartSize();
                            default -> two.figureSize();
                        },
                        new Dimension(b.getWidth(), b.getHeight()),
                        kind + " at 2x is the renderer's size at 2x");
            }
        }
        assertEquals(1200, Math.round(rootW), "the scene's width");
    }

    @Test
    void theDiagramAndTheUnitsExportAtTheRenderersSizes(FxRobot robot) throws Exception {
        TrainingSnapshot s = trained(200);
        var spec = dev.boundarylab.figure.InsideFigures.diagram(
                LiveFigures.figureData(s), window.model().viewport());
        for (int k = 1; k <= 2; k++) {
            FigureRenderer r = new FigureRenderer(k);
            BufferedImage diagram = decode(export(robot, Exporter.Kind.NETWORK_DIAGRAM, "diagram" + k + ".png", k));
            assertEquals(r.diagramSize(spec), new Dimension(diagram.getWidth(), diagram.getHeight()), k + "x");
            BufferedImage units = decode(export(robot, Exporter.Kind.UNIT_FIELDS, "units" + k + ".png", k));
            // Four hidden units and the output, four panels a row.
            assertEquals(r.gridSize(5, 4), new Dimension(units.getWidth(), units.getHeight()), k + "x");
        }
    }

    @Test
    void theWholeWindowAtTwoTimesHoldsThePlotsDrawnAgainAtTwoTimesNotStretched(FxRobot robot) throws Exception {
        TrainingSnapshot s = trained(300);
        BufferedImage a = decode(export(robot, Exporter.Kind.WINDOW, "window.png", 1));
        BufferedImage b = decode(export(robot, Exporter.Kind.WINDOW, "window@2x.png", 2));
        assertEquals(2 * a.getWidth(), b.getWidth());
        assertEquals(2 * a.getHeight(), b.getHeight());
        // Where the network panel sits in the window, the 2x picture holds the renderer's panel drawn at 2x for
        // the view's size: fine lines and text, not 1x pixels blown up.
        javafx.geometry.Bounds at = window.plots()
                .networkView()
                .localToScene(window.plots().networkView().getLayoutBounds());
        int x0 = (int) Math.round(at.getMinX() * 2);
        int y0 = (int) Math.round(at.getMinY() * 2);
        int w = (int) Math.floor(window.plots().networkView().getWidth() * 2);
        int h = (int) Math.floor(window.plots().networkView().getHeight() * 2);
        BufferedImage panel = LiveFigures.liveRenderer(2)
                .renderBoundaryPanel(
                        Figures.networkPanel(LiveFigures.figureData(s), Viewport.around(s.data())),
                        new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB));
        assertSamePixels(panel, b.getSubimage(x0, y0, w, h), "the network panel inside the 2x window");
        // And the window goes back to drawing its plots at 1x.
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.plots().networkView().repaintIfNeeded());
        assertEquals(
                Math.floor(window.plots().networkView().getWidth()),
                window.plots().networkView().image().getWidth());
    }

    // ---------------------------------------------------------------- one renderer

    @Test
    void theNetworkPanelFromTheWindowIsTheSharedRenderersPictureOfTheSnapshotAtEachScale(FxRobot robot)
            throws Exception {
        TrainingSnapshot s = trained(400);
        for (int scale = 1; scale <= 2; scale++) {
            BufferedImage png = decode(export(robot, Exporter.Kind.NETWORK_PANEL, "net" + scale + ".png", scale));
            BufferedImage expected = new FigureRenderer(scale)
                    .renderBoundaryPanel(Figures.networkPanel(LiveFigures.figureData(s), Viewport.around(s.data())));
            assertSamePixels(expected, png, "network panel at " + scale + "x");
        }
        // What the window shows on screen is the same renderer's picture at the view's size, drawn live from a
        // coarser surface (LiveFigures.LIVE_SURFACE_CELLS) so it can redraw every frame.
        WaitForAsyncUtils.waitForFxEvents();
        int[] screen = MainWindowTest.pixels(window.plots().networkView().image());
        int w = (int) window.plots().networkView().image().getWidth();
        int h = (int) window.plots().networkView().image().getHeight();
        BufferedImage drawn = LiveFigures.liveRenderer(1)
                .renderBoundaryPanel(
                        Figures.networkPanel(LiveFigures.figureData(s), Viewport.around(s.data())),
                        new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB));
        int differ = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                differ += drawn.getRGB(x, y) == screen[y * w + x] ? 0 : 1;
            }
        }
        assertEquals(0, differ, "pixels of the on-screen panel (" + w + " x " + h + ") unlike the renderer's");
    }

    @Test
    void theFigureFromTheWindowIsTheFigureTheCommandLineWritesForTheSameRun(FxRobot robot) throws Exception {
        trained(1000);
        BufferedImage fromWindow = decode(export(robot, Exporter.Kind.FIGURE, "window-figure.png", 1));
        Path cliPng = dir.resolve("cli-figure.png");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("train", "--epochs", "1000", "--png", cliPng.toString());
        assertEquals(Cli.OK, status, err.toString(StandardCharsets.UTF_8));
        assertSamePixels(decode(cliPng), fromWindow, "the window's figure against train --png");
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual, String what) {
        assertEquals(expected.getWidth(), actual.getWidth(), what + ": width");
        assertEquals(expected.getHeight(), actual.getHeight(), what + ": height");
        int differ = 0;
        String first = null;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (expected.getRGB(x, y) != actual.getRGB(x, y)) {
                    differ++;
                    if (first == null) {
                        first = String.format(
                                "(%d, %d): %08X vs %08X", x, y, expected.getRGB(x, y), actual.getRGB(x, y));
                    }
                }
            }
        }
        assertEquals(0, differ, what + ": pixels differ, first at " + first);
    }

    // ---------------------------------------------------------------- failures

    @Test
    void anExportIntoAMissingFolderSaysSoInTheBannerEvenWhileTrainingAndLeavesNoFile(FxRobot robot) throws Exception {
        await("baseline fitted", t -> t.baseline().model() != null);
        robot.clickOn("#playButton");
        await("training", t -> t.state() == TrainingSnapshot.State.RUNNING && t.epoch() > 50);
        Path missing = dir.resolve("gone");
        Path target = missing.resolve("network.png");
        CompletableFuture<Path> f = start(robot, Exporter.Kind.NETWORK_PANEL, target, 1);
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
        assertInstanceOf(IOException.class, e.getCause());
        String expected = "Export failed: cannot write " + target + ": the folder " + missing + " does not exist";
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, banner(robot));
        assertTrue(robot.lookup("#banner").query().getStyleClass().contains("banner-problem"));
        // New snapshots keep coming while training; the message must stay until there is something newer to say.
        long epoch = window.snapshotProperty().get().epoch();
        await("more epochs shown", t -> t.epoch() > epoch + 100);
        assertEquals(expected, banner(robot));
        assertEquals(List.of(), listing(dir));

        // A regular file where the folder should be: how an unwritable folder is simulated when running as root.
        Path file = Files.writeString(dir.resolve("notes.txt"), "keep");
        CompletableFuture<Path> g = start(robot, Exporter.Kind.COST_CSV, file.resolve("cost.csv"), 1);
        assertThrows(ExecutionException.class, () -> g.get(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Export failed: cannot write " + file.resolve("cost.csv") + ": " + file + " is a file, not a folder",
                banner(robot));
        assertEquals(List.of("notes.txt"), listing(dir));
        robot.type(KeyCode.SPACE);
    }

    // ---------------------------------------------------------------- data, costs, parameters

    @Test
    void theParametersJsonIsReadBackByLoadParameters(FxRobot robot) throws Exception {
        TrainingSnapshot s = trained(500);
        Parameters exported = s.parameters();
        Path json = export(robot, Exporter.Kind.PARAMETERS_JSON, "params.json", 1);
        assertEquals(exported, ParametersJson.read(json), "the file holds the shown parameters exactly");
        window.model().service().reset();
        await("reset", t -> t.epoch() == 0 && !t.parameters().equals(exported));
        robot.interact(() -> window.model().loadParameters(json));
        TrainingSnapshot back = await("loaded", t -> t.parameters().equals(exported));
        assertEquals(0, back.epoch());
        assertEquals(s.cost(), back.cost(), 0.0, "the loaded network's cost is the exported one's");
        assertEquals("loaded parameters with 4 hidden units", banner(robot));

        // A file of another size changes the hidden units shown, without the slider restarting the network.
        Parameters seven = Parameters.random(7, 11);
        Path other = dir.resolve("seven.json");
        ParametersJson.write(seven, other);
        robot.interact(() -> window.model().loadParameters(other));
        await("7 hidden units loaded", t -> t.parameters().equals(seven));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        await("still the loaded network", t -> t.parameters().equals(seven));
        assertEquals("7", robot.lookup("#hiddenValue").queryLabeled().getText());
    }

    @Test
    void aReportOfTheCommandLineIsReadBackByLoadParametersAsItsFinalParameters(FxRobot robot) throws Exception {
        trained(10);
        Path report = dir.resolve("run.json");
        Path params = dir.resolve("final.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("train", "--epochs", "400", "--report", report.toString(), "--save-params", params.toString());
        assertEquals(Cli.OK, status, err.toString(StandardCharsets.UTF_8));
        Parameters fin = ParametersJson.read(params);
        robot.interact(() -> window.model().loadParameters(report));
        await("the report's final parameters loaded", t -> t.parameters().equals(fin) && t.epoch() == 0);
        // The window's own run of 400 epochs from the command line's start ends on the same parameters.
        Path init = dir.resolve("init.json");
        ParametersJson.write(Parameters.random(4, Settings.defaults().initSeed()), init);
        robot.interact(() -> window.model().loadParameters(init));
        await(
                "initial parameters loaded",
                t -> t.epoch() == 0 && !t.parameters().equals(fin));
        assertEquals(fin, trained(400).parameters());
    }

    @Test
    void aParametersFileTooLargeForTheWindowIsRefusedWithAMessage(FxRobot robot) throws Exception {
        TrainingSnapshot s = trained(10);
        Path big = dir.resolve("big.json");
        ParametersJson.write(Parameters.random(150, 1), big);
        robot.interact(() -> window.model().loadParameters(big));
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                big + ": the parameters have 150 hidden units; the window trains networks of 1 to 100", banner(robot));
        TrainingSnapshot now = window.snapshotProperty().get();
        assertEquals(s.parameters(), now.parameters(), "the network in use stays as it was");
        assertEquals(4, now.hidden());
    }

    @Test
    void withPointsHeldOutTheCostCsvMergesTheirCostByEpoch(FxRobot robot) throws Exception {
        await("baseline fitted", t -> t.baseline().model() != null);
        robot.interact(() -> window.model().setTestFraction(0.3));
        await("30% held out", t -> t.heldOut().fraction() == 0.3);
        TrainingSnapshot s = trained(300);
        List<String> lines = Files.readAllLines(export(robot, Exporter.Kind.COST_CSV, "cost.csv", 1));
        assertEquals("epoch,cost,test_cost", lines.get(0));
        java.util.Map<Long, String[]> rows = new java.util.TreeMap<>();
        long previous = -1;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertEquals(3, f.length, line);
            long epoch = Long.parseLong(f[0]);
            assertTrue(epoch > previous, "one line per epoch, in order: " + line);
            previous = epoch;
            rows.put(epoch, f);
        }
        CostSeries train = s.costs();
        CostSeries test = s.heldOut().costs();
        assertTrue(test.size() > 1, "test costs were measured");
        java.util.Set<Long> epochs = new java.util.TreeSet<>();
        for (int i = 0; i < train.size(); i++) {
            epochs.add(train.epoch(i));
            assertEquals(train.cost(i), Double.parseDouble(rows.get(train.epoch(i))[1]), 0.0);
        }
        for (int i = 0; i < test.size(); i++) {
            epochs.add(test.epoch(i));
            assertEquals(test.cost(i), Double.parseDouble(rows.get(test.epoch(i))[2]), 0.0);
        }
        assertEquals(epochs, rows.keySet(), "the union of both series' epochs");
        assertEquals(
                epochs.size() - test.size(),
                rows.values().stream().filter(f -> f[2].isEmpty()).count());
        // The last test cost is the shown network's on the held-out points.
        assertEquals(300, test.epoch(test.size() - 1));
        assertEquals(s.network().cost(s.heldOut().test()), Double.parseDouble(rows.get(300L)[2]), 1e-12);
    }

    @Test
    void theCostAndDataCsvHoldWhatTheWindowShows(FxRobot robot) throws Exception {
        TrainingSnapshot s = trained(300);
        Path costs = export(robot, Exporter.Kind.COST_CSV, "cost.csv", 1);
        List<String> lines = Files.readAllLines(costs, StandardCharsets.UTF_8);
        assertEquals("epoch,cost", lines.get(0));
        CostSeries shown = s.costs();
        assertEquals(shown.size() + 1, lines.size());
        assertEquals(301, shown.size(), "epochs 0 to 300");
        for (int i = 0; i < shown.size(); i++) {
            String[] f = lines.get(i + 1).split(",");
            assertEquals(shown.epoch(i), Long.parseLong(f[0]));
            assertEquals(shown.cost(i), Double.parseDouble(f[1]), 0.0, "cost at epoch " + f[0]);
        }
        assertEquals(Math.log(2), Double.parseDouble(lines.get(1).split(",")[1]), 1e-5);
        assertEquals(s.cost(), Double.parseDouble(lines.get(lines.size() - 1).split(",")[1]), 0.0);

        Path data = export(robot, Exporter.Kind.DATA_CSV, "data.csv", 1);
        assertEquals(s.data(), CsvData.read(data));
        assertEquals("x1,x2,label", Files.readAllLines(data).get(0));
    }

    // ---------------------------------------------------------------- names, menu and shortcuts

    @Test
    void theSuggestedNameSaysDataSetHiddenUnitsEpochAndScale(FxRobot robot) throws Exception {
        TrainingSnapshot s = trained(250);
        LocalDateTime when = LocalDateTime.of(2026, 3, 4, 15, 6, 7);
        assertEquals(
                "boundary-lab_gaussian-quantiles_h4_e250_network_20260304-150607.png",
                Exporter.suggestedName(Exporter.Kind.NETWORK_PANEL, s, 1, when));
        assertEquals(
                "boundary-lab_gaussian-quantiles_h4_e250_figure_20260304-150607@2x.png",
                Exporter.suggestedName(Exporter.Kind.FIGURE, s, 2, when));
        assertEquals(
                "boundary-lab_gaussian-quantiles_h4_e250_parameters_20260304-150607.json",
                Exporter.suggestedName(Exporter.Kind.PARAMETERS_JSON, s, 3, when),
                "no scale on a JSON file");
        Set<String> names = new HashSet<>();
        for (Exporter.Kind k : Exporter.Kind.values()) {
            assertTrue(names.add(Exporter.suggestedName(k, s, 1, when)), "each kind has its own name: " + k);
        }
        // Data from a file is named after it, without its extension.
        Path points = dir.resolve("my points.csv");
        CsvData.write(s.data(), points);
        robot.interact(() -> window.model().loadCsv(points));
        TrainingSnapshot fromFile = await("file loaded", t -> t.data().name().equals("my points.csv"));
        assertEquals(
                "boundary-lab_my-points_h4_e0_data_20260304-150607.csv",
                Exporter.suggestedName(Exporter.Kind.DATA_CSV, fromFile, 1, when));
        assertEquals(dir.resolve("figure.png"), Exporter.withExtension(dir.resolve("figure"), Exporter.Kind.FIGURE));
        assertEquals(
                dir.resolve("run.v2.json"),
                Exporter.withExtension(dir.resolve("run.v2.json"), Exporter.Kind.PARAMETERS_JSON));
    }

    @Test
    void theExportMenuHoldsEveryKindWithItsShortcutAndTheScale(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu export = bar.getMenus().stream()
                .filter(m -> m.getText().equals("Export"))
                .findFirst()
                .orElseThrow();
        for (Exporter.Kind kind : Exporter.Kind.values()) {
            MenuItem item = export.getItems().stream()
                    .filter(i -> i.getText() != null
                            && i.getText().startsWith(kind.label + " as " + kind.extension.toUpperCase()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no menu item for " + kind));
            assertEquals(kind.key, item.getAccelerator(), kind + "'s shortcut");
        }
        // The shortcuts the README lists.
        assertEquals(shortcut(KeyCode.DIGIT1), Exporter.Kind.NETWORK_PANEL.key);
        assertEquals(shortcut(KeyCode.DIGIT2), Exporter.Kind.LOGISTIC_PANEL.key);
        assertEquals(shortcut(KeyCode.DIGIT3), Exporter.Kind.SIDE_BY_SIDE.key);
        assertEquals(shortcut(KeyCode.DIGIT4), Exporter.Kind.COST_CHART.key);
        assertEquals(shortcut(KeyCode.E), Exporter.Kind.FIGURE.key);
        assertEquals(
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                Exporter.Kind.WINDOW.key);
        assertEquals(shortcut(KeyCode.S), Exporter.Kind.PARAMETERS_JSON.key);
        assertEquals(shortcut(KeyCode.D), Exporter.Kind.DATA_CSV.key);
        // No two items of the whole menu bar share a shortcut.
        List<KeyCombination> keys = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (i.getAccelerator() != null) {
                    keys.add(i.getAccelerator());
                }
            }
        }
        assertEquals(keys.size(), new HashSet<>(keys).size(), "shortcuts " + keys);

        Menu scale = export.getItems().stream()
                .filter(i -> i instanceof Menu && "Export scale".equals(i.getText()))
                .map(Menu.class::cast)
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("1x", "2x", "3x"),
                scale.getItems().stream().map(MenuItem::getText).collect(Collectors.toList()));
        assertTrue(((RadioMenuItem) scale.getItems().get(0)).isSelected());
        robot.interact(() -> scale.getItems().get(2).fire());
        assertEquals(3, window.exporter().scale());
        assertThrows(IllegalArgumentException.class, () -> window.exporter().setScale(4));
    }

    private static KeyCodeCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
