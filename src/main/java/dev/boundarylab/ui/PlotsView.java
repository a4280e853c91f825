package dev.boundarylab.ui;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.figure.FigureData;
import dev.boundarylab.figure.Figures;
import dev.boundarylab.figure.InsideFigures;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.render.PanelSpec;
import dev.boundarylab.train.TrainingSnapshot;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The two boundary panels side by side and the cost chart below them, each drawn by the shared renderer from the
 * model's newest snapshot; "loading…" until the first one arrives. The boundary is redrawn every frame it changes,
 * the chart at most 20 times a second while training.
 */
final class PlotsView {
    /** The least time between two redraws of the cost chart while training: 20 a second. */
    private static final long CHART_FRAME_NANOS = 50_000_000L;

    private final RasterView networkView = new RasterView();
    private final RasterView logisticView = new RasterView();
    private final RasterView costView = new RasterView();
    /** The key of the panels: the classes' colours, the boundary and the probability ramp. */
    private final RasterView legendView = new RasterView();

    /** Which features the baseline is fitted on, over the panels. */
    final BaselineFeaturesView baselineFeatures = new BaselineFeaturesView();

    /** The cost chart's least height, in pixels, however the divider is dragged or the window shrunk. */
    static final double CHART_MIN_HEIGHT = 120;

    private final SplitPane root;
    private final ReadOnlyDoubleWrapper framesPerSecond = new ReadOnlyDoubleWrapper();
    /** The diagram's unit the network panel shows instead of the output ({layer, unit}), or null. */
    private final javafx.beans.property.ObjectProperty<int[]> shownUnit =
            new javafx.beans.property.SimpleObjectProperty<>();
    /** The training point under the cursor on a panel (its index in the snapshot's data), or -1. */
    private final javafx.beans.property.IntegerProperty hoveredPoint =
            new javafx.beans.property.SimpleIntegerProperty(-1);
    /** Whether the network panel shows the zero lines of the first layer's units. */
    private final javafx.beans.property.BooleanProperty zeroLines =
            new javafx.beans.property.SimpleBooleanProperty(false);

    private LabModel model;
    private boolean chartDirty = true;
    private long lastChartPaint;
    private long fpsStart = System.nanoTime();
    private long fpsPaints;

    /** Builds the three views, showing nothing yet. */
    PlotsView() {
        networkView.setId("networkPanel");
        logisticView.setId("logisticPanel");
        costView.setId("costChart");
        legendView.setId("panelLegend");
        HBox panels = new HBox(8, networkView, logisticView);
        HBox.setHgrow(networkView, Priority.ALWAYS);
        HBox.setHgrow(logisticView, Priority.ALWAYS);
        panels.setFillHeight(true);
        // The key's height in the figure's proportion; the panels take the rest.
        legendView.setMinHeight(FigureRenderer.LEGEND_HEIGHT);
        legendView.setPrefHeight(FigureRenderer.LEGEND_HEIGHT);
        legendView.setMaxHeight(FigureRenderer.LEGEND_HEIGHT);
        VBox top = new VBox(baselineFeatures.root(), panels, legendView);
        VBox.setVgrow(panels, Priority.ALWAYS);
        // The chart keeps room for its title, a readable curve and its axis in a window of the least size.
        costView.setMinHeight(CHART_MIN_HEIGHT);
        root = new SplitPane(top, costView);
        root.setOrientation(Orientation.VERTICAL);
        root.setDividerPositions(0.68);
    }

    /**
     * The unit of the diagram, {layer, unit} with layer 0 the inputs, whose field the network panel shows while
     * it is hovered or pinned; null (or an input or the output) for the network's own picture.
     */
    javafx.beans.property.ObjectProperty<int[]> shownUnitProperty() {
        return shownUnit;
    }

    /** The training point hovered on a panel, its index in the snapshot's data; -1 for none. */
    javafx.beans.property.IntegerProperty hoveredPointProperty() {
        return hoveredPoint;
    }

    /** Whether the network panel shows the first layer's zero lines (the Tools menu's toggle). */
    javafx.beans.property.BooleanProperty zeroLinesProperty() {
        return zeroLines;
    }

    Parent root() {
        return root;
    }

    RasterView networkView() {
        return networkView;
    }

    RasterView logisticView() {
        return logisticView;
    }

    RasterView costView() {
        return costView;
    }

    /** The three views, for an export of the whole window at another scale. */
    List<RasterView> views() {
        return List.of(networkView, logisticView, legendView, costView);
    }

    /** How many times a second the network panel was redrawn, over the last second. */
    ReadOnlyDoubleProperty framesPerSecondProperty() {
        return framesPerSecond.getReadOnlyProperty();
    }

    /** The snapshot the figure below was made from, and that figure: made once a snapshot, read by every view. */
    private TrainingSnapshot figureOf;

    private FigureData figure;

    /** What the views draw of {@code s}, made once for each new snapshot rather than once a painter and frame. */
    private FigureData figure(TrainingSnapshot s) {
        if (s != figureOf) {
            figure = LiveFigures.figureData(s);
            figureOf = s;
        }
        return figure;
    }

