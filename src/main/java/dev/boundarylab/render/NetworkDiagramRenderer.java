package dev.boundarylab.render;

import dev.boundarylab.model.Network;
import dev.boundarylab.model.UnitFields;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws a network as TensorFlow Playground does, with what it leaves out: a column per layer (the input features,
 * each hidden layer, the output), each unit a thumbnail of its values over the plane on a colour ramp over that
 * unit's own range (the output on the panels' probability ramp; for K classes, K output units, each its class's
 * probability in that class's colour), links between units as wide as |w| is large
 * against the largest weight and coloured by sign (the blue of class 1 for positive, the orange of class 0 for
 * negative), and each unit's bias as a dot on its corner, sized and coloured the same way. Plain Java2D.
 */
public final class NetworkDiagramRenderer {
    private static final double MAX_TILE = 64;
    private static final double MAX_LINK_WIDTH = 5;
    /** The width of a first-layer tile's border in its unit's colour. */
    static final double UNIT_BORDER = 3;
    /** The ring around the marked unit: its width, and its distance from the tile. */
    static final double MARK_WIDTH = 3;

    static final double MARK_GAP = 3;

    private final ColorMap colors;

    /** A renderer in the given colours. */
    public NetworkDiagramRenderer(ColorMap colors) {
        this.colors = colors;
    }

    /** The side of a unit's tile in a diagram of {@code spec} drawn w x h, in user units. */
    static double tile(NetworkDiagramSpec spec, double w, double h) {
        int columns = spec.fields().layers();
        double body = h - header(h);
        return Math.max(6, Math.min(MAX_TILE, Math.min(body / (spec.tallest() * 1.35 + 0.6), w / (columns * 2.4))));
    }

    private static double header(double h) {
        return Style.clamp(h * 0.09, 26, 44);
    }

    /** The centre of unit j of layer l (layer 0: the inputs), in a diagram drawn at (x, y) w x h. */
    static double[] centre(NetworkDiagramSpec spec, double x, double y, double w, double h, int l, int j) {
        int columns = spec.fields().layers();
        double top = y + header(h);
        double body = h - header(h);
        double s = tile(spec, w, h);
        double cx = x + w * (l + 0.5) / columns;
        int units = spec.fields().units(l);
        double gap = s * 0.35;
        double column = units * s + (units - 1) * gap;
        double cy = top + (body - column) / 2 + s / 2 + j * (s + gap);
        return new double[] {cx, cy};
    }

    /**
     * The unit under the point (px, py) of a diagram of {@code spec} drawn w x h at the origin, all in user units:
     * {@code {layer, unit}} (layer 0 the inputs, the last the output), or null between the tiles.
     */
    public static int[] unitAt(NetworkDiagramSpec spec, double w, double h, double px, double py) {
        double s = tile(spec, w, h);
        for (int l = 0; l < spec.fields().layers(); l++) {
            for (int j = 0; j < spec.fields().units(l); j++) {
                double[] c = centre(spec, 0, 0, w, h, l, j);
                if (Math.abs(px - c[0]) <= s / 2 && Math.abs(py - c[1]) <= s / 2) {
                    return new int[] {l, j};
                }
            }
        }
        return null;
    }

    /**
     * The link under (px, py) of a diagram of {@code spec} drawn w x h at the origin (user units), the nearest
     * within 4 units of its line: {@code {l, j, i}} for weight W_l[j][i] (l 0 the first hidden layer), or null.
     */
    public static int[] linkAt(NetworkDiagramSpec spec, double w, double h, double px, double py) {
        double s = tile(spec, w, h);
        Network net = spec.network();
        int[] best = null;
        double bestDistance = 4;
        for (int l = 0; l < net.depth(); l++) {
            double[][] wl = net.weights(l);
            for (int j = 0; j < wl.length; j++) {
                double[] to = centre(spec, 0, 0, w, h, l + 1, j);
                for (int i = 0; i < wl[j].length; i++) {
                    double[] from = centre(spec, 0, 0, w, h, l, i);
                    double d = Line2D.ptSegDist(from[0] + s / 2, from[1], to[0] - s / 2, to[1], px, py);
                    if (d <= bestDistance) {
                        bestDistance = d;
                        best = new int[] {l, j, i};
                    }
                }
            }
        }
        return best;
    }

    /** Draws the diagram into the region (x, y, w, h) of g, filling it with white first. */
    public void draw(Graphics2D g, double x, double y, double w, double h, NetworkDiagramSpec spec) {
        Style.paintRegion(g, "network diagram", w, h, g2 -> paint(g2, x, y, w, h, spec));
    }

