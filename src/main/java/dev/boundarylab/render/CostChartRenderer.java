package dev.boundarylab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws with Java2D the network's cost per epoch as a line over a faint area, the logistic regression's cost as a
 * dashed reference line; when points were held out, the network's cost on them as a second line and the logistic
 * regression's as a second dashed line, in the test colour; a legend, and axes labelled "epoch" and "cost" with 1-2-5 ticks (linear) or decade ticks
 * (logarithmic). Values that cannot be placed (NaN, infinities, and zero or negative costs on a log axis) are
 * skipped and break the line, so no coordinate is ever non-finite.
 *
 * <p>A long run has several points to a device pixel column; the line is thinned by a {@link MinMaxDecimator} to
 * the few that show, so that a frame of 4,096 points strokes a polyline of a few per column. Not thread-safe.
 */
public final class CostChartRenderer {
    /** Colour of the network's cost line. */
    public static final Color SERIES = new Color(0x6A3FB5);
    /** Colour of the logistic regression's dashed line. */
    public static final Color REFERENCE = new Color(0x7C838D);
    /** Colour of the held-out points' cost: the network's line and the logistic regression's dashed line. */
    public static final Color TEST = new Color(0x2B8A3E);

    /** The series colour at the opacity of the area under the line. */
    /**
     * The epoch under the horizontal position {@code px} of a chart of {@code spec} drawn w x h at the origin (user
     * units), or NaN outside its plot: what a readout under the cursor names.
     */
    public static double epochAt(CostChartSpec spec, double w, double h, double px) {
        CostChartLayout lay = CostChartLayout.of(0, 0, w, h, spec, new java.awt.geom.AffineTransform());
        Rectangle2D plot = lay.plot();
        if (px < plot.getMinX() || px > plot.getMaxX()) {
            return Double.NaN;
        }
        return lay.xMin() + (px - plot.getMinX()) / plot.getWidth() * (lay.xMax() - lay.xMin());
    }

    /** Colour of the lines where the data changed by hand: the violet of the keyboard hints, light. */
    public static final Color DATA_CHANGE = new Color(0x7048E8);

