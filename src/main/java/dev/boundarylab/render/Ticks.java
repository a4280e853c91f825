package dev.boundarylab.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Axis ticks on 1-2-5 steps and decades, and their labels. */
final class Ticks {
    private static final char MINUS = '\u2212';

    private Ticks() {}

    /** The 1, 2 or 5 times a power of ten nearest to {@code range / target}; 1 for a non-positive range. */
    static double niceStep(double range, double target) {
        if (!(range > 0) || !Double.isFinite(range)) {
            return 1;
        }
        double raw = range / Math.max(1, target);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        double nice = f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10;
        return nice * magnitude;
    }

    /** The multiples of {@code step} inside [lo, hi], with a little tolerance so that the ends count. */
    static double[] inside(double lo, double hi, double step) {
        double eps = step * 1e-9;
        long first = (long) Math.ceil((lo - eps) / step);
        long last = (long) Math.floor((hi + eps) / step);
        int n = (int) Math.max(0, Math.min(1000, last - first + 1));
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = (first + i) * step;
        }
        return t;
    }

    /** A tick label with as many decimals as the step needs, a true minus sign, and never "-0". */
    static String format(double v, double step) {
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));
        if (Math.abs(v) < step * 1e-6) {
            v = 0;
        }
        // Rounded half up from the shortest decimal of v, as String.format's %.nf does, at a tenth of its garbage.
        String s = BigDecimal.valueOf(v)
                .setScale(Math.min(decimals, 12), RoundingMode.HALF_UP)
                .toPlainString();
        return s.charAt(0) == '-' ? MINUS + s.substring(1) : s;
    }

    /** The next larger 1-2-5 step after {@code step}: 1 to 2, 2 to 5, 5 to 10 (times its power of ten). */
    static double nextStep(double step) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double f = step / magnitude;
        return (f < 1.5 ? 2 : f < 3.5 ? 5 : 10) * magnitude;
    }

    /**
     * Epoch labels, short enough never to crowd, in one unit chosen by the largest tick: plain below 10,000
     * (2500), else thousands (2k, 12.5k), from a million millions (0.4M, 1.2M); 0 stays "0".
     */
    static String[] epochLabels(double[] ticks) {
        double largest = 0;
        for (double t : ticks) {
            largest = Math.max(largest, Math.abs(t));
        }
        double unit = largest < 10_000 ? 1 : largest < 1e6 ? 1e3 : largest < 1e9 ? 1e6 : 1e9;
        String[] labels = new String[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            labels[i] = epochLabel(ticks[i], unit);
        }
        return labels;
    }

    /** One epoch label in {@code unit} (1, 1e3 "k", 1e6 "M" or 1e9 "G"), up to three significant digits. */
    static String epochLabel(double v, double unit) {
        if (unit == 1 || v == 0) {
            return format(v, 1);
        }
        String suffix = unit == 1e3 ? "k" : unit == 1e6 ? "M" : "G";
        return BigDecimal.valueOf(v / unit)
                        .round(new java.math.MathContext(3, RoundingMode.HALF_UP))
                        .stripTrailingZeros()
                        .toPlainString()
                + suffix;
    }

    /** Smallest and largest values a log axis shows; beyond them powers of ten underflow or overflow. */
    static final double LOG_MIN = 1e-300;

    static final double LOG_MAX = 1e300;

    /** The largest of 1, 2, 5 times a power of ten that is at most v, for v clamped to [1e-300, 1e300]. */
    static double floor125(double v) {
        return round125(v, false);
    }

    /** The smallest of 1, 2, 5 times a power of ten that is at least v, for v clamped to [1e-300, 1e300]. */
    static double ceil125(double v) {
        return round125(v, true);
    }

    private static double round125(double v, boolean up) {
        double c = Math.max(LOG_MIN, Math.min(LOG_MAX, v));
        double magnitude = Math.pow(10, Math.floor(Math.log10(c)));
        double m = c / magnitude;
        double nice = up
                ? (m <= 1 + 1e-9 ? 1 : m <= 2 + 1e-9 ? 2 : m <= 5 + 1e-9 ? 5 : 10)
                : (m >= 5 - 1e-9 ? 5 : m >= 2 - 1e-9 ? 2 : 1);
        return nice * magnitude;
    }

    /** The labels of ticks on multiples of step, as {@link #format} writes them. */
    static String[] labels(double[] ticks, double step) {
        String[] labels = new String[ticks.length];
        for (int i = 0; i < ticks.length; i++) {
            labels[i] = format(ticks[i], step);
        }
        return labels;
    }

    /**
     * The label of mantissa x 10^k (mantissa 1, 2 or 5): plain decimals from 0.001 to 50000 (100000 for a decade),
     * else 2e-5 style.
     */
    static String logLabel(int mantissa, int k) {
        if (k >= -3 && k <= (mantissa == 1 ? 5 : 4)) {
            return BigDecimal.valueOf(mantissa)
                    .scaleByPowerOfTen(k)
                    .setScale(Math.max(0, -k))
                    .toPlainString();
        }
        return mantissa + "e" + (k < 0 ? MINUS + Integer.toString(-k) : Integer.toString(k));
    }

    /** The label of the decade 10^k: plain decimals from 0.001 to 100000, else 1e-7 style. */
    static String decade(int k) {
        return logLabel(1, k);
    }
}
