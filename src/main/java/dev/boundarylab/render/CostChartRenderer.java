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
 * is ever non-finite. Reuses its path between calls; not thread-safe.
 */
public final class CostChartRenderer {
    /** Colour of the network's cost line. */
    public static final Color SERIES = new Color(0x6A3FB5);
    /** Colour of the logistic regression's dashed line. */
    public static final Color REFERENCE = new Color(0x7C838D);

    private final Path2D.Double line = new Path2D.Double();
    private final Path2D.Double area = new Path2D.Double();

    /** A renderer with an empty path; {@link #draw} fills it. */
    public CostChartRenderer() {
    }

    /**
     * Draws the chart into the region (x, y, width, height) of g, in g's user units, filling it with white first.
     *
     * @param g the target, modified (its state is restored afterwards)
     */
    public void draw(Graphics2D g, double x, double y, double width, double height, CostChartSpec spec) {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("chart region must have a positive size, got " + width + " x "
                    + height);
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            Style.hints(g2);
            paint(g2, x, y, width, height, spec);
        } finally {
            g2.dispose();
        }
    }

    private void paint(Graphics2D g, double x, double y, double w, double h, CostChartSpec s) {
        g.setColor(Style.BACKGROUND);
        g.fill(new Rectangle2D.Double(x, y, w, h));
        double size = Math.min(w / 2, h);
        Font titleFont = Style.font(Font.BOLD, Style.clamp(size / 19, 10.5, 15));
        Font tickFont = Style.font(Font.PLAIN, Style.clamp(size / 25, 8.5, 11.5));
        Font labelFont = Style.font(Font.PLAIN, Style.clamp(size / 21, 9.5, 13));
        Font legendFont = Style.font(Font.PLAIN, Style.clamp(size / 24, 9, 12));
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
        for (int i = 0; i < n; i++) {
            double c = s.costs()[i];
            if (placeable(c, log)) {
                e0 = Math.min(e0, s.epochs()[i]);
                e1 = Math.max(e1, s.epochs()[i]);
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
        double[] yTicks;
        String[] yLabels;
        double estimatedPlotHeight = h - 2 * pad - titleFont.getSize2D() * 1.5 - 3 * tickFont.getSize2D();
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
            java.util.List<Double> at = new java.util.ArrayList<>();
            java.util.List<String> text = new java.util.ArrayList<>();
            for (int k = (int) Math.floor(yMin); k <= (int) Math.ceil(yMax); k++) {
                for (int mantissa : new int[] {1, 2, 5}) {
                    if (mantissa != 1 && !fine || mantissa == 1 && Math.floorMod(k, every) != 0) {
                        continue;
                    }
                    double position = k + Math.log10(mantissa);
                    if (position >= yMin - 1e-9 && position <= yMax + 1e-9) {
                        at.add(position);
                        text.add(Ticks.logLabel(mantissa, k));
                    }
                }
            }
            yTicks = at.stream().mapToDouble(Double::doubleValue).toArray();
            yLabels = text.toArray(new String[0]);
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
            yTicks = Ticks.inside(0, yMax, yStep);
            yLabels = new String[yTicks.length];
            for (int i = 0; i < yTicks.length; i++) {
                yLabels[i] = Ticks.format(yTicks[i], yStep);
            }
        }
        double yLabelWidth = 0;
        for (String label : yLabels) {
            yLabelWidth = Math.max(yLabelWidth, Style.width(tickFont, label));
        }

        double labelHeight = Style.capHeight(labelFont) * 1.45;
        double left = x + pad + labelHeight + gap * 2.5 + yLabelWidth + tickLength;
        double top = y + pad + titleFont.getSize2D() * 1.2 + pad;
        double bottom = y + h - pad - labelHeight - gap * 2.5 - Style.capHeight(tickFont) - tickLength;
        double xStepRaw = Ticks.niceStep(xMax - xMin, Math.max(2, (w - left + x) / 85));
        double xStep = Math.max(1, xStepRaw);
        double[] xTicks = Ticks.inside(xMin, xMax, xStep);
        double lastHalf = xTicks.length == 0 ? 0
                : 0.5 * Style.width(tickFont, Ticks.format(xTicks[xTicks.length - 1], xStep));
        double right = x + w - pad - Math.max(lastHalf, 4);
        Rectangle2D plot = Style.snap(g, new Rectangle2D.Double(left, top, Math.max(1, right - left),
                Math.max(1, bottom - top)));
        Axis ax = new Axis(plot, xMin, xMax, yMin, yMax, log);

        // Title at the left over the plot, the legend at the right on the same line.
        double headBaseline = y + pad + titleFont.getSize2D();
        double legendWidth = drawLegend(g, s, hasRef, plot.getMaxX(), headBaseline, legendFont);
        Style.text(g, Style.fit(s.title(), titleFont, Math.max(0, plot.getWidth() - legendWidth - 16)), titleFont,
                Style.TEXT, plot.getMinX(), headBaseline, 0);

        // Grid.
        Style.crisp(g, true);
        g.setStroke(new BasicStroke(1f));
        if (log && yMax - yMin <= 8) {
            g.setColor(Style.FAINT_GRID);
            for (int d = (int) Math.floor(yMin); d < (int) Math.ceil(yMax); d++) {
                for (int m = 2; m <= 9; m++) {
                    double position = d + Math.log10(m);
                    if (position > yMin && position < yMax) {
                        double py = ax.y(position);
                        g.draw(new Line2D.Double(plot.getMinX(), py, plot.getMaxX(), py));
                    }
                }
            }
        }
        g.setColor(Style.GRID);
        for (double t : yTicks) {
            double py = ax.y(t);
            g.draw(new Line2D.Double(plot.getMinX(), py, plot.getMaxX(), py));
        }
        for (double t : xTicks) {
            double px = ax.x(t);
            g.draw(new Line2D.Double(px, plot.getMinY(), px, plot.getMaxY()));
        }
        Style.crisp(g, false);

        Shape oldClip = g.getClip();
        // A little beyond the plot, so that the marker of the newest value at the right edge is whole.
        g.clip(new Rectangle2D.Double(plot.getMinX() - 6, plot.getMinY() - 6, plot.getWidth() + 12,
                plot.getHeight() + 12));
        if (hasRef) {
            double py = ax.y(log ? Math.log10(ref) : ref);
            g.setColor(REFERENCE);
            g.setStroke(dashed());
            g.draw(new Line2D.Double(plot.getMinX(), py, plot.getMaxX(), py));
        }
        drawSeries(g, s, ax);
        g.setClip(oldClip);

        // Axes and tick labels.
        Style.crisp(g, true);
        g.setStroke(new BasicStroke(1f));
        g.setColor(Style.AXIS);
        g.draw(new Line2D.Double(plot.getMinX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY()));
        g.draw(new Line2D.Double(plot.getMinX(), plot.getMinY(), plot.getMinX(), plot.getMaxY()));
        double cap = Style.capHeight(tickFont);
        for (double t : xTicks) {
            double px = ax.x(t);
            g.setColor(Style.AXIS);
            g.draw(new Line2D.Double(px, plot.getMaxY(), px, plot.getMaxY() + tickLength));
            Style.text(g, Ticks.format(t, xStep), tickFont, Style.MUTED, px, plot.getMaxY() + tickLength + gap + cap,
                    0.5);
        }
        for (int i = 0; i < yTicks.length; i++) {
            double py = ax.y(yTicks[i]);
            g.setColor(Style.AXIS);
            g.draw(new Line2D.Double(plot.getMinX() - tickLength, py, plot.getMinX(), py));
            Style.text(g, yLabels[i], tickFont, Style.MUTED, plot.getMinX() - tickLength - gap, py + cap / 2, 1);
        }
        Style.crisp(g, false);
        Style.text(g, "epoch", labelFont, Style.TEXT, plot.getCenterX(),
                plot.getMaxY() + tickLength + gap + cap + gap * 1.5 + Style.capHeight(labelFont) + 1, 0.5);
        AffineTransform saved = g.getTransform();
        g.translate(plot.getMinX() - tickLength - gap * 2.5 - yLabelWidth, plot.getCenterY());
        g.rotate(-Math.PI / 2);
        Style.text(g, log ? "cost (log scale)" : "cost", labelFont, Style.TEXT, 0, 0, 0.5);
        g.setTransform(saved);

    }

    private void drawSeries(Graphics2D g, CostChartSpec s, Axis ax) {
        line.reset();
        area.reset();
        boolean open = false;
        double firstX = 0;
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        double base = ax.plot.getMaxY();
        for (int i = 0; i < s.length(); i++) {
            double c = s.costs()[i];
            if (!placeable(c, ax.log)) {
                if (open) {
                    area.lineTo(lastX, base);
                    area.closePath();
                }
                open = false;
                continue;
            }
            double px = ax.x(s.epochs()[i]);
            double py = ax.y(ax.log ? Math.log10(c) : c);
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                continue;
            }
            if (open) {
                line.lineTo(px, py);
                area.lineTo(px, py);
            } else {
                line.moveTo(px, py);
                area.moveTo(px, base);
                area.lineTo(px, py);
                firstX = px;
                open = true;
            }
            lastX = px;
            lastY = py;
        }
        if (open && lastX != firstX) {
            area.lineTo(lastX, base);
            area.closePath();
        }
        g.setColor(new Color(SERIES.getRed(), SERIES.getGreen(), SERIES.getBlue(), 22));
        g.fill(area);
        g.setColor(SERIES);
        g.setStroke(Style.stroke(2.2));
        g.draw(line);
        if (Double.isFinite(lastX)) {
            // The newest value, marked so that a viewer finds where training is now.
            double r = 3.6;
            Ellipse2D.Double dot = new Ellipse2D.Double(lastX - r, lastY - r, 2 * r, 2 * r);
            g.fill(dot);
            g.setColor(Color.WHITE);
            g.setStroke(Style.stroke(1.2));
            g.draw(dot);
        }
    }

    /** Draws the legend in one line ending at {@code right}, text on {@code baseline}; returns its width. */
    private static double drawLegend(Graphics2D g, CostChartSpec s, boolean hasRef, double right, double baseline,
            Font font) {
        double sample = 24;
        double gap = 6;
        double between = 18;
        double width = sample + gap + Style.width(font, s.seriesLabel());
        if (hasRef) {
            width += between + sample + gap + Style.width(font, s.referenceLabel());
        }
        double cx = right - width;
        double cy = baseline - Style.capHeight(font) / 2;
        g.setColor(SERIES);
        g.setStroke(Style.stroke(2.2));
        g.draw(new Line2D.Double(cx, cy, cx + sample, cy));
        cx += sample + gap;
        Style.text(g, s.seriesLabel(), font, Style.TEXT, cx, baseline, 0);
        cx += Style.width(font, s.seriesLabel()) + between;
        if (hasRef) {
            g.setColor(REFERENCE);
            g.setStroke(dashed());
            g.draw(new Line2D.Double(cx, cy, cx + sample, cy));
            Style.text(g, s.referenceLabel(), font, Style.TEXT, cx + sample + gap, baseline, 0);
        }
        return width;
    }

    private static BasicStroke dashed() {
        return new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f);
    }

    private static boolean placeable(double c, boolean log) {
        return Double.isFinite(c) && (!log || c > 0);
    }

    /** Maps epochs and costs (log10 of the cost on a log axis) to user coordinates inside the plot. */
    private record Axis(Rectangle2D plot, double xMin, double xMax, double yMin, double yMax, boolean log) {
        double x(double epoch) {
            return plot.getMinX() + (epoch - xMin) / (xMax - xMin) * plot.getWidth();
        }

        double y(double value) {
            return plot.getMaxY() - (value - yMin) / (yMax - yMin) * plot.getHeight();
        }
    }
}
