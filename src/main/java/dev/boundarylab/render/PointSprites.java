package dev.boundarylab.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;

/**
 * Pre-drawn images of a data point (a filled disc with a ring; or, for a held-out point, a ring with the field
 * showing inside) for each of the data's classes and each quarter-pixel offset in x and y, drawn again only when the point size
 * changes. Drawing one is a blit of a few dozen pixels, much cheaper than filling and stroking an antialiased
 * circle, and a quarter pixel of placement error cannot be seen.
 */
final class PointSprites {
    private static final int PHASES = 4;

    private final ColorMap colors;
    private BufferedImage[] sprites = new BufferedImage[0];
    private int classes;
    private double radius = -1;
    private double ring = -1;
    private int centre;

    PointSprites(ColorMap colors) {
        this.colors = colors;
    }

    /**
     * Draws the sprites for discs of radius r with a ring of width w, both in device pixels, in the colours of
     * {@code k} classes, if not done yet.
     */
    void prepare(double r, double w, int k) {
        if (r == radius && w == ring && k == classes) {
            return;
        }
        radius = r;
        ring = w;
        classes = k;
        sprites = new BufferedImage[2 * k * PHASES * PHASES];
        centre = (int) Math.ceil(r + w) + 1;
        int size = 2 * centre + 2;
        for (int kind = 0; kind < 2 * k; kind++) {
            for (int py = 0; py < PHASES; py++) {
                for (int px = 0; px < PHASES; px++) {
                    BufferedImage sprite = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
                    Graphics2D g = sprite.createGraphics();
                    try {
                        Style.hints(g);
                        paint(g, kind % k, kind >= k, centre + (double) px / PHASES, centre + (double) py / PHASES);
                    } finally {
                        g.dispose();
                    }
                    sprites[index(kind, px, py)] = sprite;
                }
            }
        }
    }

    private void paint(Graphics2D g, int label, boolean heldOut, double cx, double cy) {
        Ellipse2D.Double dot = new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius);
        g.setColor(new Color(colors.point(label, classes), true));
        if (heldOut) {
            double hole = 0.45 * radius;
            Area band = new Area(dot);
            band.subtract(new Area(new Ellipse2D.Double(cx - hole, cy - hole, 2 * hole, 2 * hole)));
            g.fill(band);
        } else {
            g.fill(dot);
        }
        g.setColor(new Color(colors.pointOutline(), true));
        g.setStroke(Style.stroke(ring));
        g.draw(dot);
    }

    /**
     * Draws the point of class {@code label} centred on the device pixel position (x, y) of {@code device}, a
     * graphics without transform; as a ring if the point was held out of training. Call {@link #prepare} first.
     */
    void draw(Graphics2D device, int label, boolean heldOut, double x, double y) {
        // To the nearest quarter pixel: the whole pixel and the phase within it.
        long qx = Math.round(x * PHASES);
        long qy = Math.round(y * PHASES);
        int ix = (int) Math.floorDiv(qx, PHASES);
        int iy = (int) Math.floorDiv(qy, PHASES);
        int px = (int) Math.floorMod(qx, PHASES);
        int py = (int) Math.floorMod(qy, PHASES);
        device.drawImage(sprites[index((heldOut ? classes : 0) + label, px, py)], ix - centre, iy - centre, null);
    }

    private static int index(int kind, int px, int py) {
        return (kind * PHASES + py) * PHASES + px;
    }
}
