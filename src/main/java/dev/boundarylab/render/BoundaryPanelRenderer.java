package dev.boundarylab.render;

import dev.boundarylab.data.Dataset;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Draws one decision panel: the model's probability of class 1 as a colour field, the decision boundary
 * (p = 0.5) as a line, the data points coloured by class, axes with numbered ticks, and a title.
 *
 * <p>The colour field is sampled at one cell per device pixel of the plot (up to {@link #maxSurfaceResolution}),
 * written through the {@link ColorMap} lookup table straight into the int raster of a reused image, and drawn
 * pixel for pixel (or scaled bilinearly when the resolution is capped). The surface, the boundary's segments and
 * that image are kept between calls, so redrawing a panel of unchanged size allocates almost nothing.
 * Not thread-safe: give each drawing thread its own renderer.
 */
public final class BoundaryPanelRenderer {
    private final ColorMap colors;
    private final DecisionSurface surface = new DecisionSurface();
    private final IsoLine boundary = new IsoLine();
    private final Path2D.Double path = new Path2D.Double();
    private final PointSprites dots;
    private BufferedImage heat;
    private int maxSurfaceResolution = 4096;
    private Rectangle2D lastPlot = new Rectangle2D.Double();

    /** A renderer with the house colours. */
    public BoundaryPanelRenderer() {
        this(ColorMap.DEFAULT);
    }

    /** A renderer with the given colours. */
    public BoundaryPanelRenderer(ColorMap colors) {
        if (colors == null) {
            throw new IllegalArgumentException("colour map is null");
        }
        this.colors = colors;
        this.dots = new PointSprites(colors);
    }

    /** The largest number of surface cells along a side; beyond it the field is scaled up bilinearly. */
    public int maxSurfaceResolution() {
        return maxSurfaceResolution;
    }

    /**
     * Caps the surface grid at {@code cells} along each side (default 4096, i.e. one cell per device pixel). A
     * window that must redraw fast may lower it; the boundary line is then traced on the coarser grid.
     *
     * @throws IllegalArgumentException if cells is below 2
     */
    public void setMaxSurfaceResolution(int cells) {
        if (cells < 2) {
            throw new IllegalArgumentException("surface resolution must be at least 2 cells, got " + cells);
        }
        this.maxSurfaceResolution = cells;
    }

    /**
     * The plot rectangle (inside the axes) of the last panel drawn, in the user units of its Graphics2D: map
     * x1 to {@code minX + (x1 - view.x1Min()) / view.width() * width}, x2 likewise from the top.
     */
    public Rectangle2D lastPlotArea() {
        return (Rectangle2D) lastPlot.clone();
    }

    /**
     * Where the plot of a panel drawn in the region (x, y, width, height) with this viewport will be, in the same
     * units. The same computation {@link #draw} uses, before snapping to device pixels.
     */
    public static Rectangle2D plotArea(double x, double y, double width, double height, Viewport view) {
        return layout(x, y, width, height, view).plot;
    }

    /**
     * Draws the panel into the region (x, y, width, height) of g, in g's user units. g may scale (that is how
     * figures are drawn at 2x and 3x) but must not rotate. The region is filled with white first.
     *
     * @param g the target, modified (its clip, colour, font, stroke and hints are restored afterwards)
     */
    public void draw(Graphics2D g, double x, double y, double width, double height, PanelSpec spec) {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("panel region must have a positive size, got " + width + " x "
                    + height);
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            Style.hints(g2);
            paint(g2, x, y, width, height, spec);
        } finally {
            g2.dispose();
        }
    }

    private void paint(Graphics2D g, double x, double y, double w, double h, PanelSpec spec) {
        Viewport v = spec.view();
        Layout lay = layout(x, y, w, h, v);
        Rectangle2D plot = Style.snap(g, lay.plot);
        lastPlot = plot;
        g.setColor(Style.BACKGROUND);
        g.fill(new Rectangle2D.Double(x, y, w, h));

        drawField(g, plot, spec);
        Shape oldClip = g.getClip();
        g.clip(plot);
        drawGridLines(g, plot, v, lay);
        drawBoundary(g, plot, v, lay);
        drawPoints(g, plot, v, spec.data(), lay);
        g.setClip(oldClip);
        drawAxes(g, plot, v, lay);

        String title = Style.fit(spec.title(), lay.titleFont, w - 2 * lay.pad);
        Style.text(g, title, lay.titleFont, Style.TEXT, plot.getCenterX(),
                plot.getMinY() - lay.pad * 0.9 - 0.2 * lay.titleFont.getSize2D(), 0.5);
    }

    private void drawField(Graphics2D g, Rectangle2D plot, PanelSpec spec) {
        int dw = Math.max(2, Style.devicePixels(g, plot.getWidth()));
        int dh = Math.max(2, Style.devicePixels(g, plot.getHeight()));
        int cols = dw;
        int rows = dh;
        int cap = maxSurfaceResolution;
        if (cols > cap || rows > cap) {
            double f = (double) cap / Math.max(cols, rows);
            cols = Math.max(2, (int) Math.round(cols * f));
            rows = Math.max(2, (int) Math.round(rows * f));
        }
        surface.evaluate(spec.model(), spec.view(), cols, rows);
        if (heat == null || heat.getWidth() != cols || heat.getHeight() != rows) {
            heat = new BufferedImage(cols, rows, BufferedImage.TYPE_INT_RGB);
        }
        int[] pixels = ((DataBufferInt) heat.getRaster().getDataBuffer()).getData();
        colors.fill(surface.values(), pixels, 0, cols * rows);
        AffineTransform at = new AffineTransform(plot.getWidth() / cols, 0, 0, plot.getHeight() / rows,
                plot.getMinX(), plot.getMinY());
        g.drawImage(heat, at, null);
    }

    private void drawGridLines(Graphics2D g, Rectangle2D plot, Viewport v, Layout lay) {
        // Faint white lines at the ticks help read positions without competing with the field.
        Style.crisp(g, true);
        g.setStroke(Style.stroke(lay.hair));
        g.setColor(new Color(255, 255, 255, 90));
        for (double t : lay.ticks1) {
            double px = sx(plot, v, t);
            g.draw(new Line2D.Double(px, plot.getMinY(), px, plot.getMaxY()));
        }
        for (double t : lay.ticks2) {
            double py = sy(plot, v, t);
            g.draw(new Line2D.Double(plot.getMinX(), py, plot.getMaxX(), py));
        }
        Style.crisp(g, false);
    }

    private void drawBoundary(Graphics2D g, Rectangle2D plot, Viewport v, Layout lay) {
        int lines = boundary.trace(surface, 0.5);
        if (lines == 0) {
            return;
        }
        double[] xy = boundary.points();
        path.reset();
        for (int k = 0; k < lines; k++) {
            int from = boundary.offset(k);
            int to = boundary.offset(k + 1);
            path.moveTo(sx(plot, v, xy[2 * from]), sy(plot, v, xy[2 * from + 1]));
            for (int i = from + 1; i < to; i++) {
                path.lineTo(sx(plot, v, xy[2 * i]), sy(plot, v, xy[2 * i + 1]));
            }
        }
        g.setStroke(Style.stroke(lay.boundaryWidth));
        g.setColor(new Color(colors.boundary(), true));
        g.draw(path);
    }

    /**
     * Points are stamped from small pre-drawn images (one per class and quarter-pixel offset), which keeps every
     * point antialiased and placed to a quarter pixel while costing one image copy instead of two shape fills.
     */
    private void drawPoints(Graphics2D g, Rectangle2D plot, Viewport v, Dataset data, Layout lay) {
        AffineTransform user = g.getTransform();
        double sx = user.getScaleX();
        double sy = user.getScaleY();
        double tx = user.getTranslateX();
        double ty = user.getTranslateY();
        dots.prepare(lay.pointRadius * sx, lay.pointRing * sx);
        // Device pixels from here on; the clip set in user units stays where it was.
        g.setTransform(new AffineTransform());
        for (int i = 0; i < data.size(); i++) {
            double dx = sx(plot, v, data.x1(i)) * sx + tx;
            double dy = sy(plot, v, data.x2(i)) * sy + ty;
            dots.stamp(g, data.label(i), dx, dy);
        }
        g.setTransform(user);
    }

    private void drawAxes(Graphics2D g, Rectangle2D plot, Viewport v, Layout lay) {
        Style.crisp(g, true);
        g.setStroke(Style.stroke(lay.hair));
        g.setColor(Style.AXIS);
        g.draw(plot);
        double tick = lay.tickLength;
        double cap = Style.capHeight(lay.tickFont);
        for (double t : lay.ticks1) {
            double px = sx(plot, v, t);
            g.setColor(Style.AXIS);
            g.draw(new Line2D.Double(px, plot.getMaxY(), px, plot.getMaxY() + tick));
            Style.text(g, Ticks.format(t, lay.step1), lay.tickFont, Style.MUTED, px,
                    plot.getMaxY() + tick + lay.gap + cap, 0.5);
        }
        for (double t : lay.ticks2) {
            double py = sy(plot, v, t);
            g.setColor(Style.AXIS);
            g.draw(new Line2D.Double(plot.getMinX() - tick, py, plot.getMinX(), py));
            Style.text(g, Ticks.format(t, lay.step2), lay.tickFont, Style.MUTED, plot.getMinX() - tick - lay.gap,
                    py + cap / 2, 1);
        }
        Style.crisp(g, false);
        Font lf = lay.labelFont;
        double labelBaseline = plot.getMaxY() + tick + lay.gap + cap + lay.gap * 1.5 + Style.capHeight(lf) + 1;
        Style.subscripted(g, lf, Style.TEXT, "x", "1", plot.getCenterX(), labelBaseline, 0.5);
        AffineTransform saved = g.getTransform();
        double lx = plot.getMinX() - tick - lay.gap * 2.5 - lay.tickLabelWidth;
        g.translate(lx, plot.getCenterY());
        g.rotate(-Math.PI / 2);
        Style.subscripted(g, lf, Style.TEXT, "x", "2", 0, 0, 0.5);
        g.setTransform(saved);
    }

    private static double sx(Rectangle2D plot, Viewport v, double x1) {
        return plot.getMinX() + (x1 - v.x1Min()) / v.width() * plot.getWidth();
    }

    private static double sy(Rectangle2D plot, Viewport v, double x2) {
        return plot.getMinY() + (v.x2Max() - x2) / v.height() * plot.getHeight();
    }

    /** Sizes and positions of a panel, all in user units. */
    private record Layout(Rectangle2D plot, Font titleFont, Font tickFont, Font labelFont, double pad, double gap,
            double tickLength, double hair, double tickLabelWidth, double[] ticks1, double step1, double[] ticks2,
            double step2, double pointRadius, double pointRing, double boundaryWidth) {
    }

    private static Layout layout(double x, double y, double w, double h, Viewport v) {
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
        double labelWidth = 0;
        for (double t : ticks2) {
            labelWidth = Math.max(labelWidth, Style.width(tickFont, Ticks.format(t, step2)));
        }
        double lastHalf = ticks1.length == 0 ? 0
                : 0.5 * Style.width(tickFont, Ticks.format(ticks1[ticks1.length - 1], step1));
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
        Rectangle2D plot = new Rectangle2D.Double(px, py, pw, ph);
        double pointRadius = Style.clamp(pw / 92, 2.2, 4.6);
        return new Layout(plot, titleFont, tickFont, labelFont, pad, gap, tickLength, 1.0, labelWidth, ticks1,
                step1, ticks2, step2, pointRadius, Math.max(0.7, pointRadius * 0.27),
                Style.clamp(pw / 190, 1.2, 2.4));
    }
}
