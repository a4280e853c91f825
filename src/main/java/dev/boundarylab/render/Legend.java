package dev.boundarylab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * The key under a pair of panels: the two point colours, the boundary line, and the probability colour bar; for
 * more than two classes, {@link ClassLegend}'s.
 */
final class Legend {
    private Legend() {}

    /**
     * Draws the key into the region (x, y, w, h) of g, in g's user units, filling it with white first; the classes
     * are named after {@code names} (a file's labels), "class 0" and "class 1" for the default names 0 and 1.
     */
    static void draw(
            Graphics2D g, ColorMap colors, java.util.List<String> names, double x, double y, double w, double h) {
        Style.paintRegion(g, "legend", w, h, g2 -> paint(g2, colors, names, x, y, w, h));
    }

    /** The word for class {@code k} of a data set whose classes are named {@code names}. */
    static String className(java.util.List<String> names, int k) {
        String n = names.get(k);
        return n.equals(Integer.toString(k)) ? "class " + k : n;
    }

    private static void paint(
            Graphics2D g, ColorMap colors, java.util.List<String> names, double x, double y, double w, double h) {
        g.setColor(Style.BACKGROUND);
        g.fill(new Rectangle2D.Double(x, y, w, h));
        if (names.size() > 2) {
            ClassLegend.paint(g, colors, names, x, y, w, h);
            return;
        }
        Font font = Style.font(Font.PLAIN, Style.clamp(h / 2.8, 9, 12));
        Font small = Style.font(Font.PLAIN, Style.clamp(h / 3.4, 8, 10));
        double cy = y + h / 2;
        double cap = Style.capHeight(font);
        double r = 4.6;
        double lineLength = 24;
        double barWidth = 120;
        double barHeight = 9;
        String[] words = {
            className(names, 0), className(names, 1), "decision boundary (p = 0.5)", "P(" + className(names, 1) + ")"
        };
        double itemGap = 26;
        double total = width(font, small, words, r, lineLength, barWidth, itemGap);
        // Too narrow a region (a small window, long class names): closer items, a shorter boundary label, then a
        // shorter colour bar, so that the key is never cut at its right end.
        if (total > w - 8) {
            itemGap = 12;
            words[2] = "boundary";
            total = width(font, small, words, r, lineLength, barWidth, itemGap);
            barWidth = Math.max(40, Math.min(barWidth, barWidth - (total - (w - 8))));
            total = width(font, small, words, r, lineLength, barWidth, itemGap);
        }
        double cx = x + Math.max(0, (w - total) / 2);

        for (int label = 0; label <= 1; label++) {
            Ellipse2D.Double dot = new Ellipse2D.Double(cx, cy - r, 2 * r, 2 * r);
            g.setColor(new Color(colors.point(label), true));
            g.fill(dot);
            g.setColor(new Color(colors.pointOutline(), true));
            g.setStroke(Style.stroke(1.2));
            g.draw(dot);
            cx += 2 * r + 6;
            Style.text(g, words[label], font, Style.TEXT, cx, cy + cap / 2, 0);
            cx += Style.width(font, words[label]) + itemGap;
        }

        g.setColor(new Color(colors.boundary(), true));
        g.setStroke(Style.stroke(2.2));
        g.draw(new Line2D.Double(cx, cy, cx + lineLength, cy));
        cx += lineLength + 6;
        Style.text(g, words[2], font, Style.TEXT, cx, cy + cap / 2, 0);
        cx += Style.width(font, words[2]) + itemGap;

        Style.text(g, words[3], font, Style.TEXT, cx, cy + cap / 2, 0);
        cx += Style.width(font, words[3]) + 8;
        Style.text(g, "0", small, Style.MUTED, cx, cy + Style.capHeight(small) / 2, 0);
        cx += Style.width(small, "0") + 4;
        Rectangle2D bar =
                Style.snap(g.getTransform(), new Rectangle2D.Double(cx, cy - barHeight / 2, barWidth, barHeight));
        int steps =
                Math.max(2, (int) Math.round(bar.getWidth() * g.getTransform().getScaleX()));
        double dx = bar.getWidth() / steps;
        for (int i = 0; i < steps; i++) {
            g.setColor(new Color(colors.argb((i + 0.5) / steps), true));
            g.fill(new Rectangle2D.Double(bar.getMinX() + i * dx, bar.getMinY(), dx + 0.6, bar.getHeight()));
        }
        Style.crisp(g, true);
        g.setColor(Style.AXIS);
        g.setStroke(new BasicStroke(1f));
        g.draw(bar);
        Style.crisp(g, false);
        cx = bar.getMaxX() + 4;
        Style.text(g, "1", small, Style.MUTED, cx, cy + Style.capHeight(small) / 2, 0);
    }

    /** The key's width, from its first dot to its "1", with these words and sizes. */
    private static double width(
            Font font, Font small, String[] words, double r, double lineLength, double barWidth, double itemGap) {
        double total = 2 * (2 * r + 6) + lineLength + 6 + 8 + 4 + barWidth + 4 + 3 * itemGap;
        total += Style.width(font, words[0]) + Style.width(font, words[1]) + Style.width(font, words[2]);
        total += Style.width(font, words[3]) + Style.width(small, "0") + Style.width(small, "1");
        return total;
    }
}
