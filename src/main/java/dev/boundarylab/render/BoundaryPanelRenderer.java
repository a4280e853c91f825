package dev.boundarylab.render;

import dev.boundarylab.data.Dataset;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Draws one decision panel: the model's probability of class 1 as a colour field, the decision boundary
 * (p = 0.5) as a line, the data points coloured by class, axes with numbered ticks, and a title.
 *
 * <p>Everything inside the plot (the colour field, the grid lines, the boundary and the points) is drawn by this
 * class's own loops into the int raster of a reused image at device resolution, the PLOT RASTER, which is then
 * copied pixel for pixel; Java2D draws only what is around it (axes, tick labels, title). The field is sampled at
 * one cell per device pixel of the plot (up to {@link #maxSurfaceResolution}) through the {@link ColorMap} lookup
 * table, interpolated bilinearly between cells when the resolution is capped.
 *
 * <p>So a window can redraw without allocating: {@link #redrawPlot} repaints only the plot raster of the panel last
 * drawn whole into the same image by {@link #drawWhole}, when the size, axes and title are unchanged, and copies
 * it into the image with the pixels the axes' frame put over it. That path makes no Java2D call and allocates
 * nothing (the surface, the boundary's segments, the rasters and the layout are kept between calls). Not
 * thread-safe: give each drawing thread its own renderer.
 */
public final class BoundaryPanelRenderer {
    /** The most points of one set a panel draws; of more, an evenly spread subset (see drawingStep). */
    static final int MAX_DRAWN_POINTS = 20_000;
    /** The opacity, out of 255, of the white grid lines over the field. */
    private static final int GRID_ALPHA = 90;
    /** The identity: drawing in device pixels. Never modified. */
    private static final AffineTransform DEVICE = new AffineTransform();

    private final ColorMap colors;
    private final DecisionSurface surface = new DecisionSurface();
    private final IsoLine boundary = new IsoLine();
    private final PointSprites dots;
    // The plot raster (opaque ARGB) and where its top left pixel lies in the device space of the last drawing.
    private BufferedImage heat;
    private int[] heatPixels = new int[0];
    private int heatX;
    private int heatY;
    // Device pixels per user unit and the translation of the last drawing (it must not rotate or shear).
    private double deviceScale = 1;
    private double deviceTx;
    private double deviceTy;
    private final Coverage line = new Coverage();
    // Whole drawings remembered for redrawPlot: the image, what made its surroundings, and the pixels over the plot.
    private BufferedImage wholeTarget;
    private Viewport wholeView;
    private String wholeTitle;
    private int[] overlayIndex = new int[0];
    private int[] overlayColor = new int[0];
    private int overlayCount;
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
        wholeTarget = null;
        Viewport v = spec.view();
        Layout lay = layout(x, y, w, h, v, cachedLayout);
        cachedLayout = lay;
        Rectangle2D plot = Style.snap(g, lay.plot);
        lastPlot = plot;
        g.setColor(Style.BACKGROUND);
        region.setRect(x, y, w, h);
        g.fill(region);

        AffineTransform user = g.getTransform();
        deviceScale = user.getScaleX();
        deviceTx = user.getTranslateX();
        deviceTy = user.getTranslateY();
        renderPlot(spec, lay, plot);
        // One device pixel per image pixel: a plain copy, where a scaled image costs Java2D a slow general loop.
        g.setTransform(DEVICE);
        g.drawImage(heat, heatX, heatY, null);
        g.setTransform(user);
        drawAxes(g, plot, v, lay);

        // The title is fitted once for each title and layout: measuring text costs more than drawing it.
        if (!spec.title().equals(titleText) || lay != titleLayout) {
            titleText = spec.title();
            titleLayout = lay;
            titleFit = Style.fit(titleText, lay.titleFont, w - 2 * lay.pad);
            titleWidth = Style.width(lay.titleFont, titleFit);
        }
        Style.text(
                g,
                titleFit,
                titleWidth,
                lay.titleFont,
                Style.TEXT,
                plot.getCenterX(),
                plot.getMinY() - lay.pad * 0.9 - 0.2 * lay.titleFont.getSize2D(),
                0.5);
    }

    /**
     * Draws a whole panel into the region (x, y, width, height) of {@code g}, a graphics of {@code target}, as
     * {@link #draw} does, and remembers it for {@link #redrawPlot}: which image, the axes and title, and the pixels
     * Java2D put over the plot raster (the axes' frame).
     *
     * @param target the image g draws into, modified
     */
    public void drawWhole(
            BufferedImage target, Graphics2D g, double x, double y, double width, double height, PanelSpec spec) {
        draw(g, x, y, width, height, spec);
        int[] dst = IntRaster.of(target);
        if (dst == null) {
            return;
        }
        int tw = target.getWidth();
        int count = 0;
        for (int row = 0; row < heat.getHeight(); row++) {
            int ty = heatY + row;
            if (ty < 0 || ty >= target.getHeight()) {
                continue;
            }
            for (int col = 0; col < heat.getWidth(); col++) {
                int tx = heatX + col;
                if (tx < 0 || tx >= tw) {
                    continue;
                }
                int k = ty * tw + tx;
                if (dst[k] != heatPixels[row * heat.getWidth() + col]) {
                    if (count == overlayIndex.length) {
                        overlayIndex = java.util.Arrays.copyOf(overlayIndex, Math.max(64, 2 * count));
                        overlayColor = java.util.Arrays.copyOf(overlayColor, overlayIndex.length);
                    }
                    overlayIndex[count] = k;
                    overlayColor[count] = dst[k];
                    count++;
                }
            }
        }
        overlayCount = count;
        wholeTarget = target;
        wholeView = spec.view();
        wholeTitle = spec.title();
    }

    /**
     * Redraws only the plot of the panel {@link #drawWhole} last drew into {@code target}, if that is still the last
     * drawing this renderer made and the axes and title are the same: the surface, field, grid lines, boundary and
     * points are drawn into the plot raster again and copied into the image, with the pixels of the frame over them.
     * Makes no Java2D call and allocates nothing. The caller must not have drawn over the image in between.
     *
     * @param target the image, modified when this returns true
     * @return false, changing nothing, if the panel must be drawn whole instead
     */
    public boolean redrawPlot(BufferedImage target, PanelSpec spec) {
        if (target != wholeTarget
                || !same(spec.view(), wholeView)
                || !spec.title().equals(wholeTitle)) {
            return false;
        }
        int[] dst = IntRaster.of(target);
        renderPlot(spec, cachedLayout, lastPlot);
        int tw = target.getWidth();
        int w = heat.getWidth();
        int x0 = Math.max(0, heatX);
        int x1 = Math.min(tw, heatX + w);
        if (x1 > x0) {
            for (int row = Math.max(0, -heatY); row < heat.getHeight() && heatY + row < target.getHeight(); row++) {
                System.arraycopy(heatPixels, row * w + (x0 - heatX), dst, (heatY + row) * tw + x0, x1 - x0);
            }
        }
        for (int i = 0; i < overlayCount; i++) {
            dst[overlayIndex[i]] = overlayColor[i];
        }
        return true;
    }

    /**
     * Whether two viewports are equal, as {@link Viewport#equals} says, compared here field by field: a record's
     * equals goes through a method handle that allocates until the JIT has compiled the caller.
     */
    private static boolean same(Viewport a, Viewport b) {
        return b != null
                && Double.compare(a.x1Min(), b.x1Min()) == 0
                && Double.compare(a.x1Max(), b.x1Max()) == 0
                && Double.compare(a.x2Min(), b.x2Min()) == 0
                && Double.compare(a.x2Max(), b.x2Max()) == 0;
    }

    /**
     * Draws the plot raster: the field, then the grid lines, the boundary and the points over it, all in device
     * pixels of the last drawing ({@link #deviceScale}, {@link #deviceTx}, {@link #deviceTy}).
     */
    private void renderPlot(PanelSpec spec, Layout lay, Rectangle2D plot) {
        double s = deviceScale;
        heatX = (int) Math.round(plot.getMinX() * s + deviceTx);
        heatY = (int) Math.round(plot.getMinY() * s + deviceTy);
        int dw = Math.max(2, (int) Math.round(Math.abs(plot.getWidth() * s)));
        int dh = Math.max(2, (int) Math.round(Math.abs(plot.getHeight() * s)));
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
            heat = new BufferedImage(dw, dh, BufferedImage.TYPE_INT_ARGB);
            heatPixels = ((DataBufferInt) heat.getRaster().getDataBuffer()).getData();
            line.size(dw, dh);
        }
        int[] pixels = heatPixels;
        if (cols == dw && rows == dh) {
            colors.fill(surface.values(), pixels, 0, cols * rows);
        } else {
            upscale(surface.values(), cols, rows, pixels, dw, dh);
        }
        drawGridLines(plot, spec.view(), lay, dw, dh);
        drawBoundary(plot, spec.view(), lay, dw, dh);
        drawPoints(plot, spec.view(), spec.data(), spec.heldOut(), lay, dw, dh);
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
                if (p[k] != p[k]
                        || p[k + 1] != p[k + 1]
                        || p[k + cols] != p[k + cols]
                        || p[k + cols + 1] != p[k + cols + 1]) {
                    argb[y * width + x] = grey;
                }
            }
        }
    }

    /**
     * Faint white lines at the ticks help read positions without competing with the field: device-pixel columns and
     * rows of the plot raster, where Java2D's normalized, unantialiased stroke of width {@code lay.hair} would put
     * them, lightened towards white by {@link #GRID_ALPHA}.
     */
    private void drawGridLines(Rectangle2D plot, Viewport v, Layout lay, int dw, int dh) {
        double s = deviceScale;
        double half = lay.hair * s / 2;
        for (double t : lay.ticks1) {
            double x = Math.floor(sx(plot, v, t) * s + deviceTx + 0.25) + 0.25;
            int from = Math.max(0, (int) Math.ceil(x - half - 0.5) - heatX);
            int to = Math.min(dw, (int) Math.ceil(x + half - 0.5) - heatX);
            for (int row = 0; row < dh; row++) {
                lighten(heatPixels, row * dw + from, row * dw + to);
            }
        }
        for (double t : lay.ticks2) {
            double y = Math.floor(sy(plot, v, t) * s + deviceTy + 0.25) + 0.25;
            int from = Math.max(0, (int) Math.ceil(y - half - 0.5) - heatY);
            int to = Math.min(dh, (int) Math.ceil(y + half - 0.5) - heatY);
            for (int row = from; row < to; row++) {
                lighten(heatPixels, row * dw, row * dw + dw);
            }
        }
    }

    /** White at {@link #GRID_ALPHA} over the opaque pixels [from, to) of p. */
    private static void lighten(int[] p, int from, int to) {
        for (int k = from; k < to; k++) {
            int c = p[k];
            int r = (c >> 16) & 0xFF;
            int g = (c >> 8) & 0xFF;
            int b = c & 0xFF;
            r += ((255 - r) * GRID_ALPHA + 127) / 255;
            g += ((255 - g) * GRID_ALPHA + 127) / 255;
            b += ((255 - b) * GRID_ALPHA + 127) / 255;
            p[k] = 0xFF000000 | r << 16 | g << 8 | b;
        }
    }

    /**
     * The boundary, antialiased: every pixel gets the coverage of the nearest segment of the traced lines, a stroke
     * of width {@code lay.boundaryWidth} with round ends and joins (the distance from the pixel's centre to the
     * segment, against half the width, over a one-pixel ramp), and the line's colour is blended in once per pixel by
     * that coverage, so joints are not darkened where segments overlap.
     */
    private void drawBoundary(Rectangle2D plot, Viewport v, Layout lay, int dw, int dh) {
        int lines = boundary.trace(surface, 0.5);
        if (lines == 0) {
            return;
        }
        double[] xy = boundary.points();
        double s = deviceScale;
        double half = lay.boundaryWidth * s / 2;
        double ox = deviceTx - heatX;
        double oy = deviceTy - heatY;
        for (int k = 0; k < lines; k++) {
            int from = boundary.offset(k);
            int to = boundary.offset(k + 1);
            double ax = sx(plot, v, xy[2 * from]) * s + ox;
            double ay = sy(plot, v, xy[2 * from + 1]) * s + oy;
            if (to - from == 1) {
                line.segment(ax, ay, ax, ay, half);
            }
            for (int i = from + 1; i < to; i++) {
                double bx = sx(plot, v, xy[2 * i]) * s + ox;
                double by = sy(plot, v, xy[2 * i + 1]) * s + oy;
                line.segment(ax, ay, bx, by, half);
                ax = bx;
                ay = by;
            }
        }
        line.blend(heatPixels, boundaryColor.getRGB(), 1);
    }

    /**
     * Points are stamped from small pre-drawn images (one per class and quarter-pixel offset), which keeps every
     * point antialiased and placed to a quarter pixel while costing one image blend instead of two shape fills.
     */
    private void drawPoints(Rectangle2D plot, Viewport v, Dataset data, Dataset heldOut, Layout lay, int dw, int dh) {
        double s = deviceScale;
        dots.prepare(lay.pointRadius * s, lay.pointRing * s);
        double ox = deviceTx - heatX;
        double oy = deviceTy - heatY;
        int step = drawingStep(data.size());
        for (int i = 0; i < data.size(); i += step) {
            dots.stamp(
                    heatPixels,
                    dw,
                    dh,
                    data.label(i),
                    sx(plot, v, data.x1(i)) * s + ox,
                    sy(plot, v, data.x2(i)) * s + oy);
        }
        if (heldOut != null) {
            int heldStep = drawingStep(heldOut.size());
            for (int i = 0; i < heldOut.size(); i += heldStep) {
                dots.stampRing(
                        heatPixels,
                        dw,
                        dh,
                        heldOut.label(i),
                        sx(plot, v, heldOut.x1(i)) * s + ox,
                        sy(plot, v, heldOut.x2(i)) * s + oy);
            }
        }
    }

    /**
     * Every how many points a panel draws one: 1 up to {@link #MAX_DRAWN_POINTS}, beyond that an evenly spread
     * share (every k-th in the data's order, so each class keeps its share), as a cloud that dense looks the same
     * and stamping 300,000 points would take most of a second a frame.
     */
    static int drawingStep(int points) {
        return Math.max(1, (points + MAX_DRAWN_POINTS - 1) / MAX_DRAWN_POINTS);
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
            Style.text(
                    g,
                    lay.labels1[i],
                    lay.widths1[i],
                    lay.tickFont,
                    Style.MUTED,
                    sx(plot, v, lay.ticks1[i]),
                    plot.getMaxY() + tick + lay.gap + cap,
                    0.5);
        }
        for (int i = 0; i < lay.ticks2.length; i++) {
            Style.text(
                    g,
                    lay.labels2[i],
                    lay.widths2[i],
                    lay.tickFont,
                    Style.MUTED,
                    plot.getMinX() - tick - lay.gap,
                    sy(plot, v, lay.ticks2[i]) + cap / 2,
                    1);
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
        Style.text(
                g,
                sub,
                lay.subscriptWidth,
                lay.subscriptFont,
                Style.TEXT,
                left + lay.xWidth + 1,
                y + 0.22 * lay.labelFont.getSize2D(),
                0);
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
    private record Layout(
            double x,
            double y,
            double w,
            double h,
            Viewport view,
            Rectangle2D plot,
            Font titleFont,
            Font tickFont,
            Font labelFont,
            double pad,
            double gap,
            double tickLength,
            double hair,
            double tickLabelWidth,
            double[] ticks1,
            double step1,
            double[] ticks2,
            double step2,
            double pointRadius,
            double pointRing,
            double boundaryWidth,
            String[] labels1,
            double[] widths1,
            String[] labels2,
            double[] widths2,
            Font italicFont,
            Font subscriptFont,
            double xWidth,
            double subscriptWidth,
            double axisNameWidth,
            BasicStroke hairStroke,
            BasicStroke boundaryStroke) {
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
        return new Layout(
                x,
                y,
                w,
                h,
                v,
                plot,
                titleFont,
                tickFont,
                labelFont,
                pad,
                gap,
                tickLength,
                hair,
                labelWidth,
                ticks1,
                step1,
                ticks2,
                step2,
                pointRadius,
                Math.max(0.7, pointRadius * 0.27),
                boundaryWidth,
                labels1,
                widths1,
                labels2,
                widths2,
                italic,
                subscript,
                Style.width(italic, "x"),
                Style.width(subscript, "1"),
                Style.subscriptedWidth(labelFont, "x", "1"),
                Style.stroke(hair),
                Style.stroke(boundaryWidth));
    }
}
