package dev.boundarylab.train;

import java.util.Objects;

/**
 * A line for the user from the training service (or the window): what just happened or went wrong, and how
 * loudly to say it. The serial tells a new notice from the last one even when its words are the same, as when the
 * same divergence is told again after a step.
 *
 * @param severity whether it is news or a problem
 * @param text the line, or empty for nothing to say
 * @param serial counts the notices of its teller; a new value is a new notice
 */
public record Notice(Severity severity, String text, long serial) {
    /** Nothing to say. */
    public static final Notice NONE = new Notice(Severity.INFO, "", 0);

    /** How a notice is shown. */
    public enum Severity {
        /** News: something done as asked (data loaded, a file exported). */
        INFO,
        /** Something the user should act on: a failure, a divergence, a baseline that cannot be fitted. */
        PROBLEM
    }

    /** Checks the parts are there. */
    public Notice {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
    }

    /** Whether there is nothing to say. */
    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The one-line text of a failure: its message, or for want of one its type; memory is named as such. */
    public static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "not enough memory (" + (e.getMessage() == null ? "out of memory" : e.getMessage()) + ")";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
