package dev.boundarylab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws the network's cost per epoch as a line, the logistic regression's cost as a dashed reference line, a
 * legend, and axes labelled "epoch" and "cost" with 1-2-5 ticks (linear) or decade ticks (logarithmic). Values
 * that cannot be placed (NaN, infinities, and zero or negative costs on a log axis) are skipped, so no coordinate
 * is ever non-finite. Keeps its paths, fonts and tick labels between calls, so that redrawing a chart whose axes
 * did not change measures no text and allocates little; not thread-safe.
 */
public final class CostChartRenderer {
    /** Colour of the network's cost line. */
    public static final Color SERIES = new Color(0x6A3FB5);
    /** Colour of the logistic regression's dashed line. */
    public static final Color REFERENCE = new Color(0x7C838D);

    private static final Color AREA = new Color(SERIES.getRed(), SERIES.getGreen(), SERIES.getBlue(), 22);
    private static final BasicStroke LINE = Style.stroke(2.2);
    private static final BasicStroke MARKER_RING = Style.stroke(1.2);
    private static final BasicStroke HAIR = new BasicStroke(1f);
    private static final BasicStroke DASHED = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {7f, 5f}, 0f);
    /** The most points of one device pixel column the line keeps before it keeps only the column's extremes. */
    private static final int KEPT = 2;
    /** How far, in device pixels, the drawn line may pass from a point it leaves out. */
    private static final double STRAIGHT = 0.1;
    /** Kinds of tick label: a number, or a mantissa times a power of ten. */
    private static final int LINEAR = 0;
    private static final int LOG = 1;

    private final Path2D.Double line = new Path2D.Double();
    private final Path2D.Double area = new Path2D.Double();
    private final Ellipse2D.Double marker = new Ellipse2D.Double();
    private final Rectangle2D.Double region = new Rectangle2D.Double();
    private final Line2D.Double segment = new Line2D.Double();
    private final Axis axis = new Axis();
    private final Labels xLabels = new Labels();
    private final Labels yLabels = new Labels();
    // Kept from one frame to the next while the chart's size and texts stay the same: the fonts and the widths of
    // the fixed texts, the legend's label widths, the title fitted to the room left of the legend.
    private double fontSize = Double.NaN;
    private Font titleFont;
    private Font tickFont;
    private Font labelFont;
    private Font legendFont;
    private double epochWidth;
    private double costWidth;
    private double logCostWidth;
    private String legendSeries;
    private String legendReference;
    private double seriesWidth;
    private double referenceWidth;
    private String titleText;
    private double titleFitRoom;
    private Font titleFitFont;
    private String titleFit;
    /** Whether drawSeries keeps only the extremes of each pixel column; tests compare with drawing every point. */
    boolean decimate = true;
    private final Trace lineTrace = new Trace(line, false);
    private final Trace areaTrace = new Trace(area, true);
    // drawSeries' state: the device pixel column being gathered, its points [columnStart, columnEnd) (columnPoints
    // of them placed), and its highest and lowest point, with their indices.
    private int column;
    private int columnStart;
    private int columnEnd;
    private int columnPoints;
    private double highX;
    private double highY;
    private int highAt;
    private double lowX;
    private double lowY;
    private int lowAt;

    /** A renderer with an empty path; {@link #draw} fills it. */
    public CostChartRenderer() {
    }

    /**
     * Draws the chart into the region (x, y, width, height) of g, in g's user units, filling it with white first.
     *
     * @param g the target, modified (its state is restored afterwards)
     */
    public void draw(Graphics2D g, double x, double y, double width, double height, CostChartSpec spec) {
        Style.paintRegion(g, "chart", x, y, width, height, (g2, rx, ry, rw, rh) -> paint(g2, rx, ry, rw, rh, spec));
    }

    private void paint(Graphics2D g, double x, double y, double w, double h, CostChartSpec s) {
        g.setColor(Style.BACKGROUND);
        region.setRect(x, y, w, h);
        g.fill(region);
        double size = Math.min(w / 2, h);
        if (size != fontSize) {
            fontSize = size;
            titleFont = Style.font(Font.BOLD, Style.clamp(size / 19, 10.5, 15));
            tickFont = Style.font(Font.PLAIN, Style.clamp(size / 25, 8.5, 11.5));
            labelFont = Style.font(Font.PLAIN, Style.clamp(size / 21, 9.5, 13));
            legendFont = Style.font(Font.PLAIN, Style.clamp(size / 24, 9, 12));
            epochWidth = Style.width(labelFont, "epoch");
            costWidth = Style.width(labelFont, "cost");
            logCostWidth = Style.width(labelFont, "cost (log scale)");
            legendSeries = null;
        }
        double pad = Style.clamp(size / 28, 5, 10);
        double gap = Style.clamp(size / 70, 2, 4);
        double tickLength = 4;

        int n = s.length();
        boolean log = s.logScale();
        // Data ranges, over the values that can be placed on the chosen axis.
        long e0 = Long.MAX_VALUE;
        long e1 = Long.MIN_VALUE;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        long[] epochs = s.epochs();
        double[] costs = s.costs();
        for (int i = 0; i < n; i++) {
            double c = costs[i];
            if (placeable(c, log)) {
                e0 = Math.min(e0, epochs[i]);
                e1 = Math.max(e1, epochs[i]);
                lo = Math.min(lo, c);
                hi = Math.max(hi, c);
            }
        }
        double ref = s.referenceCost();
        boolean hasRef = placeable(ref, log);
        if (hasRef) {
            lo = Math.min(lo, ref);
            hi = Math.max(hi, ref);
        }
        if (e0 > e1) {
            e0 = 0;
            e1 = 1;
        }
        double xMin = Math.min(0, e0);
        double xMax = Math.max(e1, xMin + 1);

        // The cost axis: [0, nice max] linear; on a log axis, bounds at 1, 2 or 5 times a power of ten.
        double yMin;
        double yMax;
        double estimatedPlotHeight = h - 2 * pad - titleFont.getSize2D() * 1.5 - 3 * tickFont.getSize2D();
        yLabels.clear();
        if (log) {
            if (!(lo <= hi)) {
                lo = 0.1;
                hi = 1;
            }
            // Clamped bounds keep every power of ten finite, so the loops below are short (at most 600 decades).
            yMin = Math.log10(Ticks.floor125(lo));
            yMax = Math.log10(Ticks.ceil125(hi));
            if (yMax - yMin < 0.3) {
                yMax = yMin + 1;
            }
            boolean fine = yMax - yMin <= 2.01;
            int every = (int) Math.max(1, Math.ceil((yMax - yMin) / Math.max(2, estimatedPlotHeight / 32)));
            for (int k = (int) Math.floor(yMin); k <= (int) Math.ceil(yMax); k++) {
                for (int mantissa = 1; mantissa <= 5; mantissa += mantissa == 1 ? 1 : 3) {
                    if (mantissa != 1 && !fine || mantissa == 1 && Math.floorMod(k, every) != 0) {
                        continue;
                    }
                    double position = k + Math.log10(mantissa);
                    if (position >= yMin - 1e-9 && position <= yMax + 1e-9) {
                        yLabels.add(position);
                    }
                }
            }
            yLabels.label(LOG, 0, tickFont);
        } else {
            if (!(hi > 0)) {
                hi = 1;
            }
            // A little headroom so that a line at the maximum does not run along the frame.
            double top = Math.min(Double.MAX_VALUE, hi * 1.04);
            double yStep = Ticks.niceStep(top, Math.max(2, estimatedPlotHeight / 45));
            yMin = 0;
            yMax = Math.min(Double.MAX_VALUE, Math.ceil(top / yStep - 1e-9) * yStep);
            if (!(yMax > 0) || !Double.isFinite(yMax)) {
                yMax = top;
            }
            yLabels.inside(0, yMax, yStep);
            yLabels.label(LINEAR, yStep, tickFont);
        }
        double yLabelWidth = yLabels.maxWidth;

        double labelHeight = Style.capHeight(labelFont) * 1.45;
        double left = x + pad + labelHeight + gap * 2.5 + yLabelWidth + tickLength;
        double top = y + pad + titleFont.getSize2D() * 1.2 + pad;
        double bottom = y + h - pad - labelHeight - gap * 2.5 - Style.capHeight(tickFont) - tickLength;
        double xStepRaw = Ticks.niceStep(xMax - xMin, Math.max(2, (w - left + x) / 85));
        double xStep = Math.max(1, xStepRaw);
        xLabels.clear();
        xLabels.inside(xMin, xMax, xStep);
        xLabels.label(LINEAR, xStep, tickFont);
        double lastHalf = xLabels.count == 0 ? 0 : 0.5 * xLabels.width[xLabels.count - 1];
        double right = x + w - pad - Math.max(lastHalf, 4);
        region.setRect(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
        Rectangle2D plot = Style.snap(g, region);
        axis.set(plot, xMin, xMax, yMin, yMax, log);
        Axis ax = axis;

        // Title at the left over the plot, the legend at the right on the same line.
        double headBaseline = y + pad + titleFont.getSize2D();
        double legendWidth = drawLegend(g, s, hasRef, plot.getMaxX(), headBaseline);
        double titleRoom = Math.max(0, plot.getWidth() - legendWidth - 16);
        if (!s.title().equals(titleText) || titleRoom != titleFitRoom || titleFont != titleFitFont) {
            titleText = s.title();
            titleFitRoom = titleRoom;
            titleFitFont = titleFont;
            titleFit = Style.fit(titleText, titleFont, titleRoom);
        }
        Style.text(g, titleFit, 0, titleFont, Style.TEXT, plot.getMinX(), headBaseline, 0);

        // Grid.
        Style.crisp(g, true);
        g.setStroke(HAIR);
        if (log && yMax - yMin <= 8) {
            g.setColor(Style.FAINT_GRID);
            for (int d = (int) Math.floor(yMin); d < (int) Math.ceil(yMax); d++) {
                for (int m = 2; m <= 9; m++) {
                    double position = d + Math.log10(m);
                    if (position > yMin && position < yMax) {
                        double py = ax.y(position);
                        drawLine(g, plot.getMinX(), py, plot.getMaxX(), py);
                    }
                }
            }
        }
        g.setColor(Style.GRID);
        for (int i = 0; i < yLabels.count; i++) {
            double py = ax.y(yLabels.at[i]);
            drawLine(g, plot.getMinX(), py, plot.getMaxX(), py);
        }
        for (int i = 0; i < xLabels.count; i++) {
            double px = ax.x(xLabels.at[i]);
            drawLine(g, px, plot.getMinY(), px, plot.getMaxY());
        }
        Style.crisp(g, false);

        Shape oldClip = g.getClip();
        // A little beyond the plot, so that the marker of the newest value at the right edge is whole.
        region.setRect(plot.getMinX() - 6, plot.getMinY() - 6, plot.getWidth() + 12, plot.getHeight() + 12);
        g.clip(region);
        if (hasRef) {
            double py = ax.y(log ? Math.log10(ref) : ref);
            g.setColor(REFERENCE);
            g.setStroke(DASHED);
            drawLine(g, plot.getMinX(), py, plot.getMaxX(), py);
        }
        drawSeries(g, s, ax);
        g.setClip(oldClip);

        // Axes and tick labels.
        Style.crisp(g, true);
        g.setStroke(HAIR);
        g.setColor(Style.AXIS);
        drawLine(g, plot.getMinX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY());
        drawLine(g, plot.getMinX(), plot.getMinY(), plot.getMinX(), plot.getMaxY());
        double cap = Style.capHeight(tickFont);
        for (int i = 0; i < xLabels.count; i++) {
            double px = ax.x(xLabels.at[i]);
            g.setColor(Style.AXIS);
            drawLine(g, px, plot.getMaxY(), px, plot.getMaxY() + tickLength);
            Style.text(g, xLabels.text[i], xLabels.width[i], tickFont, Style.MUTED, px,
                    plot.getMaxY() + tickLength + gap + cap, 0.5);
        }
        for (int i = 0; i < yLabels.count; i++) {
            double py = ax.y(yLabels.at[i]);
            g.setColor(Style.AXIS);
            drawLine(g, plot.getMinX() - tickLength, py, plot.getMinX(), py);
            Style.text(g, yLabels.text[i], yLabels.width[i], tickFont, Style.MUTED, plot.getMinX() - tickLength - gap,
                    py + cap / 2, 1);
        }
        Style.crisp(g, false);
        Style.text(g, "epoch", epochWidth, labelFont, Style.TEXT, plot.getCenterX(),
                plot.getMaxY() + tickLength + gap + cap + gap * 1.5 + Style.capHeight(labelFont) + 1, 0.5);
        AffineTransform saved = g.getTransform();
        g.translate(plot.getMinX() - tickLength - gap * 2.5 - yLabelWidth, plot.getCenterY());
        g.rotate(-Math.PI / 2);
        Style.text(g, log ? "cost (log scale)" : "cost", log ? logCostWidth : costWidth, labelFont, Style.TEXT, 0, 0,
                0.5);
        g.setTransform(saved);
    }

    private void drawLine(Graphics2D g, double x0, double y0, double x1, double y1) {
        segment.setLine(x0, y0, x1, y1);
        g.draw(segment);
    }

    /**
     * Draws the cost line and the faint area under it. A long run has several points to a device pixel column;
     * stroking all of them costs Java2D far more than the few pixels they cover. So the points go through a
     * {@link Trace}, which leaves out those on straight stretches (no drawn pixel moves by more than
     * {@value #STRAIGHT} px), and a column whose points would still leave more than {@value #KEPT} (a noisy or
     * oscillating run) gives only its highest and lowest point, in the order they came: the line still reaches
     * every extreme.
     * The area under such a column needs only its lowest point, as the line covers the column from there up.
     */
    private void drawSeries(Graphics2D g, CostChartSpec s, Axis ax) {
        AffineTransform device = g.getTransform();
        double dsx = device.getScaleX();
        double dtx = device.getTranslateX();
        double tolerance = decimate ? STRAIGHT / Math.abs(device.getScaleY()) : 0;
        lineTrace.reset(tolerance, ax.plot.getMaxY());
        areaTrace.reset(tolerance, ax.plot.getMaxY());
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        double runFirstX = Double.NaN;
        boolean open = false;
        long[] epochs = s.epochs();
        double[] costs = s.costs();
        for (int i = 0; i < s.length(); i++) {
            double c = costs[i];
            if (!placeable(c, ax.log)) {
                if (open) {
                    endRun(s, ax, lastX, lastY, true);
                }
                open = false;
                continue;
            }
            double px = ax.x(epochs[i]);
            double py = ax.y(ax.log ? Math.log10(c) : c);
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                continue;
            }
            int col = decimate ? (int) Math.floor(px * dsx + dtx) : i;
            if (!open) {
                runFirstX = px;
                open = true;
                startColumn(col, px, py, i);
            } else if (col != column) {
                flushColumn(s, ax);
                startColumn(col, px, py, i);
            } else {
                columnEnd = i + 1;
                columnPoints++;
                if (py < highY) {
                    highX = px;
                    highY = py;
                    highAt = i;
                }
                if (py > lowY) {
                    lowX = px;
                    lowY = py;
                    lowAt = i;
                }
            }
            lastX = px;
            lastY = py;
        }
        if (open) {
            endRun(s, ax, lastX, lastY, lastX != runFirstX);
        }
        g.setColor(AREA);
        g.fill(area);
        g.setColor(SERIES);
        g.setStroke(LINE);
        g.draw(line);
        if (Double.isFinite(lastX)) {
            // The newest value, marked so that a viewer finds where training is now.
            double r = 3.6;
            marker.setFrame(lastX - r, lastY - r, 2 * r, 2 * r);
            g.fill(marker);
            g.setColor(Color.WHITE);
            g.setStroke(MARKER_RING);
            g.draw(marker);
        }
    }

    private void startColumn(int col, double x, double y, int i) {
        column = col;
        columnStart = i;
        columnEnd = i + 1;
        columnPoints = 1;
        highX = x;
        highY = y;
        highAt = i;
        lowX = x;
        lowY = y;
        lowAt = i;
    }

    /**
     * Passes on the points of the column gathered: all of them if the trace keeps at most {@value #KEPT} of them
     * anyway (a smooth stretch, or a corner the extremes alone would cut), else its extremes,
     * both in the order they came to the line and the lowest to the area (after the run's first point, if the run
     * starts in this column).
     */
    private void flushColumn(CostChartSpec s, Axis ax) {
        if (columnPoints <= KEPT || keepsFew(s, ax)) {
            for (int i = columnStart; i < columnEnd; i++) {
                double px = pointX(s, ax, i);
                double py = pointY(s, ax, i);
                if (Double.isFinite(px) && Double.isFinite(py)) {
                    lineTrace.add(px, py);
                    areaTrace.add(px, py);
                }
            }
            return;
        }
        if (!lineTrace.started) {
            double px = pointX(s, ax, columnStart);
            double py = pointY(s, ax, columnStart);
            lineTrace.add(px, py);
            areaTrace.add(px, py);
        }
        if (highAt <= lowAt) {
            lineTrace.add(highX, highY);
            lineTrace.add(lowX, lowY);
        } else {
            lineTrace.add(lowX, lowY);
            lineTrace.add(highX, highY);
        }
        areaTrace.add(lowX, lowY);
    }

    /** Whether the line's trace, given all points of the column gathered, would write at most {@value #KEPT}. */
    private boolean keepsFew(CostChartSpec s, Axis ax) {
        lineTrace.beginTrial();
        for (int i = columnStart; i < columnEnd && lineTrace.writes <= KEPT; i++) {
            double px = pointX(s, ax, i);
            double py = pointY(s, ax, i);
            if (Double.isFinite(px) && Double.isFinite(py)) {
                lineTrace.add(px, py);
            }
        }
        return lineTrace.endTrial() <= KEPT;
    }

    private static double pointX(CostChartSpec s, Axis ax, int i) {
        return ax.x(s.epochs()[i]);
    }

    private static double pointY(CostChartSpec s, Axis ax, int i) {
        double c = s.costs()[i];
        return ax.y(ax.log ? Math.log10(c) : c);
    }

    /** Ends an unbroken run at its last point (x, y); closes the area under it down to the axis if asked. */
    private void endRun(CostChartSpec s, Axis ax, double x, double y, boolean closeArea) {
        flushColumn(s, ax);
        lineTrace.end(x, y, false);
        areaTrace.end(x, y, closeArea);
    }

    /**
     * A polyline written into a path, leaving out points on straight stretches: a point is written only when the
     * line cannot go straight on without passing farther than a tolerance (vertically, hence also across) from a
     * point it left out. The slopes from the last written point that pass close enough to each left-out point
     * form an interval, and the line goes on while the slope to the newest point stays inside all of them. A
     * smooth curve thus keeps one point every few pixels, and no drawn pixel moves by more than the tolerance. For
     * the area under a line, each run starts on the base line and may be closed down to it.
     */
    private static final class Trace {
        private final Path2D.Double path;
        private final boolean area;
        /** Points written (or, during a trial, that would have been). */
        private int writes;
        private boolean trial;
        private double tolerance;
        private double base;
        private boolean started;
        private double writtenX;
        private double writtenY;
        // The point taken last but not yet written, and the slopes that keep the left-out points close.
        private boolean pending;
        private double pendingX;
        private double pendingY;
        private double slopeLow;
        private double slopeHigh;
        // The state saved by beginTrial.
        private final double[] saved = new double[7];
        private boolean savedStarted;
        private boolean savedPending;

        Trace(Path2D.Double path, boolean area) {
            this.path = path;
            this.area = area;
        }

        void reset(double tolerance, double base) {
            path.reset();
            this.tolerance = tolerance;
            this.base = base;
            started = false;
            pending = false;
        }

        void add(double x, double y) {
            if (!started) {
                write(x, y);
                return;
            }
            if (pending) {
                double dx = x - writtenX;
                double slope = (y - writtenY) / dx;
                if (dx > 0 && slope >= slopeLow && slope <= slopeHigh) {
                    // Straight on from the last written point past the pending one: it may be left out.
                    narrow(x, y);
                    pendingX = x;
                    pendingY = y;
                    return;
                }
                write(pendingX, pendingY);
                pending = false;
            }
            if (x == writtenX && y == writtenY) {
                return;
            }
            if (x > writtenX) {
                pending = true;
                pendingX = x;
                pendingY = y;
                slopeLow = Double.NEGATIVE_INFINITY;
                slopeHigh = Double.POSITIVE_INFINITY;
                narrow(x, y);
            } else {
                write(x, y);
            }
        }

        /** From here until endTrial, points change nothing but are counted in {@link #writes} when written. */
        void beginTrial() {
            saved[0] = writtenX;
            saved[1] = writtenY;
            saved[2] = pendingX;
            saved[3] = pendingY;
            saved[4] = slopeLow;
            saved[5] = slopeHigh;
            saved[6] = writes;
            savedStarted = started;
            savedPending = pending;
            writes = 0;
            trial = true;
        }

        /** Returns to the state of beginTrial; returns the number of points the trial would have written. */
        int endTrial() {
            int n = writes;
            writtenX = saved[0];
            writtenY = saved[1];
            pendingX = saved[2];
            pendingY = saved[3];
            slopeLow = saved[4];
            slopeHigh = saved[5];
            writes = (int) saved[6];
            started = savedStarted;
            pending = savedPending;
            trial = false;
            return n;
        }

        /** Ends the run at its last point (x, y); an area is closed down to the base line if asked. */
        void end(double x, double y, boolean close) {
            add(x, y);
            if (pending) {
                write(pendingX, pendingY);
                pending = false;
            }
            if (area && close) {
                path.lineTo(x, base);
                path.closePath();
            }
            started = false;
        }

        private void narrow(double x, double y) {
            double dx = x - writtenX;
            slopeLow = Math.max(slopeLow, (y - tolerance - writtenY) / dx);
            slopeHigh = Math.min(slopeHigh, (y + tolerance - writtenY) / dx);
        }

        private void write(double x, double y) {
            writes++;
            if (trial) {
                started = true;
            } else if (!started) {
                if (area) {
                    path.moveTo(x, base);
                    path.lineTo(x, y);
                } else {
                    path.moveTo(x, y);
                }
                started = true;
            } else {
                path.lineTo(x, y);
            }
            writtenX = x;
            writtenY = y;
        }
    }

    /** Draws the legend in one line ending at {@code right}, text on {@code baseline}; returns its width. */
    private double drawLegend(Graphics2D g, CostChartSpec s, boolean hasRef, double right, double baseline) {
        Font font = legendFont;
        if (!s.seriesLabel().equals(legendSeries) || !s.referenceLabel().equals(legendReference)) {
            legendSeries = s.seriesLabel();
            legendReference = s.referenceLabel();
            seriesWidth = Style.width(font, legendSeries);
            referenceWidth = Style.width(font, legendReference);
        }
        double sample = 24;
        double gap = 6;
        double between = 18;
        double width = sample + gap + seriesWidth;
        if (hasRef) {
            width += between + sample + gap + referenceWidth;
        }
        double cx = right - width;
        double cy = baseline - Style.capHeight(font) / 2;
        g.setColor(SERIES);
        g.setStroke(LINE);
        drawLine(g, cx, cy, cx + sample, cy);
        cx += sample + gap;
        Style.text(g, legendSeries, 0, font, Style.TEXT, cx, baseline, 0);
        cx += seriesWidth + between;
        if (hasRef) {
            g.setColor(REFERENCE);
            g.setStroke(DASHED);
            drawLine(g, cx, cy, cx + sample, cy);
            Style.text(g, legendReference, 0, font, Style.TEXT, cx + sample + gap, baseline, 0);
        }
        return width;
    }

    private static boolean placeable(double c, boolean log) {
        return Double.isFinite(c) && (!log || c > 0);
    }

    /** Maps epochs and costs (log10 of the cost on a log axis) to user coordinates inside the plot. */
    private static final class Axis {
        private Rectangle2D plot;
        private double xMin;
        private double xMax;
        private double yMin;
        private double yMax;
        private boolean log;

        void set(Rectangle2D plot, double xMin, double xMax, double yMin, double yMax, boolean log) {
            this.plot = plot;
            this.xMin = xMin;
            this.xMax = xMax;
            this.yMin = yMin;
            this.yMax = yMax;
            this.log = log;
        }

        double x(double epoch) {
            return plot.getMinX() + (epoch - xMin) / (xMax - xMin) * plot.getWidth();
        }

        double y(double value) {
            return plot.getMaxY() - (value - yMin) / (yMax - yMin) * plot.getHeight();
        }
    }

    /**
     * The ticks of one axis and their labels. The labels (and their widths) are made again only when the ticks,
     * their step or the font change, which during training is seldom: measuring and formatting text costs more
     * than drawing it, and would allocate every frame.
     */
    private static final class Labels {
        private double[] at = new double[16];
        private int count;
        private String[] text = new String[16];
        private double[] width = new double[16];
        private double maxWidth;
        private double[] madeAt = new double[16];
        private int madeCount = -1;
        private int madeKind;
        private double madeStep;
        private Font madeFont;

        void clear() {
            count = 0;
        }

        void add(double position) {
            if (count == at.length) {
                at = java.util.Arrays.copyOf(at, 2 * count);
            }
            at[count++] = position;
        }

        /** Adds the multiples of step in [lo, hi], as {@link Ticks#inside} gives them. */
        void inside(double lo, double hi, double step) {
            double eps = step * 1e-9;
            long first = (long) Math.ceil((lo - eps) / step);
            long last = (long) Math.floor((hi + eps) / step);
            int n = (int) Math.max(0, Math.min(1000, last - first + 1));
            for (int i = 0; i < n; i++) {
                add((first + i) * step);
            }
        }

        /** Labels the ticks: LINEAR as numbers with the decimals of step, LOG (k + log10 m) as m x 10^k. */
        void label(int kind, double step, Font font) {
            if (kind == madeKind && step == madeStep && font == madeFont && count == madeCount
                    && java.util.Arrays.equals(at, 0, count, madeAt, 0, count)) {
                return;
            }
            if (text.length < count) {
                text = new String[at.length];
                width = new double[at.length];
            }
            if (madeAt.length < count) {
                madeAt = new double[at.length];
            }
            maxWidth = 0;
            for (int i = 0; i < count; i++) {
                if (kind == LOG) {
                    int k = (int) Math.floor(at[i] + 1e-9);
                    text[i] = Ticks.logLabel((int) Math.round(Math.pow(10, at[i] - k)), k);
                } else {
                    text[i] = Ticks.format(at[i], step);
                }
                width[i] = Style.width(font, text[i]);
                maxWidth = Math.max(maxWidth, width[i]);
            }
            System.arraycopy(at, 0, madeAt, 0, count);
            madeCount = count;
            madeKind = kind;
            madeStep = step;
            madeFont = font;
        }
    }
}