    private static final BasicStroke DOTTED =
            new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {2f, 3f}, 0f);

    /** Colour of the marks where the cost jumped (the step overshot): the warm accent of the banner. */
    public static final Color JUMP = new Color(0xD9480F);

    private static final Color AREA = new Color(SERIES.getRed(), SERIES.getGreen(), SERIES.getBlue(), 22);

    private static final BasicStroke LINE = Style.stroke(2.2);
    private static final BasicStroke HAIR = new BasicStroke(1f);
    private static final BasicStroke DASHED =
            new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f);
    private static final double MARKER_RADIUS = 3.6;
    private static final BasicStroke MARKER_RING = Style.stroke(1.2);

    private final boolean decimate;
    private final MinMaxDecimator decimator = new MinMaxDecimator();
    // Kept between frames so that a path of thousands of points does not grow its arrays again each time.
    private final Path2D.Double line = new Path2D.Double();
    private final Path2D.Double area = new Path2D.Double();

    /** A renderer. */
    public CostChartRenderer() {
        this(true);
    }

    /** A renderer that thins long runs or, if not {@code decimate}, strokes every point (to compare in tests). */
    CostChartRenderer(boolean decimate) {
        this.decimate = decimate;
    }

    /**
     * Draws the chart into the region (x, y, width, height) of g, in g's user units, filling it with white first.
     *
     * @param g the target, modified (its state is restored afterwards)
     */
    public void draw(Graphics2D g, double x, double y, double width, double height, CostChartSpec spec) {
        Style.paintRegion(g, "chart", width, height, g2 -> paint(g2, x, y, width, height, spec));
    }

    private void paint(Graphics2D g, double x, double y, double w, double h, CostChartSpec s) {
        CostChartLayout lay = CostChartLayout.of(x, y, w, h, s, g.getTransform());
        g.setColor(Style.BACKGROUND);
        g.fill(new Rectangle2D.Double(x, y, w, h));
        // The title at the left over the plot, the legend at the right on the same line.
        Rectangle2D plot = lay.plot();
        double baseline = y + lay.pad() + lay.titleFont().getSize2D();
        double legendWidth = drawLegend(g, s, lay, plot.getMaxX(), baseline);
        // A title that does not fit whole is shortened to its first word ("Training cost" → "Cost"), not cut.
        double room = Math.max(0, plot.getWidth() - legendWidth - 16);
        String title = Style.width(lay.titleFont(), s.title()) <= room ? s.title() : CostChartSpec.SHORT_TITLE;
        title = Style.fit(title, lay.titleFont(), room);
        Style.text(g, title, lay.titleFont(), Style.TEXT, plot.getMinX(), baseline, 0);
        drawGrid(g, lay);
        if (lay.hasReference()) {
            reference(g, lay, s.referenceCost(), REFERENCE);
        }
        drawDataMarks(g, s, lay);
        if (lay.hasTestReference()) {
            reference(g, lay, s.test().referenceCost(), TEST);
        }
        CostChartSpec.Test test = s.test();
        if (test != null) {
            drawSeries(g, test.epochs(), test.costs(), test.length(), lay, TEST, false);
        }
        drawSeries(g, s.epochs(), s.costs(), s.length(), lay, SERIES, true);
        drawMarks(g, s, lay);
        drawAxes(g, s, lay);
    }

    /** A dashed line across the plot at {@code cost}. */
    private static void reference(Graphics2D g, CostChartLayout lay, double cost, Color color) {
        double ry = lay.costY(cost);
        g.setColor(color);
        g.setStroke(DASHED);
        g.draw(new Line2D.Double(lay.plot().getMinX(), ry, lay.plot().getMaxX(), ry));
    }

    /**
     * A small downward triangle at the top of the plot over each epoch where the cost jumped and came back, so a
     * spike in the line reads as the step overshooting, not as the run going wrong.
     */
    private static void drawMarks(Graphics2D g, CostChartSpec s, CostChartLayout lay) {
        Rectangle2D plot = lay.plot();
        double size = 4.5;
        Path2D.Double marks = new Path2D.Double();
        for (long epoch : s.marks()) {
            double mx = lay.x(epoch);
            if (mx < plot.getMinX() - 0.5 || mx > plot.getMaxX() + 0.5) {
                continue;
            }
            marks.moveTo(mx - size, plot.getMinY());
            marks.lineTo(mx + size, plot.getMinY());
            marks.lineTo(mx, plot.getMinY() + 1.6 * size);
            marks.closePath();
        }
        g.setColor(JUMP);
        g.fill(marks);
    }

    /**
     * A dotted line across the plot at each epoch where a person changed the data, drawn under the cost: the cost
     * after it is on other points, so a step in the line there is the data's, not the training's.
     */
    private static void drawDataMarks(Graphics2D g, CostChartSpec s, CostChartLayout lay) {
        Rectangle2D plot = lay.plot();
        Path2D.Double lines = new Path2D.Double();
        for (long epoch : s.dataMarks()) {
            double mx = lay.x(epoch);
            if (mx >= plot.getMinX() - 0.5 && mx <= plot.getMaxX() + 0.5) {
                lines.moveTo(mx, plot.getMinY());
                lines.lineTo(mx, plot.getMaxY());
            }
        }
        g.setColor(DATA_CHANGE);
        g.setStroke(DOTTED);
        g.draw(lines);
    }

    /**
     * Draws the legend in one line ending at {@code right}, text on {@code base}: the network's line, then (with
     * held-out points) its test line, then the references there are; returns its width.
     */
    private static double drawLegend(Graphics2D g, CostChartSpec s, CostChartLayout lay, double right, double base) {
        java.util.List<Entry> entries = new java.util.ArrayList<>();
        entries.add(new Entry(s.seriesLabel(), SERIES, LINE));
        if (s.test() != null) {
            entries.add(new Entry(s.test().label(), TEST, LINE));
        }
        if (lay.hasReference()) {
            entries.add(new Entry(s.referenceLabel(), REFERENCE, DASHED));
        }
        if (lay.hasTestReference()) {
            entries.add(new Entry(s.test().referenceLabel(), TEST, DASHED));
        }
        double sample = 24;
        double gap = 6;
        double space = 18;
        double width = -space;
        for (Entry e : entries) {
            width += space + sample + gap + Style.width(lay.legendFont(), e.label());
        }
        double cx = right - width;
        double cy = base - Style.capHeight(lay.legendFont()) / 2;
        for (Entry e : entries) {
            g.setColor(e.color());
            g.setStroke(e.stroke());
            g.draw(new Line2D.Double(cx, cy, cx + sample, cy));
            Style.text(g, e.label(), lay.legendFont(), Style.TEXT, cx + sample + gap, base, 0);
            cx += sample + gap + Style.width(lay.legendFont(), e.label()) + space;
        }
        return width;
    }

    /** One entry of the legend: a sample of the line and its label. */
    private record Entry(String label, Color color, BasicStroke stroke) {}

    /** Grid lines at the ticks of both axes, and faint ones at 2 to 9 in each decade of a short log axis. */
    private static void drawGrid(Graphics2D chart, CostChartLayout lay) {
        Rectangle2D plot = lay.plot();
        Graphics2D g = (Graphics2D) chart.create();
        g.clip(plot);
        Style.crisp(g, true);
        g.setStroke(HAIR);
        // Drawn as one path a colour: Java2D copies every shape it strokes without antialiasing, once a call.
        Path2D.Double lines = new Path2D.Double();
        if (lay.log() && lay.yMax() - lay.yMin() <= 8) {
            for (int d = (int) Math.floor(lay.yMin()); d < (int) Math.ceil(lay.yMax()); d++) {
                for (int m = 2; m <= 9; m++) {
                    double position = d + Math.log10(m);
                    if (position > lay.yMin() && position < lay.yMax()) {
                        horizontal(lines, plot, lay.y(position));
                    }
                }
            }
            g.setColor(Style.FAINT_GRID);
            g.draw(lines);
            lines.reset();
        }
        for (double t : lay.yTicks()) {
            horizontal(lines, plot, lay.y(t));
        }
        for (double t : lay.xTicks()) {
            lines.moveTo(lay.x(t), plot.getMinY());
            lines.lineTo(lay.x(t), plot.getMaxY());
        }
        g.setColor(Style.GRID);
        g.draw(lines);
        g.dispose();
    }

    /** The device pixel column of user x under the transform {@code device}. */
    private static int column(AffineTransform device, double x) {
        return (int) Math.floor(x * device.getScaleX() + device.getTranslateX());
    }

    private static void horizontal(Path2D.Double lines, Rectangle2D plot, double y) {
        lines.moveTo(plot.getMinX(), y);
        lines.lineTo(plot.getMaxX(), y);
    }

    /**
     * A cost line in {@code color} (over the faint area under it if {@code filled}), run by run (a cost that cannot
     * be placed breaks the line), and the newest value marked so that a viewer finds where training is now: a disc
     * in a white ring.
     */
    private void drawSeries(
            Graphics2D g, long[] epochs, double[] costs, int length, CostChartLayout lay, Color color, boolean filled) {
        AffineTransform device = g.getTransform();
        double base = lay.plot().getMaxY();
        line.reset();
        area.reset();
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        int i = 0;
        while (i < length) {
            if (!CostChartLayout.placeable(costs[i], lay.log())) {
                i++;
                continue;
            }
            decimator.start();
            for (; i < length && CostChartLayout.placeable(costs[i], lay.log()); i++) {
                double px = lay.x(epochs[i]);
                double py = lay.costY(costs[i]);
                decimator.add(decimate ? column(device, px) : i, px, py);
                lastX = px;
                lastY = py;
            }
            decimator.finish();
            double[] p = decimator.points();
            int n = decimator.size();
            line.moveTo(p[0], p[1]);
            area.moveTo(p[0], base);
            // From the first point again, so that a lone point is a segment of no length: a round cap makes it a dot.
            // The area needs only the lowest point of each column (greatest y): the line covers the column above
            // it, and a spiking run's area has a few hundred edges instead of thousands (a quarter of the frame).
            int low = 0;
            for (int k = 0; k < n; k++) {
                line.lineTo(p[2 * k], p[2 * k + 1]);
                low = p[2 * k + 1] > p[2 * low + 1] ? k : low;
                if (k == n - 1 || column(device, p[2 * k + 2]) != column(device, p[2 * k])) {
                    area.lineTo(p[2 * low], p[2 * low + 1]);
                    low = k + 1;
                }
            }
            area.lineTo(p[2 * n - 2], base);
            area.closePath();
        }
        if (filled) {
            g.setColor(AREA);
            g.fill(area);
        }
        g.setColor(color);
        g.setStroke(LINE);
        g.draw(line);
        if (Double.isFinite(lastX)) {
            double r = MARKER_RADIUS;
            Ellipse2D.Double marker = new Ellipse2D.Double(lastX - r, lastY - r, 2 * r, 2 * r);
            g.fill(marker);
            g.setColor(Color.WHITE);
            g.setStroke(MARKER_RING);
            g.draw(marker);
        }
    }

    /** The axis lines over the data, the ticks with their labels, and the axis names. */
    private static void drawAxes(Graphics2D g, CostChartSpec s, CostChartLayout lay) {
        Rectangle2D plot = lay.plot();
        double tick = CostChartLayout.TICK_LENGTH;
        Style.crisp(g, true);
        g.setStroke(HAIR);
        g.setColor(Style.AXIS);
        Path2D.Double lines = new Path2D.Double();
        lines.moveTo(plot.getMinX(), plot.getMinY());
        lines.lineTo(plot.getMinX(), plot.getMaxY());
        lines.lineTo(plot.getMaxX(), plot.getMaxY());
        for (double t : lay.xTicks()) {
            lines.moveTo(lay.x(t), plot.getMaxY());
            lines.lineTo(lay.x(t), plot.getMaxY() + tick);
        }
        for (double t : lay.yTicks()) {
            lines.moveTo(plot.getMinX() - tick, lay.y(t));
            lines.lineTo(plot.getMinX(), lay.y(t));
        }
        g.draw(lines);
        Style.crisp(g, false);
        double cap = Style.capHeight(lay.tickFont());
        double gap = lay.gap();
        for (int i = 0; i < lay.xTicks().length; i++) {
            double baseline = plot.getMaxY() + tick + gap + cap;
            Style.text(g, lay.xLabels()[i], lay.tickFont(), Style.MUTED, lay.x(lay.xTicks()[i]), baseline, 0.5);
        }
        for (int i = 0; i < lay.yTicks().length; i++) {
            double baseline = lay.y(lay.yTicks()[i]) + cap / 2;
            Style.text(g, lay.yLabels()[i], lay.tickFont(), Style.MUTED, plot.getMinX() - tick - gap, baseline, 1);
        }
        double epochBaseline = plot.getMaxY() + tick + gap + cap + gap * 1.5 + Style.capHeight(lay.labelFont()) + 1;
        Style.text(g, "epoch", lay.labelFont(), Style.TEXT, plot.getCenterX(), epochBaseline, 0.5);
        AffineTransform saved = g.getTransform();
        g.translate(plot.getMinX() - tick - gap * 2.5 - lay.yLabelWidth(), plot.getCenterY());
        g.rotate(-Math.PI / 2);
        Style.text(g, s.logScale() ? "cost (log scale)" : "cost", lay.labelFont(), Style.TEXT, 0, 0, 0.5);
        g.setTransform(saved);
    }
}