    /** Draws the model's snapshot: painters read it, and a new one marks what it changes for the next frame. */
    void bind(LabModel lab) {
        this.model = lab;
        baselineFeatures.bind(lab);
        LiveFigures.RendererCache net = new LiveFigures.RendererCache();
        LiveFigures.RendererCache logistic = new LiveFigures.RendererCache();
        LiveFigures.RendererCache cost = new LiveFigures.RendererCache();
        networkView.setPainter((img, scale) -> {
            TrainingSnapshot s = model.snapshot();
            if (s == null) {
                placeholder(img, scale, "loading…");
            } else {
                FigureData d = figure(s);
                boolean brief = !fits(Figures.networkTitle(d), img.getWidth() / scale);
                int[] u = shownUnit.get();
                boolean hidden = u != null && u[0] >= 1 && u[0] < d.network().depth();
                PanelSpec panel = hidden
                        ? InsideFigures.unitPanel(d, model.viewport(), u[0] - 1, u[1])
                        : Figures.networkPanel(d, model.viewport(), brief);
                if (zeroLines.get()) {
                    panel = panel.withLines(Figures.zeroLines(d));
                }
                net.at(scale).renderBoundaryPanel(panel, img);
            }
        });
        logisticView.setPainter((img, scale) -> {
            TrainingSnapshot s = model.snapshot();
            if (s == null) {
                placeholder(img, scale, "loading…");
            } else {
                FigureData d = figure(s);
                boolean brief = !fits(Figures.logisticTitle(d), img.getWidth() / scale);
                logistic.at(scale).renderBoundaryPanel(Figures.logisticPanel(d, model.viewport(), brief), img);
            }
        });
        LiveFigures.RendererCache key = new LiveFigures.RendererCache();
        legendView.setPainter((img, scale) -> {
            TrainingSnapshot s = model.snapshot();
            key.at(scale)
                    .renderLegend(
                            img,
                            s == null ? Dataset.DEFAULT_LABEL_NAMES : s.data().labelNames());
        });
        costView.setPainter((img, scale) -> {
            TrainingSnapshot s = model.snapshot();
            if (s == null) {
                placeholder(img, scale, "");
            } else {
                cost.at(scale).renderCostChart(Figures.costChart(figure(s), model.logScale()), img);
            }
        });
        model.snapshotProperty().addListener((o, previous, s) -> {
            if (previous == null || previous.data() != s.data()) {
                legendView.invalidate(); // the classes' names are the data's
            }
            if (previous == null
                    || previous.baseline() != s.baseline()
                    || previous.data() != s.data()
                    || previous.heldOut().test() != s.heldOut().test()) {
                logisticView.invalidate();
            }
            networkView.invalidate();
            chartDirty = true;
            networkView.setAccessibleText(Figures.networkTitle(figure(s)));
            logisticView.setAccessibleText(Figures.logisticTitle(figure(s)));
        });
        model.logScaleProperty().addListener(o -> costView.invalidate());
        zeroLines.addListener(o -> networkView.invalidate());
        shownUnit.addListener(o -> networkView.invalidate());
    }

    /**
     * Once a frame: repaints what changed. The boundary is redrawn every frame; the cost chart, whose change from
     * frame to frame is a pixel or two, at most {@link #CHART_FRAME_NANOS} apart while training, and at once when
     * training stops.
     */
    void repaint() {
        long t = System.nanoTime();
        TrainingSnapshot s = model.snapshot();
        if (chartDirty
                && (t - lastChartPaint >= CHART_FRAME_NANOS
                        || s == null
                        || s.state() != TrainingSnapshot.State.RUNNING)) {
            costView.invalidate();
            chartDirty = false;
            lastChartPaint = t;
        }
        networkView.repaintIfNeeded();
        logisticView.repaintIfNeeded();
        costView.repaintIfNeeded();
        legendView.repaintIfNeeded();
        long now = System.nanoTime();
        if (now - fpsStart >= 1_000_000_000L) {
            long paints = networkView.paintCount();
            framesPerSecond.set((paints - fpsPaints) * 1e9 / (now - fpsStart));
            fpsStart = now;
            fpsPaints = paints;
        }
    }

    /**
     * Whether {@code title} fits whole on a panel {@code width} wide (in unscaled pixels): measured in the largest
     * title font a panel uses (bold 15), with room for the panel's padding, so the chosen title is never cut.
     */
    static boolean fits(String title, double width) {
        return TITLE_METRICS.stringWidth(title) + 2 * TITLE_PAD <= width;
    }

    private static final int TITLE_PAD = 12;
    private static final FontMetrics TITLE_METRICS;

    static {
        BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = one.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            TITLE_METRICS = g.getFontMetrics(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        } finally {
            g.dispose();
        }
    }

    /** A blank panel saying {@code text}: what is shown before there is anything to draw. */
    static void placeholder(BufferedImage img, double scale, String text) {
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(13 * scale)));
            g.setColor(new Color(0x5b6473));
            FontMetrics fm = g.getFontMetrics();
            g.drawString(text, (img.getWidth() - fm.stringWidth(text)) / 2, img.getHeight() / 2);
        } finally {
            g.dispose();
        }
    }
}
