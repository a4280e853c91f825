package dev.boundarylab.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;

/**
 * Pre-drawn images of a data point (a filled disc with a ring) for each class and each quarter-pixel offset in x
 * and y, redrawn only when the point size changes. Stamping one is an image copy, much cheaper than filling and
 * stroking an antialiased circle, and a quarter pixel of placement error cannot be seen.
 */
final class PointSprites {
    private static final int PHASES = 4;

    private final ColorMap colors;
    private final BufferedImage[] sprites = new BufferedImage[2 * PHASES * PHASES];
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
        int size = 2 * centre + 2;
        for (int label = 0; label <= 1; label++) {
            for (int py = 0; py < PHASES; py++) {
                for (int px = 0; px < PHASES; px++) {
                    BufferedImage s = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
                    Graphics2D g = s.createGraphics();
                    try {
                        Style.hints(g);
                        double cx = centre + (double) px / PHASES;
                        double cy = centre + (double) py / PHASES;
                        Ellipse2D.Double dot = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
                        g.setColor(new Color(colors.point(label), true));
                        g.fill(dot);
                        g.setColor(new Color(colors.pointOutline(), true));
                        g.setStroke(Style.stroke(w));
                        g.draw(dot);
                    } finally {
                        g.dispose();
                    }
                    sprites[index(label, px, py)] = s;
                }
            }
        }
    }

    /** Stamps the point of class {@code label} centred on the device position (x, y); g must be in device pixels. */
    void stamp(Graphics2D g, int label, double x, double y) {
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
        g.drawImage(sprites[index(label, px, py)], ix - centre, iy - centre, null);
    }

    private static int index(int label, int px, int py) {
        return (label * PHASES + py) * PHASES + px;
    }
}
