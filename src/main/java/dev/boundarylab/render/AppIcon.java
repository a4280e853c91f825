package dev.boundarylab.render;

import dev.boundarylab.model.Classifier;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * The app's icon: a model's decision field over a square of the plane in the panels' colours, its p = 0.5 boundary
 * on top, in a rounded square. Drawn from the seed's trained network it is the ring, which reads at 16 pixels.
 */
public final class AppIcon {
    private AppIcon() {}

    /** The icon of {@code model} over {@code view}, {@code size} pixels square (16 or more). */
    public static BufferedImage draw(Classifier model, Viewport view, int size) {
        if (size < 16) {
            throw new IllegalArgumentException("an icon is at least 16 pixels, got " + size);
        }
        DecisionSurface surface = new DecisionSurface();
        surface.evaluate(model, view, size, size);
        int[] argb = new int[size * size];
        ColorMap.DEFAULT.fill(surface.values(), argb, 0, size * size);
        BufferedImage field = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        field.setRGB(0, 0, size, size, argb, 0, size);

        BufferedImage icon = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = icon.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double inset = size / 32.0;
            double side = size - 2 * inset;
            RoundRectangle2D.Double shape = new RoundRectangle2D.Double(inset, inset, side, side, side / 4, side / 4);
            g.setClip(shape);
            g.drawImage(field, 0, 0, null);
            IsoLine boundary = new IsoLine();
            int lines = boundary.trace(surface, 0.5);
            double[] xy = boundary.points();
            Path2D.Double path = new Path2D.Double();
            for (int k = 0; k < lines; k++) {
                for (int i = boundary.offset(k); i < boundary.offset(k + 1); i++) {
                    double x = (xy[2 * i] - view.x1Min()) / view.width() * size;
                    double y = (view.x2Max() - xy[2 * i + 1]) / view.height() * size;
                    if (i == boundary.offset(k)) {
                        path.moveTo(x, y);
                    } else {
                        path.lineTo(x, y);
                    }
                }
            }
            g.setColor(new Color(ColorMap.DEFAULT.boundary(), true));
            g.setStroke(
                    new BasicStroke((float) Math.max(1.5, size / 24.0), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(path);
            g.setClip(null);
            g.setColor(new Color(0x1F2329));
            g.setStroke(new BasicStroke((float) Math.max(1, size / 48.0)));
            g.draw(shape);
        } finally {
            g.dispose();
        }
        return icon;
    }
}
