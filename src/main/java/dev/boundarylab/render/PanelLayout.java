package dev.boundarylab.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Rectangle2D;

/**
 * Where everything of a decision panel goes, in user units: the plot rectangle, the fonts, the ticks of both axes
 * and their labels, and the sizes of lines and points, all derived from the panel's region and viewport. Fonts and
 * sizes grow with the smaller side of the region, within bounds, so a gallery cell and a slide read alike.
 */
record PanelLayout(
        Rectangle2D plot,
        Font titleFont,
        Font tickFont,
        Font labelFont,
        double pad,
        double gap,
        double tickLength,
        double tickLabelWidth,
        double[] ticks1,
        String[] labels1,
        double[] ticks2,
        String[] labels2,
        double pointRadius,
        double pointRing,
        BasicStroke hairStroke,
        BasicStroke boundaryStroke) {

    /** The layout of a panel in the region (x, y, w, h) showing the viewport v. */
    static PanelLayout of(double x, double y, double w, double h, Viewport v) {
        double size = Math.min(w, h);
        Font titleFont = Style.font(Font.BOLD, Style.clamp(size / 32, 10.5, 15));
        Font tickFont = Style.font(Font.PLAIN, Style.clamp(size / 42, 8.5, 11.5));
        Font labelFont = Style.font(Font.PLAIN, Style.clamp(size / 34, 10, 13.5));
        double pad = Style.clamp(size / 46, 5, 10);
        double gap = Style.clamp(size / 120, 2, 4);
        double tickLength = Style.clamp(size / 110, 2.5, 4.5);

        // Ticks from an estimate of the plot size: about one every 60 units.
        double estimate = 0.82 * size;
        double aspect = v.width() / v.height();
        double step1 = Ticks.niceStep(v.width(), estimate * Math.min(1, aspect) / 60);
        double step2 = Ticks.niceStep(v.height(), estimate * Math.min(1, 1 / aspect) / 60);
        double[] ticks1 = Ticks.inside(v.x1Min(), v.x1Max(), step1);
        double[] ticks2 = Ticks.inside(v.x2Min(), v.x2Max(), step2);
        String[] labels1 = Ticks.labels(ticks1, step1);
        String[] labels2 = Ticks.labels(ticks2, step2);
        double labelWidth = 0;
        for (String label : labels2) {
            labelWidth = Math.max(labelWidth, Style.width(tickFont, label));
        }
        double lastHalf = ticks1.length == 0 ? 0 : 0.5 * Style.width(tickFont, labels1[ticks1.length - 1]);
        double labelHeight = Style.capHeight(labelFont) * 1.45;
        double left = x + pad + labelHeight + gap * 2.5 + labelWidth + tickLength;
        double right = x + w - pad - lastHalf;
        double top = y + pad + titleFont.getSize2D() * 1.2 + pad * 0.9;
        double bottom = y + h - pad - labelHeight - gap * 2.5 - Style.capHeight(tickFont) - tickLength;
        double aw = Math.max(1, right - left);
        double ah = Math.max(1, bottom - top);
        double pw = Math.min(aw, ah * aspect);
        double ph = pw / aspect;
        // Centre the plot in the panel when there is room, and the whole block (title to labels) vertically.
        double px = Style.clamp(x + (w - pw) / 2, left, right - pw);
        double py = top + (ah - ph) / 2;
        double pointRadius = Style.clamp(pw / 92, 2.2, 4.6);
        return new PanelLayout(
                new Rectangle2D.Double(px, py, pw, ph),
                titleFont,
                tickFont,
                labelFont,
                pad,
                gap,
                tickLength,
                labelWidth,
                ticks1,
                labels1,
                ticks2,
                labels2,
                pointRadius,
                Math.max(0.7, pointRadius * 0.27),
                Style.stroke(1.0),
                Style.stroke(Style.clamp(pw / 190, 1.2, 2.4)));
    }
}
