package dev.boundarylab.render;

import java.awt.AlphaComposite;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;

/**
 * Composes the app's pictures at a resolution {@code scale} (1 for the screen, 2 or 3 for slides and print): one
 * decision panel, two panels side by side, the cost chart, the full figure (two panels, their key, and the cost
 * chart below, as written by {@code train --png}), and a gallery of small panels (the hidden-layer sweep).
 *
 * <p>Sizes are given in base units (the constants below) and multiplied by the scale, so a figure at scale 2 is
 * exactly twice as wide and high as at scale 1; text, lines and points are drawn at that resolution, not
 * stretched. Every picture can be drawn into a caller's image, reused from frame to frame, or into a new image
 * ({@link BufferedImage#TYPE_INT_ARGB}, opaque). Every picture is drawn whole by Java2D, the same way for the
 * window and for export; the renderer keeps its surface between calls. Not thread-safe: one renderer per drawing
 * thread.
 */
public final class FigureRenderer {
    /** Width of one decision panel, in base units. */
    public static final int PANEL_WIDTH = 460;
    /** Height of one decision panel, in base units. */
    public static final int PANEL_HEIGHT = 470;
    /** Height of the key between the panels and the cost chart in {@link #renderFigure}. */
    public static final int LEGEND_HEIGHT = 34;
    /** Width of a cost chart, the width of two panels. */
    public static final int CHART_WIDTH = 2 * PANEL_WIDTH;
    /** Height of a cost chart. */
    public static final int CHART_HEIGHT = 290;
    /** Width of one small panel of {@link #renderGrid}. */
    public static final int GRID_PANEL_WIDTH = 250;
    /** Height of one small panel of {@link #renderGrid}. */
    public static final int GRID_PANEL_HEIGHT = 262;
    /** The largest scale accepted. */
    public static final double MAX_SCALE = 8;

    private final double scale;
    private final ColorMap colors;
    private final BoundaryPanelRenderer panels;
    private final CostChartRenderer chart = new CostChartRenderer();
    private final NetworkDiagramRenderer diagram;
    private final ConfusionRenderer confusion;

    /**
     * A renderer at {@code scale} device pixels per base unit, with the house colours.
     *
     * @throws IllegalArgumentException if scale is not in (0, {@value #MAX_SCALE}]
     */
    public FigureRenderer(double scale) {
        this(scale, ColorMap.DEFAULT);
    }

