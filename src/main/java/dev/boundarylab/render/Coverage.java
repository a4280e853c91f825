package dev.boundarylab.render;

import java.util.Arrays;

/**
 * Antialiased lines and discs drawn by this project's own loops into an opaque ARGB raster, allocating nothing
 * once sized: what the plots redraw every frame, where Java2D would allocate inside its calls.
 *
 * <p>Shapes are first gathered as a coverage per pixel (0 to 1, the largest over the shapes gathered, so joints
 * where segments overlap are not darkened), then {@link #blend} mixes one colour into the raster by that coverage
 * and clears it. A stroke's coverage at a pixel is {@code halfWidth + 0.5 - d}, clamped to [0, 1], with d the
 * distance from the pixel's centre to the segment: round ends and joins, over a one-pixel ramp. Not thread-safe.
 */
final class Coverage {
    private int width;
    private int height;
    private float[] alpha = new float[0];
    // Per row, the columns touched since the last blend (none when min > max).
    private int[] spanMin = new int[0];
    private int[] spanMax = new int[0];

    /** Sizes the coverage to a raster of {@code width x height}, cleared; keeps its buffers if large enough. */
    void size(int width, int height) {
        if (width == this.width && height == this.height) {
            return;
        }
        this.width = width;
        this.height = height;
        if (alpha.length < width * height) {
            alpha = new float[width * height];
        } else {
            Arrays.fill(alpha, 0f);
        }
        if (spanMin.length < height) {
            spanMin = new int[height];
            spanMax = new int[height];
        }
        Arrays.fill(spanMin, Integer.MAX_VALUE);
        Arrays.fill(spanMax, Integer.MIN_VALUE);
    }

    /** The stroke of half-width h along the segment (ax, ay)-(bx, by), in raster pixels (centres at +0.5). */
    void segment(double ax, double ay, double bx, double by, double h) {
        double reach = h + 1;
        int x0 = Math.max(0, (int) Math.floor(Math.min(ax, bx) - reach));
        int x1 = Math.min(width - 1, (int) Math.ceil(Math.max(ax, bx) + reach));
        int y0 = Math.max(0, (int) Math.floor(Math.min(ay, by) - reach));
        int y1 = Math.min(height - 1, (int) Math.ceil(Math.max(ay, by) + reach));
        if (x0 > x1 || y0 > y1) {
            return;
        }
        double ex = bx - ax;
        double ey = by - ay;
        double len2 = ex * ex + ey * ey;
        double inverse = len2 > 0 ? 1 / len2 : 0;
        // Coverage h + 0.5 - d: none from d >= h + 0.5 on, full up to d <= h - 0.5; only between is a root taken.
        double outer2 = (h + 0.5) * (h + 0.5);
        double inner = Math.max(0, h - 0.5);
        double inner2 = inner * inner;
        for (int row = y0; row <= y1; row++) {
            double py = row + 0.5 - ay;
            int base = row * width;
            boolean touched = false;
            for (int col = x0; col <= x1; col++) {
                double px = col + 0.5 - ax;
                double t = Math.max(0, Math.min(1, (px * ex + py * ey) * inverse));
                double qx = px - t * ex;
                double qy = py - t * ey;
                double d2 = qx * qx + qy * qy;
                if (d2 >= outer2) {
                    continue;
                }
                float a = d2 <= inner2 ? 1f : (float) Math.min(1, h + 0.5 - Math.sqrt(d2));
                if (a > alpha[base + col]) {
                    alpha[base + col] = a;
                    touched = true;
                }
            }
            if (touched) {
                spanMin[row] = Math.min(spanMin[row], x0);
                spanMax[row] = Math.max(spanMax[row], x1);
            }
        }
    }

    /**
     * A ring: the pixels whose centres lie between radii {@code inner} and {@code outer} of (cx, cy), with the
     * same one-pixel ramp at both edges; {@code inner} 0 gives a disc.
     */
    void ring(double cx, double cy, double inner, double outer) {
        int x0 = Math.max(0, (int) Math.floor(cx - outer - 1));
        int x1 = Math.min(width - 1, (int) Math.ceil(cx + outer + 1));
        int y0 = Math.max(0, (int) Math.floor(cy - outer - 1));
        int y1 = Math.min(height - 1, (int) Math.ceil(cy + outer + 1));
        for (int row = y0; row <= y1; row++) {
            double py = row + 0.5 - cy;
            int base = row * width;
            boolean touched = false;
            for (int col = x0; col <= x1; col++) {
                double px = col + 0.5 - cx;
                double d = Math.sqrt(px * px + py * py);
                double a = Math.min(outer + 0.5 - d, inner > 0 ? d - inner + 0.5 : 1);
                if (a > alpha[base + col]) {
                    alpha[base + col] = (float) Math.min(1, a);
                    touched = true;
                }
            }
            if (touched) {
                spanMin[row] = Math.min(spanMin[row], x0);
                spanMax[row] = Math.max(spanMax[row], x1);
            }
        }
    }

    /** The rectangle [x0, x1) x [y0, y1): each pixel by the share of it the rectangle covers. */
    void rect(double x0, double y0, double x1, double y1) {
        int c0 = Math.max(0, (int) Math.floor(x0));
        int c1 = Math.min(width - 1, (int) Math.ceil(x1) - 1);
        int r0 = Math.max(0, (int) Math.floor(y0));
        int r1 = Math.min(height - 1, (int) Math.ceil(y1) - 1);
        for (int row = r0; row <= r1; row++) {
            double v = Math.min(row + 1, y1) - Math.max(row, y0);
            if (!(v > 0) || c0 > c1) {
                continue;
            }
            int base = row * width;
            for (int col = c0; col <= c1; col++) {
                float a = (float) (v * (Math.min(col + 1, x1) - Math.max(col, x0)));
                if (a > alpha[base + col]) {
                    alpha[base + col] = a;
                }
            }
            spanMin[row] = Math.min(spanMin[row], c0);
            spanMax[row] = Math.max(spanMax[row], c1);
        }
    }

    /**
     * Mixes {@code rgb} into the opaque pixels of {@code argb} (this coverage's size, row by row) by the coverage
     * gathered, scaled by {@code opacity} (0 to 1), and clears the coverage.
     */
    void blend(int[] argb, int rgb, double opacity) {
        float o = (float) opacity;
        for (int row = 0; row < height; row++) {
            int min = spanMin[row];
            int max = spanMax[row];
            if (min > max) {
                continue;
            }
            for (int k = row * width + min, end = row * width + max; k <= end; k++) {
                float a = alpha[k] * o;
                if (a > 0) {
                    argb[k] = mix(argb[k], rgb, a);
                }
                alpha[k] = 0;
            }
            spanMin[row] = Integer.MAX_VALUE;
            spanMax[row] = Integer.MIN_VALUE;
        }
    }

    /** An opaque pixel with the colour {@code rgb} mixed in at opacity {@code a} (0 to 1), each channel rounded. */
    static int mix(int pixel, int rgb, float a) {
        int r = (pixel >> 16) & 0xFF;
        int g = (pixel >> 8) & 0xFF;
        int b = pixel & 0xFF;
        r += Math.round(a * (((rgb >> 16) & 0xFF) - r));
        g += Math.round(a * (((rgb >> 8) & 0xFF) - g));
        b += Math.round(a * ((rgb & 0xFF) - b));
        return 0xFF000000 | r << 16 | g << 8 | b;
    }
}