    private void paint(Graphics2D g, double x, double y, double w, double h, NetworkDiagramSpec spec) {
        g.setColor(Style.BACKGROUND);
        g.fill(new Rectangle2D.Double(x, y, w, h));
        Network net = spec.network();
        UnitFields f = spec.fields();
        double s = tile(spec, w, h);
        Font title = Style.font(Font.BOLD, Style.clamp(h / 26, 11, 15));
        Font small = Style.font(Font.PLAIN, Style.clamp(s / 5, 8, 11));
        Style.text(
                g,
                Style.fit(spec.title(), title, w - 16),
                title,
                Style.TEXT,
                x + w / 2,
                y + title.getSize2D() * 1.3,
                0.5);

        double maxW = 1e-12;
        double maxB = 1e-12;
        for (int l = 0; l < net.depth(); l++) {
            for (double[] row : net.weights(l)) {
                for (double v : row) {
                    maxW = Math.max(maxW, Math.abs(v));
                }
            }
            for (double v : net.biases(l)) {
                maxB = Math.max(maxB, Math.abs(v));
            }
        }
        // Links under the tiles: from the right edge of unit i of layer l to the left edge of unit j of layer l + 1.
        for (int l = 0; l < net.depth(); l++) {
            double[][] wl = net.weights(l);
            for (int j = 0; j < wl.length; j++) {
                double[] to = centre(spec, x, y, w, h, l + 1, j);
                for (int i = 0; i < wl[j].length; i++) {
                    double[] from = centre(spec, x, y, w, h, l, i);
                    double v = wl[j][i];
                    g.setColor(signColor(v, 190));
                    g.setStroke(new BasicStroke(
                            (float) (0.4 + MAX_LINK_WIDTH * Math.abs(v) / maxW),
                            BasicStroke.CAP_BUTT,
                            BasicStroke.JOIN_ROUND));
                    g.draw(new Line2D.Double(from[0] + s / 2, from[1], to[0] - s / 2, to[1]));
                }
            }
        }
        Object interpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        for (int l = 0; l < f.layers(); l++) {
            for (int j = 0; j < f.units(l); j++) {
                double[] c = centre(spec, x, y, w, h, l, j);
                Rectangle2D box = new Rectangle2D.Double(c[0] - s / 2, c[1] - s / 2, s, s);
                g.drawImage(
                        thumbnail(f, l, j, l == f.layers() - 1),
                        (int) Math.round(box.getX()),
                        (int) Math.round(box.getY()),
                        (int) Math.round(s),
                        (int) Math.round(s),
                        null);
                if (spec.unitColors() && l == 1 && l < f.layers() - 1) {
                    // The colour of the unit's zero line on the network panel, so that lines and tiles match.
                    g.setColor(Style.unitColor(j));
                    g.setStroke(new BasicStroke((float) UNIT_BORDER));
                } else {
                    g.setColor(Style.AXIS);
                    g.setStroke(new BasicStroke(1f));
                }
                g.draw(box);
                int[] m = spec.marked();
                if (m != null && m[0] == l && m[1] == j) {
                    double gap = MARK_GAP + MARK_WIDTH / 2;
                    g.setColor(Style.ACCENT);
                    g.setStroke(new BasicStroke((float) MARK_WIDTH));
                    g.draw(new java.awt.geom.RoundRectangle2D.Double(
                            box.getX() - gap, box.getY() - gap, s + 2 * gap, s + 2 * gap, 6, 6));
                }
                if (l > 0) {
                    double b = net.biases(l - 1)[j];
                    double r = 1.5 + 3.5 * Math.abs(b) / maxB;
                    g.setColor(signColor(b, 255));
                    g.fill(new Ellipse2D.Double(box.getMinX() - r, box.getMaxY() - r, 2 * r, 2 * r));
                }
                if (l == f.layers() - 1 && net.classes() > 2) {
                    String name = "P(class " + j + ")";
                    Style.text(g, name, small, Style.MUTED, box.getMaxX() + 4, c[1] + Style.capHeight(small) / 2, 0);
                }
                if (l == 0) {
                    String name = net.architecture().features().get(j).id();
                    Style.text(g, name, small, Style.MUTED, box.getMinX() - 4, c[1] + Style.capHeight(small) / 2, 1);
                }
            }
            String label = l == 0 ? "inputs" : l == f.layers() - 1 ? "output" : "layer " + l;
            double[] first = centre(spec, x, y, w, h, l, 0);
            Style.text(g, label, small, Style.MUTED, first[0], first[1] - s / 2 - 6, 0.5);
        }
        if (interpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }

    /** The colour of a weight or bias of sign {@code v}: class 1's for positive, class 0's for negative. */
    private Color signColor(double v, int alpha) {
        Color c = new Color(colors.point(v >= 0 ? 1 : 0), false);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /**
     * Unit j of layer l as a small image, one pixel a grid cell: its values on the colour ramp from its least
     * (the ramp's class-0 end) to its greatest; the output, a probability, on the ramp as the panels show it; one
     * of K softmax outputs in its class's colour over white, as opaque as its probability.
     */
    private BufferedImage thumbnail(UnitFields f, int l, int j, boolean probability) {
        int cols = f.grid().columns();
        int rows = f.grid().rows();
        BufferedImage img = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_ARGB);
        float[] v = f.value(l, j);
        int classes = f.units(f.layers() - 1);
        if (probability && classes > 2) {
            // One of K softmax outputs: its class's colour, as strong as the probability of that class.
            int[] argb = new int[cols * rows];
            for (int k = 0; k < argb.length; k++) {
                argb[k] = colors.classOverWhite(j, classes, v[k]);
            }
            img.setRGB(0, 0, cols, rows, argb, 0, cols);
            return img;
        }
        double lo = probability ? 0 : f.min(l, j);
        double span = probability ? 1 : f.max(l, j) - lo;
        int[] argb = new int[cols * rows];
        for (int k = 0; k < argb.length; k++) {
            argb[k] = colors.argb(span > 0 ? (v[k] - lo) / span : 0.5);
        }
        img.setRGB(0, 0, cols, rows, argb, 0, cols);
        return img;
    }
}
