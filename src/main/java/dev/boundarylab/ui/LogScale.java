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

    /**
     * The L2 strengths of the L2 slider's positions: 0 (off), then 1e-4 to 10 in steps of about half a decade, as
     * TensorFlow Playground's regularisation rate.
     */
    static final double[] L2_STEPS = {0, 1e-4, 3e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1, 3, 10};

    private LogScale() {}

    /** The L2 strength at slider position {@code p} (rounded to a position): exactly 0 at position 0. */
    static double l2(double p) {
        int i = (int) Math.round(p);
        return L2_STEPS[Math.max(0, Math.min(L2_STEPS.length - 1, i))];
    }

    /** The slider position of the step nearest {@code l2} on a log scale; 0 only for 0. */
    static int l2Position(double l2) {
        if (!(l2 > 0)) {
            return 0;
        }
        int best = 1;
        for (int i = 1; i < L2_STEPS.length; i++) {
            if (Math.abs(Math.log(l2 / L2_STEPS[i])) < Math.abs(Math.log(l2 / L2_STEPS[best]))) {
                best = i;
            }
        }
        return best;
    }

    /** An L2 strength as its label shows it: "off" for 0. */
    static String formatL2(double l2) {
        return l2 == 0 ? "off" : Limit.format(l2);
    }

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
