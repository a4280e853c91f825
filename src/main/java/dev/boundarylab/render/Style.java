package dev.boundarylab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.function.Consumer;

/** The shared look of every figure: colours of text and axes, fonts, rendering hints, text placement. */
final class Style {
    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = new Color(0x1F2329);
    static final Color MUTED = new Color(0x5B626C);
    static final Color AXIS = new Color(0x9EA4AC);
    static final Color GRID = new Color(0xE8EAED);
    static final Color FAINT_GRID = new Color(0xF2F3F5);
    /** The window's accent (its Play button, a chosen tile): what marks the unit the network panel shows. */
    static final Color ACCENT = new Color(0x2563EB);
    /**
     * The colours of the first layer's units, one a unit in turn: their zero lines on the panel and their tiles'
     * borders in the diagram, so the two can be matched; distinct from the field's orange and blue, and from the accent blue that rings a unit.
     */
    private static final Color[] UNIT_COLORS = {
        new Color(0x6A3FB5), new Color(0x2B8A3E), new Color(0xC2255C),
        new Color(0x0B7285), new Color(0xE67700), new Color(0x495057)
    };
    /** Antialiased, fractional metrics: the metrics every layout is computed with, whatever the target. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private static final Font BASE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private Style() {}

    /** The colour of unit {@code k} of the first layer (and of line k of a panel's lines). */
    static Color unitColor(int k) {
        return UNIT_COLORS[k % UNIT_COLORS.length];
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    static Font font(int style, double size) {
        return BASE.deriveFont(style, (float) size);
    }

    /**
     * Lets {@code painter} draw a region of {@code width x height} user units on a copy of g with the house hints,
     * so g's state is left as it was; {@code what} names the picture in the message for an empty region.
     */
    static void paintRegion(Graphics2D g, String what, double width, double height, Consumer<Graphics2D> painter) {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException(
                    what + " region must have a positive size, got " + width + " x " + height);
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            hints(g2);
            painter.accept(g2);
        } finally {
            g2.dispose();
        }
    }

    /** Antialiased shapes and text, quality rendering, bilinear image scaling, exact (pure) strokes. */
    static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    /**
     * Crisp: horizontal and vertical lines snapped to whole pixels without antialiasing (sharp, and far cheaper
     * to fill than antialiased spans); otherwise smooth antialiased strokes exactly where the geometry says.
     */
    static void crisp(Graphics2D g, boolean crisp) {
        g.setRenderingHint(
                RenderingHints.KEY_STROKE_CONTROL,
                crisp ? RenderingHints.VALUE_STROKE_NORMALIZE : RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(
                RenderingHints.KEY_ANTIALIASING,
                crisp ? RenderingHints.VALUE_ANTIALIAS_OFF : RenderingHints.VALUE_ANTIALIAS_ON);
    }

    static BasicStroke stroke(double width) {
        return new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static double width(Font f, String s) {
        return f.getStringBounds(s, FRC).getWidth();
    }

    /** Height of digits and capitals, used to centre a label on a tick. */
    static double capHeight(Font f) {
        return 0.72 * f.getSize2D();
    }

    /** Draws {@code s} with its baseline at y; alignX 0 puts x at the left end, 0.5 the middle, 1 the right end. */
    static void text(Graphics2D g, String s, Font f, Color c, double x, double y, double alignX) {
        g.setFont(f);
        g.setColor(c);
        g.drawString(s, (float) (x - (alignX == 0 ? 0 : alignX * width(f, s))), (float) y);
    }

    /** {@code s} itself if it fits in maxWidth with font f, else its longest prefix that fits followed by "…". */
    static String fit(String s, Font f, double maxWidth) {
        if (width(f, s) <= maxWidth) {
            return s;
        }
        for (int n = s.length() - 1; n > 0; n--) {
            String t = s.substring(0, n).stripTrailing() + "\u2026";
            if (width(f, t) <= maxWidth) {
                return t;
            }
        }
        return "";
    }

    /** Draws a variable name in italics followed by a lowered, smaller subscript, baseline at y. */
    static void subscripted(Graphics2D g, Font f, Color c, String name, String sub, double x, double y, double alignX) {
        Font italic = f.deriveFont(Font.ITALIC);
        Font small = f.deriveFont(f.getSize2D() * 0.72f);
        double left = x - alignX * (width(italic, name) + width(small, sub) + 1);
        text(g, name, italic, c, left, y, 0);
        text(g, sub, small, c, left + width(italic, name) + 1, y + 0.22 * f.getSize2D(), 0);
    }

    /**
     * The rectangle r (user units) moved to the nearest whole device pixels under the transform t of a graphics,
     * so that an image drawn into it maps one pixel to one pixel and its frame lines are crisp. Assumes t scales
     * and translates only.
     */
    static Rectangle2D snap(AffineTransform t, Rectangle2D r) {
        double sx = t.getScaleX();
        double sy = t.getScaleY();
        double tx = t.getTranslateX();
        double ty = t.getTranslateY();
        double x0 = (Math.round(r.getMinX() * sx + tx) - tx) / sx;
        double x1 = (Math.round(r.getMaxX() * sx + tx) - tx) / sx;
        double y0 = (Math.round(r.getMinY() * sy + ty) - ty) / sy;
        double y1 = (Math.round(r.getMaxY() * sy + ty) - ty) / sy;
        return new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0);
    }
}
