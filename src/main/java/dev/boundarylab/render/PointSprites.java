package dev.boundarylab.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Pre-drawn images of a data point (a filled disc with a ring) for each class and each quarter-pixel offset in x
 * and y, redrawn only when the point size changes. Stamping one is a blend of a few dozen pixels, much cheaper than
 * filling and stroking an antialiased circle, and a quarter pixel of placement error cannot be seen.
 */
final class PointSprites {
    private static final int PHASES = 4;
    /** MUL8[a << 8 | c] = round(a c / 255): a channel scaled by an opacity, as a table (a division costs more). */
    private static final byte[] MUL8 = new byte[256 * 256];

    static {
        for (int a = 0; a < 256; a++) {
            for (int c = 0; c < 256; c++) {
                MUL8[a << 8 | c] = (byte) ((a * c + 127) / 255);
            }
        }
    }

    private final ColorMap colors;
    // Each sprite's premultiplied ARGB pixels, size x size, row by row.
    private final int[][] sprites = new int[4 * PHASES * PHASES][];
    private int size;
    private double radius = -1;
    private double ring = -1;
    private int centre;

    PointSprites(ColorMap colors) {
        this.colors = colors;
    }

    /** Draws the sprites for discs of radius r with a ring of width w, both in device pixels, if not done yet. */
    void prepare(double r, double w) {
        if (r == radius && w == ring) {
            return;
        }
        radius = r;
        ring = w;
        centre = (int) Math.ceil(r + w) + 1;
        size = 2 * centre + 2;
        for (int kind = 0; kind < 4; kind++) {
            int label = kind & 1;
            boolean ring = kind >= 2;
            for (int py = 0; py < PHASES; py++) {
                for (int px = 0; px < PHASES; px++) {
                    BufferedImage s = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
                    Graphics2D g = s.createGraphics();
                    try {
                        Style.hints(g);
                        double cx = centre + (double) px / PHASES;
                        double cy = centre + (double) py / PHASES;
                        Ellipse2D.Double dot = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
                        if (ring) {
                            // A held-out point: the disc's colour on a ring only, the field showing inside it.
                            double hole = 0.45 * r;
                            java.awt.geom.Area band = new java.awt.geom.Area(dot);
                            band.subtract(new java.awt.geom.Area(
                                    new Ellipse2D.Double(cx - hole, cy - hole, 2 * hole, 2 * hole)));
                            g.setColor(new Color(colors.point(label), true));
                            g.fill(band);
                            g.setColor(new Color(colors.pointOutline(), true));
                            g.setStroke(Style.stroke(w));
                            g.draw(dot);
                        } else {
                            g.setColor(new Color(colors.point(label), true));
                            g.fill(dot);
                            g.setColor(new Color(colors.pointOutline(), true));
                            g.setStroke(Style.stroke(w));
                            g.draw(dot);
                        }
                    } finally {
                        g.dispose();
                    }
                    sprites[index(kind, px, py)] =
                            ((DataBufferInt) s.getRaster().getDataBuffer()).getData();
                }
            }
        }
    }

    /**
     * Blends the point of class {@code label} centred on (x, y) over {@code dst}, an opaque ARGB raster of
     * {@code width x height} pixels in which (x, y) is measured; what falls outside the raster is left out.
     */
    void stamp(int[] dst, int width, int height, int label, double x, double y) {
        stampKind(dst, width, height, label, x, y);
    }

    /** As {@link #stamp}, the point drawn as a ring: one held out of training. */
    void stampRing(int[] dst, int width, int height, int label, double x, double y) {
        stampKind(dst, width, height, 2 + label, x, y);
    }

    private void stampKind(int[] dst, int width, int height, int kind, double x, double y) {
        int ix = (int) Math.floor(x);
        int iy = (int) Math.floor(y);
        int px = (int) Math.round((x - ix) * PHASES);
        int py = (int) Math.round((y - iy) * PHASES);
        if (px == PHASES) {
            px = 0;
            ix++;
        }
        if (py == PHASES) {
            py = 0;
            iy++;
        }
        int[] src = sprites[index(kind, px, py)];
        int left = ix - centre;
        int top = iy - centre;
        int c0 = Math.max(0, -left);
        int c1 = Math.min(size, width - left);
        for (int r = Math.max(0, -top), r1 = Math.min(size, height - top); r < r1; r++) {
            int d = (top + r) * width + left;
            int o = r * size;
            for (int c = c0; c < c1; c++) {
                int sp = src[o + c];
                int a = sp >>> 24;
                if (a == 0) {
                    continue;
                }
                int dp = dst[d + c];
                int keep = (255 - a) << 8;
                // Source over an opaque pixel, the source premultiplied: s + d (1 - a), rounded.
                int rr = ((sp >> 16) & 0xFF) + (MUL8[keep | (dp >> 16) & 0xFF] & 0xFF);
                int gg = ((sp >> 8) & 0xFF) + (MUL8[keep | (dp >> 8) & 0xFF] & 0xFF);
                int bb = (sp & 0xFF) + (MUL8[keep | dp & 0xFF] & 0xFF);
                dst[d + c] = 0xFF000000 | Math.min(255, rr) << 16 | Math.min(255, gg) << 8 | Math.min(255, bb);
            }
        }
    }

    private static int index(int kind, int px, int py) {
        return (kind * PHASES + py) * PHASES + px;
    }
}
