package dev.boundarylab.ui;

import dev.boundarylab.train.Limit;
import java.util.Locale;

/** Maps slider positions to the logarithmic quantities the window controls: learning rate and pace. */
final class LogScale {
    /** The slowest pace, one epoch per frame at 60 frames a second. */
    static final double MIN_PACE = Limit.PACE.min();
    /** Slider positions of the pace slider run from 0 to this; the top position means "as fast as possible". */
    static final double PACE_TOP = 100;

    private static final double PACE_DECADES = Math.log10(Limit.PACE.max() / Limit.PACE.min());

    private LogScale() {}

    /** The learning rate at slider value {@code v} = log10(rate). */
    static double learningRate(double v) {
        // Round to 3 significant digits so the value shown is the value used.
        return Double.parseDouble(String.format(Locale.ROOT, "%.3g", Math.pow(10, v)));
    }

    /** The pace (epochs per second) at slider position {@code p} in [0, PACE_TOP]; infinite at the top. */
    static double pace(double p) {
        if (p >= PACE_TOP - 1e-9) {
            return Double.POSITIVE_INFINITY;
        }
        double raw = MIN_PACE * Math.pow(10, PACE_DECADES * p / PACE_TOP);
        return Double.parseDouble(String.format(Locale.ROOT, "%.2g", raw));
    }

    /** The slider position of a pace. */
    static double pacePosition(double pace) {
        if (Double.isInfinite(pace)) {
            return PACE_TOP;
        }
        return Math.max(0, Math.min(PACE_TOP, PACE_TOP * Math.log10(pace / MIN_PACE) / PACE_DECADES));
    }

    static String formatRate(double r) {
        return r >= 0.01 ? String.format(Locale.ROOT, "%.3g", r) : String.format(Locale.ROOT, "%.2e", r);
    }

    static String formatPace(double pace) {
        if (Double.isInfinite(pace)) {
            return "as fast as possible";
        }
        if (pace <= MIN_PACE) {
            return "1 epoch per frame";
        }
        return compact(pace) + " epochs/s";
    }

    /** 1234 -> "1.2k", 2500000 -> "2.5M". */
    static String compact(double v) {
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.3gM", v / 1e6);
        }
        if (v >= 1e4) {
            return String.format(Locale.ROOT, "%.3gk", v / 1e3);
        }
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
