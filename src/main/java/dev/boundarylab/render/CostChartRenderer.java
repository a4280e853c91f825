package dev.boundarylab.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Draws the network's cost per epoch as a line, the logistic regression's cost as a dashed reference line, a
 * legend, and axes labelled "epoch" and "cost" with 1-2-5 ticks (linear) or decade ticks (logarithmic). Values
 * that cannot be placed (NaN, infinities, and zero or negative costs on a log axis) are skipped, so no coordinate
 * is ever non-finite.
 *
 * <p>Java2D draws what stays put while training runs (title, legend, the cost axis with its labels, the axis
 * names), the STATIC LAYER, into a raster of the chart kept between calls; this class's own loops draw the rest
 * over it (grid, reference line, the area under the line, the line, the newest value's marker, the axis lines, and
 * the epoch axis's ticks with labels stamped from images made once per label), since the epoch axis stretches
 * every frame. So {@link #redraw}, the window's next frame when the static layer has not changed, copies the saved
 * static layer, draws the rest and copies the raster into the image: no Java2D call, nothing allocated. Keeps its
 * fonts, tick labels and buffers between calls; not thread-safe.
 */
public final class CostChartRenderer {
    /** Colour of the network's cost line. */
    public static final Color SERIES = new Color(0x6A3FB5);
    /** Colour of the logistic regression's dashed line. */
    public static final Color REFERENCE = new Color(0x7C838D);

    /** The opacity of the series colour in the area under the line. */
    private static final double AREA_OPACITY = 22 / 255.0;
    /** Width of the line, in user units. */
    private static final double LINE_WIDTH = 2.2;

    private static final double MARKER_RADIUS = 3.6;
    private static final double MARKER_RING_WIDTH = 1.2;
    /** The reference line's dashes: width, length on and off, in user units. */
    private static final double DASH_WIDTH = 1.8;

    private static final double DASH_ON = 7;
    private static final double DASH_OFF = 5;
    private static final int GRID = Style.GRID.getRGB();
    private static final int FAINT_GRID = Style.FAINT_GRID.getRGB();
    private static final int AXIS = Style.AXIS.getRGB();
    private static final BasicStroke LINE = Style.stroke(LINE_WIDTH);
    private static final BasicStroke HAIR = new BasicStroke(1f);
    private static final BasicStroke DASHED = new BasicStroke(
            (float) DASH_WIDTH,
            BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND,
            10f,
            new float[] {(float) DASH_ON, (float) DASH_OFF},
            0f);
    /** The most points of one device pixel column the line keeps before it keeps only the column's extremes. */
    private static final int KEPT = 2;
    /** How far, in device pixels, the drawn line may pass from a point it leaves out. */
    private static final double STRAIGHT = 0.1;
    /** Kinds of tick label: a number, or a mantissa times a power of ten. */
    private static final int LINEAR = 0;

    private static final int LOG = 1;

    private final Polyline line = new Polyline();
    private final Polyline area = new Polyline();
    private final Rectangle2D.Double region = new Rectangle2D.Double();
    private final Rectangle2D.Double plot = new Rectangle2D.Double();
    private final Coverage ink = new Coverage();
    // The chart's raster, its saved static layer, and where the raster's top left pixel is in device space.
    private BufferedImage raster;
    private int[] pixels = new int[0];
    private int[] staticLayer = new int[0];
    private int rasterX;
    private int rasterY;
    // Device pixels per user unit and the translation of the drawing (no rotation or shear).
    private double scale = 1;
    private double tx;
    private double ty;
    // Images of the epoch labels, made once per label text and tick font.
    private final java.util.HashMap<String, Stamp> stamps = new java.util.HashMap<>();
    private Font stampFont;
    private double stampScale;
    // The layout of the last call, as computed by layout().
    private double padding;
    private double gapping;
    private double tickLength;
    private boolean hasRef;
    private double reference;
    // What the static layer of the last whole drawing was made from, for redraw.
    private BufferedImage wholeTarget;
    private final double[] wholeKey = new double[10];
    private final double[] key = new double[10];
    private String wholeTitle;
    private String wholeSeriesLabel;
    private String wholeReferenceLabel;
    private final Line2D.Double segment = new Line2D.Double();
    private final Axis axis = new Axis();
    private final Labels xLabels = new Labels();
    private final Labels yLabels = new Labels();
    // Kept from one frame to the next while the chart's size and texts stay the same: the fonts and the widths of
    // the fixed texts, the legend's label widths, the title fitted to the room left of the legend.
    private double fontSize = Double.NaN;
    private Font titleFont;
    private Font tickFont;
    private Font labelFont;
    private Font legendFont;
    private double epochWidth;
    private double costWidth;
    private double logCostWidth;
    private String legendSeries;
    private String legendReference;
    private double seriesWidth;
    private double referenceWidth;
    private String titleText;
    private double titleFitRoom;
    private Font titleFitFont;
    private String titleFit;
    /** Whether drawSeries keeps only the extremes of each pixel column; tests compare with drawing every point. */
    boolean decimate = true;

    private final Trace lineTrace = new Trace(line);
    private final Trace areaTrace = new Trace(area);
    // drawSeries' state: the device pixel column being gathered, its points [columnStart, columnEnd) (columnPoints
    // of them placed), and its highest and lowest point, with their indices.
    private int column;
    private int columnStart;
    private int columnEnd;
    private int columnPoints;
    private double highX;
    private double highY;
    private int highAt;
    private double lowX;
    private double lowY;
    private int lowAt;

    /** A renderer with an empty path; {@link #draw} fills it. */
    public CostChartRenderer() {}

    /**
     * Draws the chart into the region (x, y, width, height) of g, in g's user units, filling it with white first.
     *
     * @param g the target, modified (its state is restored afterwards)
     */
    public void draw(Graphics2D g, double x, double y, double width, double height, CostChartSpec spec) {
        Style.paintRegion(g, "chart", x, y, width, height, (g2, rx, ry, rw, rh) -> paint(g2, rx, ry, rw, rh, spec));
    }

    /**
     * Draws the whole chart into the region (x, y, width, height) of {@code g}, a graphics of {@code target}, as
     * {@link #draw} does, and remembers it for {@link #redraw}.
     *
     * @param target the image g draws into, modified
     */
    public void drawWhole(
            BufferedImage target, Graphics2D g, double x, double y, double width, double height, CostChartSpec spec) {
        draw(g, x, y, width, height, spec);
        if (IntRaster.of(target) != null
                && rasterX == 0
                && rasterY == 0
                && raster.getWidth() == target.getWidth()
                && raster.getHeight() == target.getHeight()) {
            wholeTarget = target;
        }
    }

    /**
     * Redraws the chart {@link #drawWhole} last drew into {@code target}, if that is still the last drawing of this
     * renderer and its static layer (size, title, legend, cost axis, plot area) is unchanged: the saved static layer
     * is copied, everything else drawn over it by this class's loops, and the raster copied into the image. Makes no
     * Java2D call and allocates nothing (once the epoch labels shown have been seen). The caller must not have drawn
     * into the image in between.
     *
     * @param target the image, modified when this returns true
     * @return false, changing nothing, if the chart must be drawn whole instead
     */
    public boolean redraw(BufferedImage target, CostChartSpec spec) {
        if (target != wholeTarget
                || !spec.title().equals(wholeTitle)
                || !spec.seriesLabel().equals(wholeSeriesLabel)
                || !spec.referenceLabel().equals(wholeReferenceLabel)) {
            return false;
        }
        layout(0, 0, target.getWidth() / scale, target.getHeight() / scale, spec);
        if (!java.util.Arrays.equals(key, wholeKey)) {
            wholeTarget = null;
            return false;
        }
        System.arraycopy(staticLayer, 0, pixels, 0, pixels.length);
        drawDynamic(spec);
        System.arraycopy(pixels, 0, IntRaster.of(target), 0, pixels.length);
        return true;
    }

    private void paint(Graphics2D g, double x, double y, double w, double h, CostChartSpec s) {
        wholeTarget = null;
        AffineTransform user = g.getTransform();
        scale = user.getScaleX();
        tx = user.getTranslateX();
        ty = user.getTranslateY();
        layout(x, y, w, h, s);
        rasterX = (int) Math.round(x * scale + tx);
        rasterY = (int) Math.round(y * scale + ty);
        int rw = Math.max(1, (int) Math.round(w * scale));
        int rh = Math.max(1, (int) Math.round(h * scale));
        if (raster == null || raster.getWidth() != rw || raster.getHeight() != rh) {
            raster = new BufferedImage(rw, rh, BufferedImage.TYPE_INT_ARGB);
            pixels = ((java.awt.image.DataBufferInt) raster.getRaster().getDataBuffer()).getData();
            staticLayer = new int[pixels.length];
        }
        ink.size(rw, rh);
        Graphics2D sg = raster.createGraphics();
        try {
            Style.hints(sg);
            sg.setTransform(new AffineTransform(scale, 0, 0, scale, tx - rasterX, ty - rasterY));
            paintStatic(sg, x, y, w, h, s);
        } finally {
            sg.dispose();
        }
        System.arraycopy(pixels, 0, staticLayer, 0, pixels.length);
        drawDynamic(s);
        System.arraycopy(key, 0, wholeKey, 0, key.length);
        wholeTitle = s.title();
        wholeSeriesLabel = s.seriesLabel();
        wholeReferenceLabel = s.referenceLabel();
        g.setTransform(new AffineTransform());
        g.drawImage(raster, rasterX, rasterY, null);
        g.setTransform(user);
    }

    /**
     * The fonts, ranges, ticks and labels, the plot area and the axis mapping of the chart in the region
     * (x, y, w, h), in user units; and {@link #key}, what the static layer depends on. Allocates nothing unless the
     * size (fonts) or the ticks of an axis change.
     */
    private void layout(double x, double y, double w, double h, CostChartSpec s) {
        double size = Math.min(w / 2, h);
        if (size != fontSize) {
            fontSize = size;
            titleFont = Style.font(Font.BOLD, Style.clamp(size / 19, 10.5, 15));
            tickFont = Style.font(Font.PLAIN, Style.clamp(size / 25, 8.5, 11.5));
            labelFont = Style.font(Font.PLAIN, Style.clamp(size / 21, 9.5, 13));
            legendFont = Style.font(Font.PLAIN, Style.clamp(size / 24, 9, 12));
            epochWidth = Style.width(labelFont, "epoch");
            costWidth = Style.width(labelFont, "cost");
            logCostWidth = Style.width(labelFont, "cost (log scale)");
            legendSeries = null;
        }
        double pad = Style.clamp(size / 28, 5, 10);
        double gap = Style.clamp(size / 70, 2, 4);
        padding = pad;
        gapping = gap;
        tickLength = 4;

        int n = s.length();
        boolean log = s.logScale();
        // Data ranges, over the values that can be placed on the chosen axis.
        long e0 = Long.MAX_VALUE;
        long e1 = Long.MIN_VALUE;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        long[] epochs = s.epochs();
        double[] costs = s.costs();
        for (int i = 0; i < n; i++) {
            double c = costs[i];
            if (placeable(c, log)) {
                e0 = Math.min(e0, epochs[i]);
                e1 = Math.max(e1, epochs[i]);
                lo = Math.min(lo, c);
                hi = Math.max(hi, c);
            }
        }
        double ref = s.referenceCost();
        hasRef = placeable(ref, log);
        reference = ref;
        if (hasRef) {
            lo = Math.min(lo, ref);
            hi = Math.max(hi, ref);
        }
        if (e0 > e1) {
            e0 = 0;
            e1 = 1;
        }
        double xMin = Math.min(0, e0);
        double xMax = Math.max(e1, xMin + 1);

        // The cost axis: [0, nice max] linear; on a log axis, bounds at 1, 2 or 5 times a power of ten.
        double yMin;
        double yMax;
        double estimatedPlotHeight = h - 2 * pad - titleFont.getSize2D() * 1.5 - 3 * tickFont.getSize2D();
        yLabels.clear();
        if (log) {
            if (!(lo <= hi)) {
                lo = 0.1;
                hi = 1;
            }
            // Clamped bounds keep every power of ten finite, so the loops below are short (at most 600 decades).
            yMin = Math.log10(Ticks.floor125(lo));
            yMax = Math.log10(Ticks.ceil125(hi));
            if (yMax - yMin < 0.3) {
                yMax = yMin + 1;
            }
            boolean fine = yMax - yMin <= 2.01;
            int every = (int) Math.max(1, Math.ceil((yMax - yMin) / Math.max(2, estimatedPlotHeight / 32)));
            for (int k = (int) Math.floor(yMin); k <= (int) Math.ceil(yMax); k++) {
                for (int mantissa = 1; mantissa <= 5; mantissa += mantissa == 1 ? 1 : 3) {
                    if (mantissa != 1 && !fine || mantissa == 1 && Math.floorMod(k, every) != 0) {
                        continue;
                    }
                    double position = k + Math.log10(mantissa);
                    if (position >= yMin - 1e-9 && position <= yMax + 1e-9) {
                        yLabels.add(position);
                    }
                }
            }
            yLabels.label(LOG, 0, tickFont);
        } else {
            if (!(hi > 0)) {
                hi = 1;
            }
            // A little headroom so that a line at the maximum does not run along the frame.
            double top = Math.min(Double.MAX_VALUE, hi * 1.04);
            double yStep = Ticks.niceStep(top, Math.max(2, estimatedPlotHeight / 45));
            yMin = 0;
            yMax = Math.min(Double.MAX_VALUE, Math.ceil(top / yStep - 1e-9) * yStep);
            if (!(yMax > 0) || !Double.isFinite(yMax)) {
                yMax = top;
            }
            yLabels.inside(0, yMax, yStep);
            yLabels.label(LINEAR, yStep, tickFont);
        }
        double yLabelWidth = yLabels.maxWidth;

        double labelHeight = Style.capHeight(labelFont) * 1.45;
        double left = x + pad + labelHeight + gap * 2.5 + yLabelWidth + tickLength;
        double top = y + pad + titleFont.getSize2D() * 1.2 + pad;
        double bottom = y + h - pad - labelHeight - gap * 2.5 - Style.capHeight(tickFont) - tickLength;
        double xStepRaw = Ticks.niceStep(xMax - xMin, Math.max(2, (w - left + x) / 85));
        double xStep = Math.max(1, xStepRaw);
        xLabels.clear();
        xLabels.inside(xMin, xMax, xStep);
        xLabels.label(LINEAR, xStep, tickFont);
        double lastHalf = xLabels.count == 0 ? 0 : 0.5 * xLabels.width[xLabels.count - 1];
        double right = x + w - pad - Math.max(lastHalf, 4);
        // The plot, its edges on whole device pixels.
        double x0 = (Math.round(left * scale + tx) - tx) / scale;
        double x1 = (Math.round(Math.max(left + 1, right) * scale + tx) - tx) / scale;
        double y0 = (Math.round(top * scale + ty) - ty) / scale;
        double y1 = (Math.round(Math.max(top + 1, bottom) * scale + ty) - ty) / scale;
        plot.setRect(x0, y0, x1 - x0, y1 - y0);
        axis.set(plot, xMin, xMax, yMin, yMax, log);
        key[0] = x0;
        key[1] = y0;
        key[2] = x1;
        key[3] = y1;
        key[4] = yMin;
        key[5] = yMax;
        key[6] = log ? 1 : 0;
        key[7] = hasRef ? 1 : 0;
        key[8] = yLabels.version;
        key[9] = fontSize;
    }

    /** What Java2D draws: the background, the title and legend, the cost axis's ticks and labels, the axis names. */
    private void paintStatic(Graphics2D g, double x, double y, double w, double h, CostChartSpec s) {
        g.setColor(Style.BACKGROUND);
        region.setRect(x, y, w, h);
        g.fill(region);
        double pad = padding;
        double gap = gapping;
        // Title at the left over the plot, the legend at the right on the same line.
        double headBaseline = y + pad + titleFont.getSize2D();
        double legendWidth = drawLegend(g, s, hasRef, plot.getMaxX(), headBaseline);
        double titleRoom = Math.max(0, plot.getWidth() - legendWidth - 16);
        if (!s.title().equals(titleText) || titleRoom != titleFitRoom || titleFont != titleFitFont) {
            titleText = s.title();
            titleFitRoom = titleRoom;
            titleFitFont = titleFont;
            titleFit = Style.fit(titleText, titleFont, titleRoom);
        }
        Style.text(g, titleFit, 0, titleFont, Style.TEXT, plot.getMinX(), headBaseline, 0);

        Axis ax = axis;
        double cap = Style.capHeight(tickFont);
        Style.crisp(g, true);
        g.setStroke(HAIR);
        for (int i = 0; i < yLabels.count; i++) {
            double py = ax.y(yLabels.at[i]);
            g.setColor(Style.AXIS);
            drawLine(g, plot.getMinX() - tickLength, py, plot.getMinX(), py);
        }
        Style.crisp(g, false);
        for (int i = 0; i < yLabels.count; i++) {
            double py = ax.y(yLabels.at[i]);
            Style.text(
                    g,
                    yLabels.text[i],
                    yLabels.width[i],
                    tickFont,
                    Style.MUTED,
                    plot.getMinX() - tickLength - gap,
                    py + cap / 2,
                    1);
        }
        Style.text(
                g,
                "epoch",
                epochWidth,
                labelFont,
                Style.TEXT,
                plot.getCenterX(),
                plot.getMaxY() + tickLength + gap + cap + gap * 1.5 + Style.capHeight(labelFont) + 1,
                0.5);
        AffineTransform saved = g.getTransform();
        g.translate(plot.getMinX() - tickLength - gap * 2.5 - yLabels.maxWidth, plot.getCenterY());
        g.rotate(-Math.PI / 2);
        boolean log = s.logScale();
        Style.text(
                g, log ? "cost (log scale)" : "cost", log ? logCostWidth : costWidth, labelFont, Style.TEXT, 0, 0, 0.5);
        g.setTransform(saved);
    }

    private void drawLine(Graphics2D g, double x0, double y0, double x1, double y1) {
        segment.setLine(x0, y0, x1, y1);
        g.draw(segment);
    }

    /** The raster column of the user x coordinate. */
    private double rx(double x) {
        return x * scale + tx - rasterX;
    }

    /** The raster row of the user y coordinate. */
    private double ry(double y) {
        return y * scale + ty - rasterY;
    }

    /**
     * What this class draws itself, over the static layer in the raster: grid, reference line, the area under the
     * line, the line, the marker of the newest value, the axis lines, and the epoch axis's ticks and labels.
     */
    private void drawDynamic(CostChartSpec s) {
        Axis ax = axis;
        int hair = Math.max(1, (int) Math.round(scale));
        int left = (int) Math.round(rx(plot.getMinX()));
        int right = (int) Math.round(rx(plot.getMaxX()));
        int top = (int) Math.round(ry(plot.getMinY()));
        int bottom = (int) Math.round(ry(plot.getMaxY()));
        // Grid: faint lines at 2..9 within each decade of a log axis, then at the ticks of both axes.
        if (ax.log && ax.yMax - ax.yMin <= 8) {
            for (int d = (int) Math.floor(ax.yMin); d < (int) Math.ceil(ax.yMax); d++) {
                for (int m = 2; m <= 9; m++) {
                    double position = d + Math.log10(m);
                    if (position > ax.yMin && position < ax.yMax) {
                        fill((int) Math.floor(ry(ax.y(position))), hair, left, right, top, bottom, FAINT_GRID, true);
                    }
                }
            }
        }
        for (int i = 0; i < yLabels.count; i++) {
            fill((int) Math.floor(ry(ax.y(yLabels.at[i]))), hair, left, right, top, bottom, GRID, true);
        }
        for (int i = 0; i < xLabels.count; i++) {
            fill((int) Math.floor(rx(ax.x(xLabels.at[i]))), hair, top, bottom, left, right, GRID, false);
        }
        if (hasRef) {
            dashes(ry(ax.y(ax.log ? Math.log10(reference) : reference)), rx(plot.getMinX()), rx(plot.getMaxX()));
        }
        drawSeries(s, ax);
        // Axis lines over the data, as the frame of the plot; the epoch axis's ticks and labels below it.
        fill(bottom, hair, left, right + hair, 0, raster.getHeight(), AXIS, true);
        fill(left, hair, top, bottom + hair, 0, raster.getWidth(), AXIS, false);
        int tick = (int) Math.round(tickLength * scale);
        double cap = Style.capHeight(tickFont);
        for (int i = 0; i < xLabels.count; i++) {
            double px = ax.x(xLabels.at[i]);
            int column = (int) Math.floor(rx(px));
            fill(column, hair, bottom, bottom + tick, 0, raster.getWidth(), AXIS, false);
            stamp(xLabels.text[i], rx(px), ry(plot.getMaxY() + tickLength + gapping + cap));
        }
    }

    /**
     * An opaque line {@code thickness} pixels thick at raster row (or, if not {@code horizontal}, column)
     * {@code at}, from {@code from} to {@code to} (exclusive) along it, clipped to [lo, hi) across.
     */
    private void fill(int at, int thickness, int from, int to, int lo, int hi, int argb, boolean horizontal) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        for (int k = Math.max(at, lo); k < Math.min(at + thickness, hi); k++) {
            for (int j = Math.max(0, from); j < Math.min(to, horizontal ? w : h); j++) {
                if (horizontal && k < h) {
                    pixels[k * w + j] = argb;
                } else if (!horizontal && k < w) {
                    pixels[j * w + k] = argb;
                }
            }
        }
    }

    /**
     * The reference line: dashes of {@value #DASH_ON} by {@value #DASH_OFF} units, {@value #DASH_WIDTH} thick,
     * centred on raster row y, from x0 to x1; each pixel takes the colour by the share of it a dash covers.
     */
    private void dashes(double y, double x0, double x1) {
        double half = DASH_WIDTH * scale / 2;
        double on = DASH_ON * scale;
        double period = (DASH_ON + DASH_OFF) * scale;
        for (double start = x0; start < x1; start += period) {
            ink.rect(start, y - half, Math.min(x1, start + on), y + half);
        }
        ink.blend(pixels, REFERENCE.getRGB(), 1);
    }

    /**
     * Draws the cost line and the faint area under it. A long run has several points to a device pixel column;
     * drawing all of them costs far more than the few pixels they cover. So the points go through a
     * {@link Trace}, which leaves out those on straight stretches (no drawn pixel moves by more than
     * {@value #STRAIGHT} px), and a column whose points would still leave more than {@value #KEPT} (a noisy or
     * oscillating run) gives only its highest and lowest point, in the order they came: the line still reaches
     * every extreme.
     * The area under such a column needs only its lowest point, as the line covers the column from there up.
     */
    private void drawSeries(CostChartSpec s, Axis ax) {
        double dsx = scale;
        double dtx = tx;
        double tolerance = decimate ? STRAIGHT / Math.abs(scale) : 0;
        lineTrace.reset(tolerance);
        areaTrace.reset(tolerance);
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        boolean open = false;
        long[] epochs = s.epochs();
        double[] costs = s.costs();
        for (int i = 0; i < s.length(); i++) {
            double c = costs[i];
            if (!placeable(c, ax.log)) {
                if (open) {
                    endRun(s, ax, lastX, lastY);
                }
                open = false;
                continue;
            }
            double px = ax.x(epochs[i]);
            double py = ax.y(ax.log ? Math.log10(c) : c);
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                continue;
            }
            int col = decimate ? (int) Math.floor(px * dsx + dtx) : i;
            if (!open) {
                open = true;
                startColumn(col, px, py, i);
            } else if (col != column) {
                flushColumn(s, ax);
                startColumn(col, px, py, i);
            } else {
                columnEnd = i + 1;
                columnPoints++;
                if (py < highY) {
                    highX = px;
                    highY = py;
                    highAt = i;
                }
                if (py > lowY) {
                    lowX = px;
                    lowY = py;
                    lowAt = i;
                }
            }
            lastX = px;
            lastY = py;
        }
        if (open) {
            endRun(s, ax, lastX, lastY);
        }
        fillArea(ry(ax.plot.getMaxY()));
        double half = LINE_WIDTH * scale / 2;
        for (int r = 0; r < line.runs; r++) {
            int from = line.start[r];
            int to = line.start[r + 1];
            double ax0 = rx(line.xy[2 * from]);
            double ay0 = ry(line.xy[2 * from + 1]);
            if (to - from == 1) {
                ink.segment(ax0, ay0, ax0, ay0, half);
            }
            for (int i = from + 1; i < to; i++) {
                double bx = rx(line.xy[2 * i]);
                double by = ry(line.xy[2 * i + 1]);
                ink.segment(ax0, ay0, bx, by, half);
                ax0 = bx;
                ay0 = by;
            }
        }
        ink.blend(pixels, SERIES.getRGB(), 1);
        if (Double.isFinite(lastX)) {
            // The newest value, marked so that a viewer finds where training is now: a disc in a white ring.
            double cx = rx(lastX);
            double cy = ry(lastY);
            double r = MARKER_RADIUS * scale;
            double ring = MARKER_RING_WIDTH * scale / 2;
            ink.ring(cx, cy, 0, r);
            ink.blend(pixels, SERIES.getRGB(), 1);
            ink.ring(cx, cy, r - ring, r + ring);
            ink.blend(pixels, 0xFFFFFF, 1);
        }
    }

    /**
     * The area under the line, down to raster row {@code base}: each run of the area's trace is filled column by
     * column below the trace's height at the column's centre, the topmost pixel by the share of it below, all at
     * the area's opacity.
     */
    private void fillArea(double base) {
        int w = raster.getWidth();
        int h = raster.getHeight();
        int rgb = SERIES.getRGB();
        double opacity = AREA_OPACITY;
        int bottom = Math.min(h, (int) Math.round(base));
        for (int r = 0; r < area.runs; r++) {
            int from = area.start[r];
            int to = area.start[r + 1];
            for (int i = from + 1; i < to; i++) {
                double x0 = rx(area.xy[2 * (i - 1)]);
                double y0 = ry(area.xy[2 * (i - 1) + 1]);
                double x1 = rx(area.xy[2 * i]);
                double y1 = ry(area.xy[2 * i + 1]);
                if (!(x1 > x0)) {
                    continue;
                }
                // Columns whose centres lie in [x0, x1): each belongs to exactly one segment of the run.
                for (int c = Math.max(0, (int) Math.ceil(x0 - 0.5)); c < Math.min(w, Math.ceil(x1 - 0.5)); c++) {
                    double yc = y0 + (c + 0.5 - x0) / (x1 - x0) * (y1 - y0);
                    int first = Math.max(0, (int) Math.floor(yc));
                    for (int row = first; row < bottom; row++) {
                        double share = row == first ? Math.min(1, first + 1 - yc) : 1;
                        int k = row * w + c;
                        pixels[k] = Coverage.mix(pixels[k], rgb, (float) (opacity * share));
                    }
                }
            }
        }
    }

    /**
     * Stamps the epoch label {@code text} centred on raster column x with its baseline on row y, from an image of
     * it made by Java2D the first time it is shown (at the tick font and scale of the moment).
     */
    private void stamp(String text, double x, double y) {
        if (tickFont != stampFont || scale != stampScale || stamps.size() > 512) {
            stamps.clear();
            stampFont = tickFont;
            stampScale = scale;
        }
        Stamp st = stamps.get(text);
        if (st == null) {
            st = new Stamp(text, tickFont, scale);
            stamps.put(text, st);
        }
        int left = (int) Math.round(x - st.originX);
        int top = (int) Math.round(y - st.baseline);
        int w = raster.getWidth();
        int h = raster.getHeight();
        for (int r = Math.max(0, -top); r < st.height && top + r < h; r++) {
            for (int c = Math.max(0, -left); c < st.width && left + c < w; c++) {
                int sp = st.argb[r * st.width + c];
                int a = sp >>> 24;
                if (a != 0) {
                    int k = (top + r) * w + left + c;
                    pixels[k] = Coverage.mix(pixels[k], Style.MUTED.getRGB(), a / 255f);
                }
            }
        }
    }

    /** An epoch label drawn once by Java2D: its coverage (alpha) image, and where its centre and baseline lie. */
    private static final class Stamp {
        final int[] argb;
        final int width;
        final int height;
        final double originX;
        final double baseline;

        Stamp(String text, Font font, double scale) {
            double textWidth = Style.width(font, text) * scale;
            double size = font.getSize2D() * scale;
            width = (int) Math.ceil(textWidth) + 4;
            height = (int) Math.ceil(size * 1.5) + 4;
            baseline = Math.ceil(size) + 2;
            // Drawn at a whole-pixel offset, so the stamp lands on the same pixel grid as the text would.
            double left = Math.floor((width - textWidth) / 2);
            originX = left + textWidth / 2;
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            try {
                Style.hints(g);
                g.scale(scale, scale);
                g.setFont(font);
                g.setColor(Style.MUTED);
                g.drawString(text, (float) (left / scale), (float) (baseline / scale));
            } finally {
                g.dispose();
            }
            argb = ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData();
        }
    }

    private void startColumn(int col, double x, double y, int i) {
        column = col;
        columnStart = i;
        columnEnd = i + 1;
        columnPoints = 1;
        highX = x;
        highY = y;
        highAt = i;
        lowX = x;
        lowY = y;
        lowAt = i;
    }

    /**
     * Passes on the points of the column gathered: all of them if the trace keeps at most {@value #KEPT} of them
     * anyway (a smooth stretch, or a corner the extremes alone would cut), else its extremes,
     * both in the order they came to the line and the lowest to the area (after the run's first point, if the run
     * starts in this column).
     */
    private void flushColumn(CostChartSpec s, Axis ax) {
        if (columnPoints <= KEPT || keepsFew(s, ax)) {
            for (int i = columnStart; i < columnEnd; i++) {
                double px = pointX(s, ax, i);
                double py = pointY(s, ax, i);
                if (Double.isFinite(px) && Double.isFinite(py)) {
                    lineTrace.add(px, py);
                    areaTrace.add(px, py);
                }
            }
            return;
        }
        if (!lineTrace.started) {
            double px = pointX(s, ax, columnStart);
            double py = pointY(s, ax, columnStart);
            lineTrace.add(px, py);
            areaTrace.add(px, py);
        }
        if (highAt <= lowAt) {
            lineTrace.add(highX, highY);
            lineTrace.add(lowX, lowY);
        } else {
            lineTrace.add(lowX, lowY);
            lineTrace.add(highX, highY);
        }
        areaTrace.add(lowX, lowY);
    }

    /** Whether the line's trace, given all points of the column gathered, would write at most {@value #KEPT}. */
    private boolean keepsFew(CostChartSpec s, Axis ax) {
        lineTrace.beginTrial();
        for (int i = columnStart; i < columnEnd && lineTrace.writes <= KEPT; i++) {
            double px = pointX(s, ax, i);
            double py = pointY(s, ax, i);
            if (Double.isFinite(px) && Double.isFinite(py)) {
                lineTrace.add(px, py);
            }
        }
        return lineTrace.endTrial() <= KEPT;
    }

    private static double pointX(CostChartSpec s, Axis ax, int i) {
        return ax.x(s.epochs()[i]);
    }

    private static double pointY(CostChartSpec s, Axis ax, int i) {
        double c = s.costs()[i];
        return ax.y(ax.log ? Math.log10(c) : c);
    }

    /** Ends an unbroken run at its last point (x, y). */
    private void endRun(CostChartSpec s, Axis ax, double x, double y) {
        flushColumn(s, ax);
        lineTrace.end(x, y);
        areaTrace.end(x, y);
    }

    /**
     * A polyline written into a path, leaving out points on straight stretches: a point is written only when the
     * line cannot go straight on without passing farther than a tolerance (vertically, hence also across) from a
     * point it left out. The slopes from the last written point that pass close enough to each left-out point
     * form an interval, and the line goes on while the slope to the newest point stays inside all of them. A
     * smooth curve thus keeps one point every few pixels, and no drawn pixel moves by more than the tolerance. For
     * the area under a line the same points are kept; its fill goes down to the base line.
     */
    private static final class Trace {
        private final Polyline path;
        /** Points written (or, during a trial, that would have been). */
        private int writes;

        private boolean trial;
        private double tolerance;
        private boolean started;
        private double writtenX;
        private double writtenY;
        // The point taken last but not yet written, and the slopes that keep the left-out points close.
        private boolean pending;
        private double pendingX;
        private double pendingY;
        private double slopeLow;
        private double slopeHigh;
        // The state saved by beginTrial.
        private final double[] saved = new double[7];
        private boolean savedStarted;
        private boolean savedPending;

        Trace(Polyline path) {
            this.path = path;
        }

        void reset(double tolerance) {
            path.reset();
            this.tolerance = tolerance;
            started = false;
            pending = false;
        }

        void add(double x, double y) {
            if (!started) {
                write(x, y);
                return;
            }
            if (pending) {
                double dx = x - writtenX;
                double slope = (y - writtenY) / dx;
                if (dx > 0 && slope >= slopeLow && slope <= slopeHigh) {
                    // Straight on from the last written point past the pending one: it may be left out.
                    narrow(x, y);
                    pendingX = x;
                    pendingY = y;
                    return;
                }
                write(pendingX, pendingY);
                pending = false;
            }
            if (x == writtenX && y == writtenY) {
                return;
            }
            if (x > writtenX) {
                pending = true;
                pendingX = x;
                pendingY = y;
                slopeLow = Double.NEGATIVE_INFINITY;
                slopeHigh = Double.POSITIVE_INFINITY;
                narrow(x, y);
            } else {
                write(x, y);
            }
        }

        /** From here until endTrial, points change nothing but are counted in {@link #writes} when written. */
        void beginTrial() {
            saved[0] = writtenX;
            saved[1] = writtenY;
            saved[2] = pendingX;
            saved[3] = pendingY;
            saved[4] = slopeLow;
            saved[5] = slopeHigh;
            saved[6] = writes;
            savedStarted = started;
            savedPending = pending;
            writes = 0;
            trial = true;
        }

        /** Returns to the state of beginTrial; returns the number of points the trial would have written. */
        int endTrial() {
            int n = writes;
            writtenX = saved[0];
            writtenY = saved[1];
            pendingX = saved[2];
            pendingY = saved[3];
            slopeLow = saved[4];
            slopeHigh = saved[5];
            writes = (int) saved[6];
            started = savedStarted;
            pending = savedPending;
            trial = false;
            return n;
        }

        /** Ends the run at its last point (x, y). */
        void end(double x, double y) {
            add(x, y);
            if (pending) {
                write(pendingX, pendingY);
                pending = false;
            }
            started = false;
        }

        private void narrow(double x, double y) {
            double dx = x - writtenX;
            slopeLow = Math.max(slopeLow, (y - tolerance - writtenY) / dx);
            slopeHigh = Math.min(slopeHigh, (y + tolerance - writtenY) / dx);
        }

        private void write(double x, double y) {
            writes++;
            if (trial) {
                started = true;
            } else if (!started) {
                path.moveTo(x, y);
                started = true;
            } else {
                path.lineTo(x, y);
            }
            writtenX = x;
            writtenY = y;
        }
    }

    /** Points in runs (polylines), kept in arrays reused from call to call. */
    private static final class Polyline {
        private double[] xy = new double[2 * 1024];
        private int[] start = new int[17];
        private int count;
        private int runs;

        void reset() {
            count = 0;
            runs = 0;
            start[0] = 0;
        }

        void moveTo(double x, double y) {
            if (runs + 2 > start.length) {
                start = java.util.Arrays.copyOf(start, 2 * start.length);
            }
            runs++;
            start[runs] = count;
            lineTo(x, y);
        }

        void lineTo(double x, double y) {
            if (2 * count + 2 > xy.length) {
                xy = java.util.Arrays.copyOf(xy, 2 * xy.length);
            }
            xy[2 * count] = x;
            xy[2 * count + 1] = y;
            count++;
            start[runs] = count;
        }
    }

    /** Draws the legend in one line ending at {@code right}, text on {@code baseline}; returns its width. */
    private double drawLegend(Graphics2D g, CostChartSpec s, boolean hasRef, double right, double baseline) {
        Font font = legendFont;
        if (!s.seriesLabel().equals(legendSeries) || !s.referenceLabel().equals(legendReference)) {
            legendSeries = s.seriesLabel();
            legendReference = s.referenceLabel();
            seriesWidth = Style.width(font, legendSeries);
            referenceWidth = Style.width(font, legendReference);
        }
        double sample = 24;
        double gap = 6;
        double between = 18;
        double width = sample + gap + seriesWidth;
        if (hasRef) {
            width += between + sample + gap + referenceWidth;
        }
        double cx = right - width;
        double cy = baseline - Style.capHeight(font) / 2;
        g.setColor(SERIES);
        g.setStroke(LINE);
        drawLine(g, cx, cy, cx + sample, cy);
        cx += sample + gap;
        Style.text(g, legendSeries, 0, font, Style.TEXT, cx, baseline, 0);
        cx += seriesWidth + between;
        if (hasRef) {
            g.setColor(REFERENCE);
            g.setStroke(DASHED);
            drawLine(g, cx, cy, cx + sample, cy);
            Style.text(g, legendReference, 0, font, Style.TEXT, cx + sample + gap, baseline, 0);
        }
        return width;
    }

    private static boolean placeable(double c, boolean log) {
        return Double.isFinite(c) && (!log || c > 0);
    }

    /** Maps epochs and costs (log10 of the cost on a log axis) to user coordinates inside the plot. */
    private static final class Axis {
        private Rectangle2D plot;
        private double xMin;
        private double xMax;
        private double yMin;
        private double yMax;
        private boolean log;

        void set(Rectangle2D plot, double xMin, double xMax, double yMin, double yMax, boolean log) {
            this.plot = plot;
            this.xMin = xMin;
            this.xMax = xMax;
            this.yMin = yMin;
            this.yMax = yMax;
            this.log = log;
        }

        double x(double epoch) {
            return plot.getMinX() + (epoch - xMin) / (xMax - xMin) * plot.getWidth();
        }

        double y(double value) {
            return plot.getMaxY() - (value - yMin) / (yMax - yMin) * plot.getHeight();
        }
    }

    /**
     * The ticks of one axis and their labels. The labels (and their widths) are made again only when the ticks,
     * their step or the font change, which during training is seldom: measuring and formatting text costs more
     * than drawing it, and would allocate every frame.
     */
    private static final class Labels {
        private double[] at = new double[16];
        private int count;
        private String[] text = new String[16];
        private double[] width = new double[16];
        private double maxWidth;
        /** Counts the times the labels were made again. */
        private int version;

        private double[] madeAt = new double[16];
        private int madeCount = -1;
        private int madeKind;
        private double madeStep;
        private Font madeFont;

        void clear() {
            count = 0;
        }

        void add(double position) {
            if (count == at.length) {
                at = java.util.Arrays.copyOf(at, 2 * count);
            }
            at[count++] = position;
        }

        /** Adds the multiples of step in [lo, hi], as {@link Ticks#inside} gives them. */
        void inside(double lo, double hi, double step) {
            double eps = step * 1e-9;
            long first = (long) Math.ceil((lo - eps) / step);
            long last = (long) Math.floor((hi + eps) / step);
            int n = (int) Math.max(0, Math.min(1000, last - first + 1));
            for (int i = 0; i < n; i++) {
                add((first + i) * step);
            }
        }

        /** Labels the ticks: LINEAR as numbers with the decimals of step, LOG (k + log10 m) as m x 10^k. */
        void label(int kind, double step, Font font) {
            if (kind == madeKind
                    && step == madeStep
                    && font == madeFont
                    && count == madeCount
                    && java.util.Arrays.equals(at, 0, count, madeAt, 0, count)) {
                return;
            }
            if (text.length < count) {
                text = new String[at.length];
                width = new double[at.length];
            }
            if (madeAt.length < count) {
                madeAt = new double[at.length];
            }
            maxWidth = 0;
            for (int i = 0; i < count; i++) {
                if (kind == LOG) {
                    int k = (int) Math.floor(at[i] + 1e-9);
                    text[i] = Ticks.logLabel((int) Math.round(Math.pow(10, at[i] - k)), k);
                } else {
                    text[i] = Ticks.format(at[i], step);
                }
                width[i] = Style.width(font, text[i]);
                maxWidth = Math.max(maxWidth, width[i]);
            }
            System.arraycopy(at, 0, madeAt, 0, count);
            version++;
            madeCount = count;
            madeKind = kind;
            madeStep = step;
            madeFont = font;
        }
    }
}
