package dev.boundarylab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The key under panels of more than two classes, on one line: each class's colour and name, the boundary line
 * between classes, and how pale the field is: one strip per class from its probability 1/K (white) to 1.
 */
final class ClassLegend {
    private static final double DOT = 4.6;
    private static final double LINE = 24;
    private static final double BAR = 90;

    private ClassLegend() {}

    /** The names the key gives the classes {@code names}: "class k" for a default name k, else the name itself. */
    static List<String> words(List<String> names) {
        List<String> words = new java.util.ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            words.add(Legend.className(names, j));
        }
        return words;
    }

    /** Draws the key of the classes {@code names} (K of them) into the region (x, y, w, h), already white. */
    static void paint(Graphics2D g, ColorMap colors, List<String> names, double x, double y, double w, double h) {
        int k = names.size();
        String[] words = words(names).toArray(new String[0]);
        String boundary = "class boundary";
        String sure = "P(most probable class)";
        String low = "1/" + k;
        // The largest font and gap with which the whole line fits; names are cut only at the smallest.
        double size = Style.clamp(h / 2.8, 9, 12);
        double gap = 22;
        Font font = Style.font(Font.PLAIN, size);
        Font small = Style.font(Font.PLAIN, Math.min(size, 10));
        double total = width(words, font, small, boundary, sure, low, gap);
        while (total > w - 8 && (size > 8 || gap > 10)) {
            size = Math.max(8, size - 0.5);
            gap = Math.max(10, gap - 2);
            font = Style.font(Font.PLAIN, size);
            small = Style.font(Font.PLAIN, Math.min(size, 10));
            total = width(words, font, small, boundary, sure, low, gap);
        }
        double room = (w - 8 - (total - namesWidth(words, font))) / k;
        for (int j = 0; j < k; j++) {
            words[j] = Style.fit(words[j], font, Math.max(room, 12));
        }
        total = width(words, font, small, boundary, sure, low, gap);
        double cy = y + h / 2;
        double cap = Style.capHeight(font);
        double cx = x + Math.max(4, (w - total) / 2);
        for (int j = 0; j < k; j++) {
            Ellipse2D.Double dot = new Ellipse2D.Double(cx, cy - DOT, 2 * DOT, 2 * DOT);
            g.setColor(new Color(colors.point(j, k), true));
            g.fill(dot);
            g.setColor(new Color(colors.pointOutline(), true));
            g.setStroke(Style.stroke(1.2));
            g.draw(dot);
            cx += 2 * DOT + 5;
            Style.text(g, words[j], font, Style.TEXT, cx, cy + cap / 2, 0);
            cx += Style.width(font, words[j]) + gap;
        }
        g.setColor(new Color(colors.boundary(), true));
        g.setStroke(Style.stroke(2.2));
        g.draw(new Line2D.Double(cx, cy, cx + LINE, cy));
        cx += LINE + 6;
        Style.text(g, boundary, font, Style.TEXT, cx, cy + cap / 2, 0);
        cx += Style.width(font, boundary) + gap;
        Style.text(g, sure, font, Style.TEXT, cx, cy + cap / 2, 0);
        cx += Style.width(font, sure) + 8;
        Style.text(g, low, small, Style.MUTED, cx, cy + Style.capHeight(small) / 2, 0);
        cx += Style.width(small, low) + 4;
        double barHeight = Math.max(12, 2 * k);
        Rectangle2D bar = Style.snap(g.getTransform(), new Rectangle2D.Double(cx, cy - barHeight / 2, BAR, barHeight));
        int steps =
                Math.max(2, (int) Math.round(bar.getWidth() * g.getTransform().getScaleX()));
        double dx = bar.getWidth() / steps;
        double dy = bar.getHeight() / k;
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < steps; i++) {
                double p = 1.0 / k + (1 - 1.0 / k) * (i + 0.5) / steps;
                g.setColor(new Color(colors.classField(j, p, k), true));
                g.fill(new Rectangle2D.Double(bar.getMinX() + i * dx, bar.getMinY() + j * dy, dx + 0.6, dy + 0.6));
            }
        }
        Style.crisp(g, true);
        g.setColor(Style.AXIS);
        g.setStroke(new BasicStroke(1f));
        g.draw(bar);
        Style.crisp(g, false);
        Style.text(g, "1", small, Style.MUTED, bar.getMaxX() + 4, cy + Style.capHeight(small) / 2, 0);
    }

    private static double namesWidth(String[] words, Font font) {
        double sum = 0;
        for (String s : words) {
            sum += Style.width(font, s);
        }
        return sum;
    }

    /** The width of the whole line with these words, fonts and gap between items. */
    private static double width(
            String[] words, Font font, Font small, String boundary, String sure, String low, double gap) {
        double total = namesWidth(words, font) + words.length * (2 * DOT + 5 + gap);
        total += LINE + 6 + Style.width(font, boundary) + gap;
        total += Style.width(font, sure) + 8 + Style.width(small, low) + 4 + BAR + 4 + Style.width(small, "1");
        return total;
    }
}
