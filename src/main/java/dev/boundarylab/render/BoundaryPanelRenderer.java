package dev.boundarylab.render;

import dev.boundarylab.data.Dataset;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Draws one decision panel: the model's probability of class 1 as a colour field, the decision boundary
 * (p = 0.5) as a line, the data points coloured by class, axes with numbered ticks, and a title.
 *
 * <p>The colour field is sampled at one cell per device pixel of the plot (up to {@link #maxSurfaceResolution}),
 * written through the {@link ColorMap} lookup table straight into the int raster of a reused image at device
 * resolution (interpolated bilinearly between cells when the resolution is capped) and copied pixel for pixel.
 * The surface, the boundary's segments, that image, the layout with its fonts and tick labels, and the title
 * fitted to it are kept between calls, so redrawing a panel of unchanged size measures no text and allocates
 * only what Java2D allocates inside its own calls (a few kilobytes a frame: a copy of the graphics, font
 * validation, rectangles for every point stamped). Not thread-safe: give each drawing thread its own renderer.
 */
public final class BoundaryPanelRenderer {
    /** The colour of the grid lines over the field. */
    private static final Color GRID_LINE = new Color(255, 255, 255, 90);
    /** The identity: drawing in device pixels. Never modified. */
    private static final AffineTransform DEVICE = new AffineTransform();

    private final ColorMap colors;
    private final DecisionSurface surface = new DecisionSurface();
    private final IsoLine boundary = new IsoLine();
    private final Path2D.Double path = new Path2D.Double();
    private final PointSprites dots;
    private BufferedImage heat;
    // Workspaces of upscale: the grid as colour-table indices; per raster column the grid column left of it and
    // the weight of the one right of it; two grid rows interpolated to the raster's width.
    private int[] column = new int[0];
    private float[] columnWeight = new float[0];
    private float[] upper = new float[0];
    private float[] lower = new float[0];
    private float[] index = new float[0];
    private int maxSurfaceResolution = 4096;
    private Rectangle2D lastPlot = new Rectangle2D.Double();
    private final Color boundaryColor;
    private final Rectangle2D.Double region = new Rectangle2D.Double();
    private final Path2D.Double marks = new Path2D.Double();
    // Kept between frames: the layout of the last panel, and its title fitted to it.
    private Layout cachedLayout;
    private Layout titleLayout;
    private String titleText;
    private String titleFit;
    private double titleWidth;

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
        this.boundaryColor = new Color(colors.boundary(), true);
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
        Style.paintRegion(g, "panel", x, y, width, height, (g2, rx, ry, rw, rh) -> paint(g2, rx, ry, rw, rh, spec));
    }

    private void paint(Graphics2D g, double x, double y, double w, double h, PanelSpec spec) {
        Viewport v = spec.view();
        Layout lay = layout(x, y, w, h, v, cachedLayout);
        cachedLayout = lay;
        Rectangle2D plot = Style.snap(g, lay.plot);
        lastPlot = plot;
        g.setColor(Style.BACKGROUND);
        region.setRect(x, y, w, h);
        g.fill(region);

        drawField(g, plot, spec);
        Shape oldClip = g.getClip();
        g.clip(plot);
        drawGridLines(g, plot, v, lay);
        drawBoundary(g, plot, v, lay);
        drawPoints(g, plot, v, spec.data(), lay);
        g.setClip(oldClip);
        drawAxes(g, plot, v, lay);

        // The title is fitted once for each title and layout: measuring text costs more than drawing it.
        if (!spec.title().equals(titleText) || lay != titleLayout) {
            titleText = spec.title();
            titleLayout = lay;
            titleFit = Style.fit(titleText, lay.titleFont, w - 2 * lay.pad);
            titleWidth = Style.width(lay.titleFont, titleFit);
        }
        Style.text(g, titleFit, titleWidth, lay.titleFont, Style.TEXT, plot.getCenterX(),
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
        if (heat == null || heat.getWidth() != dw || heat.getHeight() != dh) {
            heat = new BufferedImage(dw, dh, BufferedImage.TYPE_INT_RGB);
        }
        int[] pixels = ((DataBufferInt) heat.getRaster().getDataBuffer()).getData();
        if (cols == dw && rows == dh) {
            colors.fill(surface.values(), pixels, 0, cols * rows);
        } else {
            upscale(surface.values(), cols, rows, pixels, dw, dh);
        }
        // One device pixel per image pixel: a plain copy, where a scaled image costs Java2D a slow general loop.
        AffineTransform user = g.getTransform();
        int dx = (int) Math.round(plot.getMinX() * user.getScaleX() + user.getTranslateX());
        int dy = (int) Math.round(plot.getMinY() * user.getScaleY() + user.getTranslateY());
        g.setTransform(DEVICE);
        g.drawImage(heat, dx, dy, null);
        g.setTransform(user);
    }

    /**
     * Colours a {@code width x height} raster from a coarser {@code cols x rows} grid of probabilities, bilinearly
     * interpolated between cell centres (edge cells extended), as Java2D's bilinear scaling samples an image. The
     * probabilities are interpolated and then coloured (one table read a pixel), rather than the colours
     * interpolated, which differs from scaling the coloured image by a unit or two of a colour channel at most.
     * Probabilities outside [0, 1] are clamped first; where the grid has a NaN, the pixels next to it show the
     * undefined colour.
     *
     * @param p the probabilities, row-major, not modified
     * @param argb the raster, {@code width x height}, modified
     */
    private void upscale(float[] p, int cols, int rows, int[] argb, int width, int height) {
        int n = cols * rows;
        if (index.length < n) {
            index = new float[n];
        }
        // The colour table's index as a float, 0.5 to SIZE - 0.5, so that a pixel's colour is entry (int) of the
        // interpolated index: the same entry ColorMap.argb gives for the interpolated probability.
        float[] q = index;
        float last = ColorMap.SIZE - 1;
        for (int k = 0; k < n; k++) {
            q[k] = Math.max(0f, Math.min(1f, p[k])) * last + 0.5f;
        }
        boolean undefined = false;
        for (int k = 0; k < n && !undefined; k++) {
            undefined = q[k] != q[k];
        }
        if (column.length < width) {
            column = new int[width];
            columnWeight = new float[width];
            upper = new float[width];
            lower = new float[width];
        }
        for (int x = 0; x < width; x++) {
            double u = (x + 0.5) * cols / width - 0.5;
            int i = (int) Math.floor(u);
            float f = (float) (u - i);
            if (i < 0) {
                i = 0;
                f = 0;
            } else if (i >= cols - 1) {
                i = cols - 2;
                f = 1;
            }
            column[x] = i;
            columnWeight[x] = f;
        }
        // upper and lower hold grid rows j and j + 1 interpolated to the raster's columns; moving down one grid row
        // reuses the old lower row as the new upper one.
        int upperRow = -1;
        int lowerRow = -1;
        for (int y = 0; y < height; y++) {
            double v = (y + 0.5) * rows / height - 0.5;
            int j = (int) Math.floor(v);
            float f = (float) (v - j);
            if (j < 0) {
                j = 0;
                f = 0;
            } else if (j >= rows - 1) {
                j = rows - 2;
                f = 1;
            }
            if (upperRow != j) {
                if (lowerRow == j) {
                    float[] t = upper;
                    upper = lower;
                    lower = t;
                } else {
                    interpolateRow(j * cols, upper, width);
                }
                upperRow = j;
                interpolateRow((j + 1) * cols, lower, width);
                lowerRow = j + 1;
            }
            colourRow(upper, lower, f, argb, y * width, width);
        }
        if (undefined) {
            markUndefined(p, cols, rows, argb, width, height);
        }
    }

    private void interpolateRow(int base, float[] out, int width) {
        float[] q = index;
        for (int x = 0; x < width; x++) {
            float a = q[base + column[x]];
            float b = q[base + column[x] + 1];
            out[x] = a + columnWeight[x] * (b - a);
        }
    }

    /** argb[offset + x] = the colour at index a[x] + f (b[x] - a[x]), NaN taken as 0 (see markUndefined). */
    private void colourRow(float[] a, float[] b, float f, int[] argb, int offset, int width) {
        for (int x = 0; x < width; x++) {
            argb[offset + x] = colors.entry((int) (a[x] + f * (b[x] - a[x])));
        }
    }

    /** Paints the undefined colour over every pixel whose interpolation involved a NaN cell. Rare; not fast. */
    private void markUndefined(float[] p, int cols, int rows, int[] argb, int width, int height) {
        int grey = colors.undefined();
        for (int y = 0; y < height; y++) {
            int j0 = Math.max(0, Math.min(rows - 2, (int) Math.floor((y + 0.5) * rows / height - 0.5)));
            for (int x = 0; x < width; x++) {
                int i0 = column[x];
                int k = j0 * cols + i0;
                if (p[k] != p[k] || p[k + 1] != p[k + 1] || p[k + cols] != p[k + cols]
                        || p[k + cols + 1] != p[k + cols + 1]) {
                    argb[y * width + x] = grey;
                }
            }
        }
    }

    /**
     * Faint white lines at the ticks help read positions without competing with the field. They are filled as
     * device-pixel rectangles where Java2D's normalized, unantialiased stroke of width {@code lay.hair} would put
     * them: a translucent stroke takes Java2D's slowest path (a paint context and rasters for every line), while a
     * rectangle on whole pixels is filled by its antialiased parallelogram loop, fully covered, at once.
     */
    private void drawGridLines(Graphics2D g, Rectangle2D plot, Viewport v, Layout lay) {
        AffineTransform user = g.getTransform();
        double s = user.getScaleX();
        double tx = user.getTranslateX();
        double ty = user.getTranslateY();
        int left = (int) Math.round(plot.getMinX() * s + tx);
        int right = (int) Math.round(plot.getMaxX() * s + tx);
        int top = (int) Math.round(plot.getMinY() * s + ty);
        int bottom = (int) Math.round(plot.getMaxY() * s + ty);
        double half = lay.hair * s / 2;
        g.setTransform(DEVICE);
        g.setColor(GRID_LINE);
        for (double t : lay.ticks1) {
            double x = Math.floor(sx(plot, v, t) * s + tx + 0.25) + 0.25;
            int from = Math.max(left, (int) Math.ceil(x - half - 0.5));
            int to = Math.min(right, (int) Math.ceil(x + half - 0.5));
            if (to > from) {
                region.setRect(from, top, to - from, bottom - top);
                g.fill(region);
            }
        }
        for (double t : lay.ticks2) {
            double y = Math.floor(sy(plot, v, t) * s + ty + 0.25) + 0.25;
            int from = Math.max(top, (int) Math.ceil(y - half - 0.5));
            int to = Math.min(bottom, (int) Math.ceil(y + half - 0.5));
            if (to > from) {
                region.setRect(left, from, right - left, to - from);
                g.fill(region);
            }
        }
        g.setTransform(user);
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
        g.setStroke(lay.boundaryStroke);
        g.setColor(boundaryColor);
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
        g.setTransform(DEVICE);
        for (int i = 0; i < data.size(); i++) {
            double dx = sx(plot, v, data.x1(i)) * sx + tx;
            double dy = sy(plot, v, data.x2(i)) * sy + ty;
            dots.stamp(g, data.label(i), dx, dy);
        }
        g.setTransform(user);
    }

    private void drawAxes(Graphics2D g, Rectangle2D plot, Viewport v, Layout lay) {
        Style.crisp(g, true);
        g.setStroke(lay.hairStroke);
        g.setColor(Style.AXIS);
        g.draw(plot);
        double tick = lay.tickLength;
        double cap = Style.capHeight(lay.tickFont);
        // The tick marks as one path: Java2D copies every shape it strokes without antialiasing, once a call.
        marks.reset();
        for (double t : lay.ticks1) {
            double px = sx(plot, v, t);
            marks.moveTo(px, plot.getMaxY());
            marks.lineTo(px, plot.getMaxY() + tick);
        }
        for (double t : lay.ticks2) {
            double py = sy(plot, v, t);
            marks.moveTo(plot.getMinX() - tick, py);
            marks.lineTo(plot.getMinX(), py);
        }
        g.draw(marks);
        Style.crisp(g, false);
        for (int i = 0; i < lay.ticks1.length; i++) {
            Style.text(g, lay.labels1[i], lay.widths1[i], lay.tickFont, Style.MUTED, sx(plot, v, lay.ticks1[i]),
                    plot.getMaxY() + tick + lay.gap + cap, 0.5);
        }
        for (int i = 0; i < lay.ticks2.length; i++) {
            Style.text(g, lay.labels2[i], lay.widths2[i], lay.tickFont, Style.MUTED,
                    plot.getMinX() - tick - lay.gap, sy(plot, v, lay.ticks2[i]) + cap / 2, 1);
        }
        Font lf = lay.labelFont;
        double labelBaseline = plot.getMaxY() + tick + lay.gap + cap + lay.gap * 1.5 + Style.capHeight(lf) + 1;
        axisName(g, lay, "1", plot.getCenterX(), labelBaseline);
        AffineTransform saved = g.getTransform();
        double lx = plot.getMinX() - tick - lay.gap * 2.5 - lay.tickLabelWidth;
        g.translate(lx, plot.getCenterY());
        g.rotate(-Math.PI / 2);
        axisName(g, lay, "2", 0, 0);
        g.setTransform(saved);
    }

    /** x1 or x2 centred on x, as {@link Style#subscripted} draws it, from the fonts and widths of the layout. */
    private static void axisName(Graphics2D g, Layout lay, String sub, double x, double y) {
        double left = x - 0.5 * lay.axisNameWidth;
        Style.text(g, "x", lay.xWidth, lay.italicFont, Style.TEXT, left, y, 0);
        Style.text(g, sub, lay.subscriptWidth, lay.subscriptFont, Style.TEXT, left + lay.xWidth + 1,
                y + 0.22 * lay.labelFont.getSize2D(), 0);
    }

    private static double sx(Rectangle2D plot, Viewport v, double x1) {
        return plot.getMinX() + (x1 - v.x1Min()) / v.width() * plot.getWidth();
    }

    private static double sy(Rectangle2D plot, Viewport v, double x2) {
        return plot.getMinY() + (v.x2Max() - x2) / v.height() * plot.getHeight();
    }

    /**
     * Sizes and positions of a panel, all in user units, with the fonts, strokes and tick labels (and their
     * widths) they imply; computed for a region and viewport and kept while they stay the same.
     */
    private record Layout(double x, double y, double w, double h, Viewport view, Rectangle2D plot, Font titleFont,
            Font tickFont, Font labelFont, double pad, double gap, double tickLength, double hair,
            double tickLabelWidth, double[] ticks1, double step1, double[] ticks2, double step2, double pointRadius,
            double pointRing, double boundaryWidth, String[] labels1, double[] widths1, String[] labels2,
            double[] widths2, Font italicFont, Font subscriptFont, double xWidth, double subscriptWidth,
            double axisNameWidth, BasicStroke hairStroke, BasicStroke boundaryStroke) {
        boolean isFor(double x, double y, double w, double h, Viewport view) {
            return x == this.x && y == this.y && w == this.w && h == this.h && view.equals(this.view);
        }
    }

    private static Layout layout(double x, double y, double w, double h, Viewport v) {
        return layout(x, y, w, h, v, null);
    }

    /** The layout of a panel in the region (x, y, w, h) over v: {@code previous} if it was made for the same. */
    private static Layout layout(double x, double y, double w, double h, Viewport v, Layout previous) {
        if (previous != null && previous.isFor(x, y, w, h, v)) {
            return previous;
        }
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
        String[] labels1 = new String[ticks1.length];
        double[] widths1 = new double[ticks1.length];
        for (int i = 0; i < ticks1.length; i++) {
            labels1[i] = Ticks.format(ticks1[i], step1);
            widths1[i] = Style.width(tickFont, labels1[i]);
        }
        String[] labels2 = new String[ticks2.length];
        double[] widths2 = new double[ticks2.length];
        double labelWidth = 0;
        for (int i = 0; i < ticks2.length; i++) {
            labels2[i] = Ticks.format(ticks2[i], step2);
            widths2[i] = Style.width(tickFont, labels2[i]);
            labelWidth = Math.max(labelWidth, widths2[i]);
        }
        double lastHalf = ticks1.length == 0 ? 0 : 0.5 * widths1[ticks1.length - 1];
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
        double hair = 1.0;
        double boundaryWidth = Style.clamp(pw / 190, 1.2, 2.4);
        Font italic = labelFont.deriveFont(Font.ITALIC);
        Font subscript = labelFont.deriveFont(labelFont.getSize2D() * 0.72f);
        return new Layout(x, y, w, h, v, plot, titleFont, tickFont, labelFont, pad, gap, tickLength, hair,
                labelWidth, ticks1, step1, ticks2, step2, pointRadius, Math.max(0.7, pointRadius * 0.27),
                boundaryWidth, labels1, widths1, labels2, widths2, italic, subscript, Style.width(italic, "x"),
                Style.width(subscript, "1"), Style.subscriptedWidth(labelFont, "x", "1"), Style.stroke(hair),
                Style.stroke(boundaryWidth));
    }
}