    /**
     * A renderer at {@code scale} device pixels per base unit with the given colours.
     *
     * @throws IllegalArgumentException if scale is not in (0, {@value #MAX_SCALE}] or colors is null
     */
    public FigureRenderer(double scale, ColorMap colors) {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException(
                    "figure scale must be above 0 and at most " + MAX_SCALE + ", got " + scale);
        }
        if (colors == null) {
            throw new IllegalArgumentException("colour map is null");
        }
        this.scale = scale;
        this.colors = colors;
        this.panels = new BoundaryPanelRenderer(colors);
        this.diagram = new NetworkDiagramRenderer(colors);
        this.confusion = new ConfusionRenderer(colors);
    }

    /** The size of a network diagram of {@code spec}: the figure's width, tall enough for its tallest layer. */
    public Dimension diagramSize(NetworkDiagramSpec spec) {
        double h = Math.max(260, Math.min(1400, 90 + spec.tallest() * 62));
        return new Dimension(pixels(CHART_WIDTH), pixels(h));
    }

    /** The network diagram in a new image of {@link #diagramSize}. */
    public BufferedImage renderNetworkDiagram(NetworkDiagramSpec spec) {
        requireSpec(spec, "network diagram");
        return renderNetworkDiagram(spec, image(diagramSize(spec)));
    }

    /**
     * The network diagram filling {@code target}, whatever its size; a window passes the same image every frame.
     *
     * @param target the image drawn into, modified; returned for convenience
     */
    public BufferedImage renderNetworkDiagram(NetworkDiagramSpec spec, BufferedImage target) {
        requireSpec(spec, "network diagram");
        return drawInto(target, g -> diagram.draw(g, 0, 0, width(target), height(target), spec));
    }

    /** The pixel size of {@link #renderConfusion(ConfusionSpec)}: each table at its base size, in a grid. */
    public Dimension confusionSize(ConfusionSpec spec) {
        requireSpec(spec, "confusion matrices");
        Dimension t = ConfusionRenderer.tableSize(spec.classNames().size());
        int cols = Math.min(spec.columns(), spec.tables().size());
        return new Dimension(pixels(cols * t.width), pixels(spec.rows() * t.height));
    }

    /** The confusion matrices of {@code spec} in a new image of {@link #confusionSize}. */
    public BufferedImage renderConfusion(ConfusionSpec spec) {
        return renderConfusion(spec, image(confusionSize(spec)));
    }

    /**
     * The confusion matrices of {@code spec} filling {@code target}, each table scaled to its share of it; a window
     * passes the same image every frame.
     *
     * @param target the image drawn into, modified; returned for convenience
     */
    public BufferedImage renderConfusion(ConfusionSpec spec, BufferedImage target) {
        requireSpec(spec, "confusion matrices");
        return drawInto(target, g -> confusion.draw(g, 0, 0, width(target), height(target), spec));
    }

    /** Device pixels per base unit. */
    public double scale() {
        return scale;
    }

    /** The renderer drawing the decision panels: its surface resolution cap and last plot area. */
    public BoundaryPanelRenderer panelRenderer() {
        return panels;
    }

    /** {@code base} base units in device pixels at this scale. */
    public int pixels(double base) {
        return (int) Math.round(base * scale);
    }

    /** The pixel size of {@link #renderBoundaryPanel(PanelSpec)}. */
    public Dimension panelSize() {
        return new Dimension(pixels(PANEL_WIDTH), pixels(PANEL_HEIGHT));
    }

    /** The pixel size of {@link #renderSideBySide(PanelSpec, PanelSpec)}. */
    public Dimension sideBySideSize() {
        return new Dimension(pixels(2 * PANEL_WIDTH), pixels(PANEL_HEIGHT));
    }

    /** The pixel size of {@link #renderCostChart(CostChartSpec)}. */
    public Dimension costChartSize() {
        return new Dimension(pixels(CHART_WIDTH), pixels(CHART_HEIGHT));
    }

    /** The pixel size of {@link #renderFigure(PanelSpec, PanelSpec, CostChartSpec)}. */
    public Dimension figureSize() {
        return new Dimension(pixels(2 * PANEL_WIDTH), pixels(PANEL_HEIGHT + LEGEND_HEIGHT + CHART_HEIGHT));
    }

    /** The pixel size of {@link #renderGrid} for {@code count} panels in {@code columns} columns. */
    public Dimension gridSize(int count, int columns) {
        if (count < 1) {
            throw new IllegalArgumentException("a grid needs at least one panel, got " + count);
        }
        if (columns < 1) {
            throw new IllegalArgumentException("a grid needs at least one column, got " + columns);
        }
        int cols = Math.min(columns, count);
        int rows = (count + columns - 1) / columns;
        return new Dimension(pixels(cols * GRID_PANEL_WIDTH), pixels(rows * GRID_PANEL_HEIGHT));
    }

    /** One decision panel in a new image of {@link #panelSize()}. */
    public BufferedImage renderBoundaryPanel(PanelSpec spec) {
        return renderBoundaryPanel(spec, image(panelSize()));
    }

    /**
     * One decision panel filling {@code target}, whatever its size (at this renderer's scale); a window passes the
     * same image every frame.
     *
     * @param target the image drawn into, modified; returned for convenience
     */
    public BufferedImage renderBoundaryPanel(PanelSpec spec, BufferedImage target) {
        requireSpec(spec, "panel");
        return drawInto(target, g -> panels.draw(g, 0, 0, width(target), height(target), spec));
    }

    /** Two panels side by side in a new image of {@link #sideBySideSize()}; give both the same viewport. */
    public BufferedImage renderSideBySide(PanelSpec left, PanelSpec right) {
        return renderSideBySide(left, right, image(sideBySideSize()));
    }

    /**
     * Two panels side by side filling {@code target}, each half of its width. To compare the models, give both
     * specs the same viewport (same axes); the renderer draws what each spec says.
     *
     * @param target the image drawn into, modified; returned for convenience
     */
    public BufferedImage renderSideBySide(PanelSpec left, PanelSpec right, BufferedImage target) {
        requireSpec(left, "left panel");
        requireSpec(right, "right panel");
        return drawInto(target, g -> {
            double w = width(target) / 2;
            panels.draw(g, 0, 0, w, height(target), left);
            panels.draw(g, w, 0, w, height(target), right);
        });
    }

    /** The cost chart in a new image of {@link #costChartSize()}. */
    public BufferedImage renderCostChart(CostChartSpec spec) {
        return renderCostChart(spec, image(costChartSize()));
    }

    /**
     * The cost chart filling {@code target}, whatever its size; a window passes the same image every frame.
     *
     * @param target the image drawn into, modified; returned for convenience
     */
    public BufferedImage renderCostChart(CostChartSpec spec, BufferedImage target) {
        requireSpec(spec, "cost chart");
        return drawInto(target, g -> chart.draw(g, 0, 0, width(target), height(target), spec));
    }

    /**
     * The key of the panels filling {@code target}: the two classes' colours, the boundary and the probability
     * ramp of the heat map, as under the panels of a figure; the window shows it under its two panels. The classes
     * are called by {@code classNames} (a data set's {@code labelNames()}).
     *
     * @param target the image drawn into, modified; returned for convenience
     */
    public BufferedImage renderLegend(BufferedImage target, java.util.List<String> classNames) {
        return drawInto(target, g -> Legend.draw(g, colors, classNames, 0, 0, width(target), height(target)));
    }

    /**
     * The figure of a run in a new image of {@link #figureSize()}: the two panels side by side, their key, and the
     * cost chart below.
     */
    public BufferedImage renderFigure(PanelSpec left, PanelSpec right, CostChartSpec costs) {
        return renderFigure(left, right, costs, image(figureSize()));
    }

    /**
     * The figure of a run filling {@code target}, its height shared out in the proportions of
     * {@link #figureSize()}.
     *
     * @param target the image drawn into, modified; returned for convenience
     */
    public BufferedImage renderFigure(PanelSpec left, PanelSpec right, CostChartSpec costs, BufferedImage target) {
        requireSpec(left, "left panel");
        requireSpec(right, "right panel");
        requireSpec(costs, "cost chart");
        return drawInto(target, g -> {
            double w = width(target);
            double f = height(target) / (PANEL_HEIGHT + LEGEND_HEIGHT + CHART_HEIGHT);
            double ph = PANEL_HEIGHT * f;
            double lh = LEGEND_HEIGHT * f;
            panels.draw(g, 0, 0, w / 2, ph, left);
            panels.draw(g, w / 2, 0, w / 2, ph, right);
            Legend.draw(g, colors, left.data().labelNames(), 0, ph, w, lh);
            chart.draw(g, 0, ph + lh, w, height(target) - ph - lh, costs);
        });
    }

    /**
     * A gallery of small panels, row by row in {@code columns} columns, in a new image of
     * {@link #gridSize(int, int)}: for instance one panel per hidden-layer size, titled "3 hidden — 90.5%".
     *
     * @throws IllegalArgumentException if there are no panels or columns is below 1
     */
    public BufferedImage renderGrid(List<PanelSpec> specs, int columns) {
        if (specs == null) {
            throw new IllegalArgumentException("grid panels are null");
        }
        Dimension size = gridSize(specs.size(), columns);
        BufferedImage target = image(size);
        return drawInto(target, g -> {
            for (int i = 0; i < specs.size(); i++) {
                requireSpec(specs.get(i), "grid panel " + i);
                double px = (i % columns) * GRID_PANEL_WIDTH;
                double py = (i / columns) * GRID_PANEL_HEIGHT;
                panels.draw(g, px, py, GRID_PANEL_WIDTH, GRID_PANEL_HEIGHT, specs.get(i));
            }
        });
    }

    private static void requireSpec(Object spec, String what) {
        if (spec == null) {
            throw new IllegalArgumentException(what + " is null");
        }
    }

    private static BufferedImage image(Dimension size) {
        return new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_ARGB);
    }

    /**
     * Fills {@code target} with opaque white, lets {@code painter} draw into it in base units with the house hints,
     * and returns it.
     */
    private BufferedImage drawInto(BufferedImage target, Consumer<Graphics2D> painter) {
        if (target == null) {
            throw new IllegalArgumentException("target image is null");
        }
        Graphics2D g = target.createGraphics();
        try {
            Style.hints(g);
            g.setComposite(AlphaComposite.Src);
            g.setColor(Style.BACKGROUND);
            g.fillRect(0, 0, target.getWidth(), target.getHeight());
            g.setComposite(AlphaComposite.SrcOver);
            g.scale(scale, scale);
            painter.accept(g);
        } finally {
            g.dispose();
        }
        return target;
    }

    private double width(BufferedImage target) {
        return target.getWidth() / scale;
    }

    private double height(BufferedImage target) {
        return target.getHeight() / scale;
    }
}
