package dev.boundarylab.render;

import dev.boundarylab.data.Dataset;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * Draws one decision panel with Java2D: the model's probability of class 1 as a colour field, faint grid lines,
 * the decision boundary (p = 0.5) as a line, the data points coloured by class, axes with numbered ticks, and a
 * title. A model of more than two classes is drawn by its most probable class instead ({@link ClassField}): each
 * place in that class's colour, pale where it is unsure, and the lines between the classes.
 *
 * <p>The field is sampled at one surface cell per device pixel of the plot, at most {@link #maxSurfaceResolution}
 * cells a side, coloured through the {@link ColorMap} lookup table into a small image, and drawn into the plot,
 * scaled up bilinearly by Java2D when the resolution is capped. The boundary is traced on the same surface by
 * marching squares ({@link IsoLine}); the points are stamped from pre-drawn sprites ({@link PointSprites}).
 * Keeps its surface and field image between calls so that a window's frames reuse them; not thread-safe.
 */
public final class BoundaryPanelRenderer {
    /** The most points of one set a panel draws; of more, an evenly spread subset (see drawingStep). */
    static final int MAX_DRAWN_POINTS = 20_000;
    /** The white of the grid lines over the field, at an opacity of 90 out of 255. */
    private static final Color GRID_LINE = new Color(255, 255, 255, 90);

    private final ColorMap colors;
    private final Color boundaryColor;
    private final DecisionSurface surface = new DecisionSurface();
    /** The picture of a model of more than two classes, drawn instead of the surface and its 0.5 line. */
    private final ClassField classField;

    private final IsoLine boundary = new IsoLine();
    private final PointSprites dots;
    private final Path2D.Double boundaryPath = new Path2D.Double();
    private BufferedImage field;
    private int maxSurfaceResolution = 4096;
    private Rectangle2D lastPlot = new Rectangle2D.Double();
    private PanelLayout layout;
    private List<Object> layoutKey;

    /** A renderer with the house colours. */
    public BoundaryPanelRenderer() {
        this(ColorMap.DEFAULT);
    }

    /** A renderer with the given colours. */
    public BoundaryPanelRenderer(ColorMap colors) {
        if (colors == null) {
            throw new IllegalArgumentException("colour map is null");
        }
        this.colors = colors;
        this.boundaryColor = new Color(colors.boundary(), true);
        this.dots = new PointSprites(colors);
        this.classField = new ClassField(colors);
    }

    /** The largest number of surface cells along a side; beyond it the field is scaled up bilinearly. */
    public int maxSurfaceResolution() {
        return maxSurfaceResolution;
    }

    /**
     * Caps the surface grid at {@code cells} along each side (default 4096, i.e. one cell per device pixel). A
     * window that must redraw fast may lower it; the boundary line is then traced on the coarser grid.
     *
     * @throws IllegalArgumentException if cells is below 2
     */
    public void setMaxSurfaceResolution(int cells) {
        if (cells < 2) {
            throw new IllegalArgumentException("surface resolution must be at least 2 cells, got " + cells);
        }
        this.maxSurfaceResolution = cells;
    }

    /**
     * The plot rectangle (inside the axes) of the last panel drawn, in the user units of its Graphics2D: map
     * x1 to {@code minX + (x1 - view.x1Min()) / view.width() * width}, x2 likewise from the top.
     */
    public Rectangle2D lastPlotArea() {
        return (Rectangle2D) lastPlot.clone();
    }

    /**
     * Where the plot of a panel drawn in the region (x, y, width, height) with this viewport will be, in the same
     * units. The same computation {@link #draw} uses, before snapping to device pixels.
     */
    public static Rectangle2D plotArea(double x, double y, double width, double height, Viewport view) {
        return PanelLayout.of(x, y, width, height, view).plot();
    }

    /**
     * Draws the panel into the region (x, y, width, height) of g, in g's user units. g may scale (that is how
     * figures are drawn at 2x and 3x) but must not rotate. The region is filled with white first.
     *
     * @param g the target, modified (its clip, colour, font, stroke and hints are restored afterwards)
     */
    public void draw(Graphics2D g, double x, double y, double width, double height, PanelSpec spec) {
        Style.paintRegion(g, "panel", width, height, g2 -> paint(g2, x, y, width, height, spec));
    }

    private void paint(Graphics2D g, double x, double y, double w, double h, PanelSpec spec) {
        Viewport v = spec.view();
        // Kept while the region and viewport stay the same, as in a window's frames: fonts, ticks and labels.
        List<Object> key = List.of(x, y, w, h, v);
        if (!key.equals(layoutKey)) {
            layout = PanelLayout.of(x, y, w, h, v);
            layoutKey = key;
        }
        PanelLayout lay = layout;
        // On whole device pixels, so that the field maps pixel to pixel and the frame is crisp.
        Rectangle2D plot = Style.snap(g.getTransform(), lay.plot());
        lastPlot = plot;
        g.setColor(Style.BACKGROUND);
        g.fill(new Rectangle2D.Double(x, y, w, h));

        AffineTransform user = g.getTransform();
        double s = user.getScaleX();
        int left = (int) Math.round(plot.getMinX() * s + user.getTranslateX());
        int top = (int) Math.round(plot.getMinY() * s + user.getTranslateY());
        int width = Math.max(2, (int) Math.round(plot.getWidth() * s));
        int height = Math.max(2, (int) Math.round(plot.getHeight() * s));
        Graphics2D device = (Graphics2D) g.create();
        Graphics2D inPlot = (Graphics2D) g.create();
        try {
            device.setTransform(new AffineTransform());
            device.clipRect(left, top, width, height);
            inPlot.clip(plot);
            drawField(device, spec, left, top, width, height);
            drawGridLines(inPlot, plot, v, lay);
            drawBoundary(inPlot, plot, v, lay, spec.model().classes() > 2);
            drawLines(inPlot, plot, v, lay, spec.lines());
            drawPoints(device, spec, lay, plot, user);
        } finally {
            inPlot.dispose();
            device.dispose();
        }
        drawAxes(g, plot, v, lay);
        String title = Style.fit(spec.title(), lay.titleFont(), w - 2 * lay.pad());
        double baseline =
                plot.getMinY() - lay.pad() * 0.9 - 0.2 * lay.titleFont().getSize2D();
        Style.text(g, title, lay.titleFont(), Style.TEXT, plot.getCenterX(), baseline, 0.5);
    }

    /**
     * The colour field over the device pixels (left, top, width, height): the surface evaluated at one cell per
     * pixel, or on a grid capped at {@link #maxSurfaceResolution} and scaled up bilinearly.
     */
    private void drawField(Graphics2D device, PanelSpec spec, int left, int top, int width, int height) {
        int cols = width;
        int rows = height;
        if (cols > maxSurfaceResolution || rows > maxSurfaceResolution) {
            double f = (double) maxSurfaceResolution / Math.max(cols, rows);
            cols = Math.max(2, (int) Math.round(cols * f));
            rows = Math.max(2, (int) Math.round(rows * f));
        }
        boolean many = spec.model().classes() > 2;
        if (many) {
            classField.evaluate(spec.model(), spec.view(), cols, rows);
        } else {
            surface.evaluate(spec.model(), spec.view(), cols, rows);
        }
        if (field == null || field.getWidth() != cols || field.getHeight() != rows) {
            field = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_RGB);
        }
        int[] pixels = ((DataBufferInt) field.getRaster().getDataBuffer()).getData();
        if (many) {
            classField.fill(pixels);
        } else {
            colors.fill(surface.values(), pixels, 0, cols * rows);
        }
        device.drawImage(field, left, top, width, height, null);
    }

    /** Faint white lines at the ticks help read positions without competing with the field. */
    private static void drawGridLines(Graphics2D g, Rectangle2D plot, Viewport v, PanelLayout lay) {
        Style.crisp(g, true);
        g.setStroke(lay.hairStroke());
        g.setColor(GRID_LINE);
        // One path a direction: a call per line would cost Java2D a copy of each; where lines cross, both show.
        Path2D.Double lines = new Path2D.Double();
        for (double t : lay.ticks1()) {
            lines.moveTo(sx(plot, v, t), plot.getMinY());
            lines.lineTo(sx(plot, v, t), plot.getMaxY());
        }
        g.draw(lines);
        lines.reset();
        for (double t : lay.ticks2()) {
            lines.moveTo(plot.getMinX(), sy(plot, v, t));
            lines.lineTo(plot.getMaxX(), sy(plot, v, t));
        }
        g.draw(lines);
        Style.crisp(g, false);
    }

    /**
     * The line where the surface is 0.5, as traced polylines stroked in one path (so joints are not doubled); for
     * more than two classes the lines between the classes' regions.
     */
    private void drawBoundary(Graphics2D g, Rectangle2D plot, Viewport v, PanelLayout lay, boolean many) {
        Path2D.Double path = boundaryPath;
        if (many) {
            classField.boundaries(path, plot, v);
            g.setColor(boundaryColor);
            g.setStroke(lay.boundaryStroke());
            g.draw(path);
            return;
        }
        int lines = boundary.trace(surface, 0.5);
        double[] xy = boundary.points();
        path.reset();
        for (int k = 0; k < lines; k++) {
            int from = boundary.offset(k);
            path.moveTo(sx(plot, v, xy[2 * from]), sy(plot, v, xy[2 * from + 1]));
            for (int i = from + 1; i < boundary.offset(k + 1); i++) {
                path.lineTo(sx(plot, v, xy[2 * i]), sy(plot, v, xy[2 * i + 1]));
            }
        }
        g.setColor(boundaryColor);
        g.setStroke(lay.boundaryStroke());
        g.draw(path);
    }

    /** The colour of line {@code k} of a panel's lines: the first layer's unit k's (see the diagram's tiles). */
    public static java.awt.Color lineColor(int k) {
        return Style.unitColor(k);
    }

    /**
     * Each line a x1 + b x2 + c = 0 across the plot, dashed, in its own colour: through the two points where it
     * meets the viewport's edges (its ends are clipped by the plot).
     */
    private static void drawLines(Graphics2D g, Rectangle2D plot, Viewport v, PanelLayout lay, List<double[]> lines) {
        java.awt.BasicStroke dashed = new java.awt.BasicStroke(
                1.6f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
        for (int k = 0; k < lines.size(); k++) {
            double a = lines.get(k)[0];
            double b = lines.get(k)[1];
            double c = lines.get(k)[2];
            double x1a;
            double x2a;
            double x1b;
            double x2b;
            if (Math.abs(b) >= Math.abs(a)) {
                if (b == 0) {
                    continue;
                }
                x1a = v.x1Min() - v.width();
                x1b = v.x1Max() + v.width();
                x2a = -(a * x1a + c) / b;
                x2b = -(a * x1b + c) / b;
            } else {
                x2a = v.x2Min() - v.height();
                x2b = v.x2Max() + v.height();
                x1a = -(b * x2a + c) / a;
                x1b = -(b * x2b + c) / a;
            }
            if (!Double.isFinite(x1a + x2a + x1b + x2b)) {
                continue;
            }
            g.setColor(lineColor(k));
            g.setStroke(dashed);
            g.draw(new java.awt.geom.Line2D.Double(
                    sx(plot, v, x1a), sy(plot, v, x2a), sx(plot, v, x1b), sy(plot, v, x2b)));
        }
    }

    /** The training points as discs, then the held-out points as rings, at device pixel positions. */
    private void drawPoints(Graphics2D device, PanelSpec spec, PanelLayout lay, Rectangle2D plot, AffineTransform u) {
        double s = u.getScaleX();
        dots.prepare(lay.pointRadius() * s, lay.pointRing() * s, spec.data().classes());
        for (int set = 0; set < 2; set++) {
            Dataset data = set == 0 ? spec.data() : spec.heldOut();
            for (int i = 0; data != null && i < data.size(); i += drawingStep(data.size())) {
                double x = sx(plot, spec.view(), data.x1(i)) * s + u.getTranslateX();
                double y = sy(plot, spec.view(), data.x2(i)) * s + u.getTranslateY();
                dots.draw(device, data.label(i), set == 1, x, y);
            }
        }
    }

    /**
     * Every how many points a panel draws one: 1 up to {@link #MAX_DRAWN_POINTS}, beyond that an evenly spread
     * share (every k-th in the data's order, so each class keeps its share), as a cloud that dense looks the same
     * and drawing 300,000 points would take most of a second a frame.
     */
    static int drawingStep(int points) {
        return Math.max(1, (points + MAX_DRAWN_POINTS - 1) / MAX_DRAWN_POINTS);
    }

    /** The frame, the tick marks and their labels, and the axis names x1 (below) and x2 (left, rotated). */
    private static void drawAxes(Graphics2D g, Rectangle2D plot, Viewport v, PanelLayout lay) {
        Style.crisp(g, true);
        g.setStroke(lay.hairStroke());
        g.setColor(Style.AXIS);
        double tick = lay.tickLength();
        Path2D.Double marks = new Path2D.Double(plot);
        for (double t : lay.ticks1()) {
            marks.moveTo(sx(plot, v, t), plot.getMaxY());
            marks.lineTo(sx(plot, v, t), plot.getMaxY() + tick);
        }
        for (double t : lay.ticks2()) {
            marks.moveTo(plot.getMinX() - tick, sy(plot, v, t));
            marks.lineTo(plot.getMinX(), sy(plot, v, t));
        }
        g.draw(marks);
        Style.crisp(g, false);
        double cap = Style.capHeight(lay.tickFont());
        double gap = lay.gap();
        for (int i = 0; i < lay.ticks1().length; i++) {
            double px = sx(plot, v, lay.ticks1()[i]);
            double baseline = plot.getMaxY() + tick + gap + cap;
            Style.text(g, lay.labels1()[i], lay.tickFont(), Style.MUTED, px, baseline, 0.5);
        }
        for (int i = 0; i < lay.ticks2().length; i++) {
            double py = sy(plot, v, lay.ticks2()[i]) + cap / 2;
            Style.text(g, lay.labels2()[i], lay.tickFont(), Style.MUTED, plot.getMinX() - tick - gap, py, 1);
        }
        double labelBaseline = plot.getMaxY() + tick + gap + cap + gap * 1.5 + Style.capHeight(lay.labelFont()) + 1;
        Style.subscripted(g, lay.labelFont(), Style.TEXT, "x", "1", plot.getCenterX(), labelBaseline, 0.5);
        AffineTransform saved = g.getTransform();
        g.translate(plot.getMinX() - tick - gap * 2.5 - lay.tickLabelWidth(), plot.getCenterY());
        g.rotate(-Math.PI / 2);
        Style.subscripted(g, lay.labelFont(), Style.TEXT, "x", "2", 0, 0, 0.5);
        g.setTransform(saved);
    }

    static double sx(Rectangle2D plot, Viewport v, double x1) {
        return plot.getMinX() + (x1 - v.x1Min()) / v.width() * plot.getWidth();
    }

    static double sy(Rectangle2D plot, Viewport v, double x2) {
        return plot.getMinY() + (v.x2Max() - x2) / v.height() * plot.getHeight();
    }
}
