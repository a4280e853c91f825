package dev.boundarylab.render;

import java.awt.Font;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * Where everything of a cost chart goes, in user units: the fonts, the plot rectangle (on whole device pixels),
 * the ranges of both axes and their ticks and labels, and whether the reference line can be shown. The epoch axis
 * runs from 0 (or the first epoch, if negative) to the last; the cost axis from 0 to a round step above the
 * highest cost, or on a log axis between powers of ten times 1, 2 or 5 around the costs. Costs that cannot be
 * placed (see {@link #placeable}) take no part in the ranges.
 */
record CostChartLayout(
        Font titleFont,
        Font tickFont,
        Font labelFont,
        Font legendFont,
        double pad,
        double gap,
        Rectangle2D plot,
        double xMin,
        double xMax,
        double yMin,
        double yMax,
        boolean log,
        double[] xTicks,
        String[] xLabels,
        double[] yTicks,
        String[] yLabels,
        double yLabelWidth,
        boolean hasReference,
        boolean hasTestReference) {
    /** The length of a tick mark. */
    static final double TICK_LENGTH = 4;

    /** Whether cost c can be drawn on the axis: finite, and positive on a log axis. */
    static boolean placeable(double c, boolean log) {
        return Double.isFinite(c) && (!log || c > 0);
    }

    /** The horizontal position of an epoch. */
    double x(double epoch) {
        return plot.getMinX() + (epoch - xMin) / (xMax - xMin) * plot.getWidth();
    }

    /** The vertical position of a position on the cost axis (log10 of the cost on a log axis). */
    double y(double value) {
        return plot.getMaxY() - (value - yMin) / (yMax - yMin) * plot.getHeight();
    }

    /** The vertical position of a placeable cost. */
    double costY(double cost) {
        return y(log ? Math.log10(cost) : cost);
    }

    /** The layout of chart s in the region (x, y, w, h) of a graphics whose transform is {@code device}. */
    static CostChartLayout of(double x, double y, double w, double h, CostChartSpec s, AffineTransform device) {
        double size = Math.min(w / 2, h);
        Font titleFont = Style.font(Font.BOLD, Style.clamp(size / 19, 10.5, 15));
        Font tickFont = Style.font(Font.PLAIN, Style.clamp(size / 25, 8.5, 11.5));
        Font labelFont = Style.font(Font.PLAIN, Style.clamp(size / 21, 9.5, 13));
        Font legendFont = Style.font(Font.PLAIN, Style.clamp(size / 24, 9, 12));
        double pad = Style.clamp(size / 28, 5, 10);
        double gap = Style.clamp(size / 70, 2, 4);

        boolean log = s.logScale();
        long e0 = Long.MAX_VALUE;
        long e1 = Long.MIN_VALUE;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.length(); i++) {
            double c = s.costs()[i];
            if (placeable(c, log)) {
                e0 = Math.min(e0, s.epochs()[i]);
                e1 = Math.max(e1, s.epochs()[i]);
                lo = Math.min(lo, c);
                hi = Math.max(hi, c);
            }
        }
        // The held-out points' line and reference take part in the ranges as the network's line does.
        CostChartSpec.Test test = s.test();
        for (int i = 0; test != null && i < test.length(); i++) {
            double c = test.costs()[i];
            if (placeable(c, log)) {
                e0 = Math.min(e0, test.epochs()[i]);
                e1 = Math.max(e1, test.epochs()[i]);
                lo = Math.min(lo, c);
                hi = Math.max(hi, c);
            }
        }
        boolean hasReference = placeable(s.referenceCost(), log);
        if (hasReference) {
            lo = Math.min(lo, s.referenceCost());
            hi = Math.max(hi, s.referenceCost());
        }
        boolean hasTestReference = test != null && placeable(test.referenceCost(), log);
        if (hasTestReference) {
            lo = Math.min(lo, test.referenceCost());
            hi = Math.max(hi, test.referenceCost());
        }
        if (e0 > e1) {
            e0 = 0;
            e1 = 1;
        }
        double xMin = Math.min(0, e0);
        double xMax = Math.max(e1, xMin + 1);

        double estimatedPlotHeight = h - 2 * pad - titleFont.getSize2D() * 1.5 - 3 * tickFont.getSize2D();
        double yMin;
        double yMax;
        double[] yTicks;
        String[] yLabels;
        if (log) {
            if (!(lo <= hi)) {
                lo = 0.1;
                hi = 1;
            }
            // Clamped bounds keep every power of ten finite, so the loops are short (at most 600 decades).
            yMin = Math.log10(Ticks.floor125(lo));
            yMax = Math.log10(Ticks.ceil125(hi));
            if (yMax - yMin < 0.3) {
                yMax = yMin + 1;
            }
            yTicks = logTicks(yMin, yMax, estimatedPlotHeight);
            yLabels = new String[yTicks.length];
            for (int i = 0; i < yTicks.length; i++) {
                int k = (int) Math.floor(yTicks[i] + 1e-9);
                yLabels[i] = Ticks.logLabel((int) Math.round(Math.pow(10, yTicks[i] - k)), k);
            }
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
            yLabels = Ticks.labels(yTicks, yStep);
        }
        double yLabelWidth = 0;
        for (String label : yLabels) {
            yLabelWidth = Math.max(yLabelWidth, Style.width(tickFont, label));
        }

        double labelHeight = Style.capHeight(labelFont) * 1.45;
        double left = x + pad + labelHeight + gap * 2.5 + yLabelWidth + TICK_LENGTH;
        double top = y + pad + titleFont.getSize2D() * 1.2 + pad;
        double bottom = y + h - pad - labelHeight - gap * 2.5 - Style.capHeight(tickFont) - TICK_LENGTH;
        double plotWidth = Math.max(1, w - left + x);
        double xStep = Math.max(1, Ticks.niceStep(xMax - xMin, Math.max(2, plotWidth / 85)));
        double[] xTicks = Ticks.inside(xMin, xMax, xStep);
        String[] xLabels = Ticks.epochLabels(xTicks);
        // Labels never crowd: widen the step (1-2-5) until the widest label and a gap fit between two ticks.
        while (xTicks.length > 1 && widest(tickFont, xLabels) + 3 * gap > xStep * plotWidth / (xMax - xMin)) {
            xStep = Ticks.nextStep(xStep);
            xTicks = Ticks.inside(xMin, xMax, xStep);
            xLabels = Ticks.epochLabels(xTicks);
        }
        double lastHalf = xTicks.length == 0 ? 0 : 0.5 * Style.width(tickFont, xLabels[xTicks.length - 1]);
        double right = x + w - pad - Math.max(lastHalf, 4);
        Rectangle2D plot = Style.snap(
                device, new Rectangle2D.Double(left, top, Math.max(1, right - left), Math.max(1, bottom - top)));
        return new CostChartLayout(
                titleFont,
                tickFont,
                labelFont,
                legendFont,
                pad,
                gap,
                plot,
                xMin,
                xMax,
                yMin,
                yMax,
                log,
                xTicks,
                xLabels,
                yTicks,
                yLabels,
                yLabelWidth,
                hasReference,
                hasTestReference);
    }

    private static double widest(Font font, String[] labels) {
        double w = 0;
        for (String label : labels) {
            w = Math.max(w, Style.width(font, label));
        }
        return w;
    }

    /**
     * Tick positions (log10 of the cost) of a log axis over [yMin, yMax]: every decade, or every few when there
     * are too many for the height; and 2 and 5 times each power of ten when the axis spans two decades or less.
     */
    private static double[] logTicks(double yMin, double yMax, double height) {
        boolean fine = yMax - yMin <= 2.01;
        int every = (int) Math.max(1, Math.ceil((yMax - yMin) / Math.max(2, height / 32)));
        double[] ticks = new double[3 * ((int) Math.ceil(yMax) - (int) Math.floor(yMin) + 1)];
        int n = 0;
        for (int k = (int) Math.floor(yMin); k <= (int) Math.ceil(yMax); k++) {
            for (int mantissa : new int[] {1, 2, 5}) {
                if (mantissa != 1 && !fine || mantissa == 1 && Math.floorMod(k, every) != 0) {
                    continue;
                }
                double position = k + Math.log10(mantissa);
                if (position >= yMin - 1e-9 && position <= yMax + 1e-9) {
                    ticks[n++] = position;
                }
            }
        }
        return java.util.Arrays.copyOf(ticks, n);
    }
}
