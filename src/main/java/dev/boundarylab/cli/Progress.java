package dev.boundarylab.cli;

import dev.boundarylab.train.HeadlessRun;
import java.io.PrintStream;
import java.util.Locale;

/** Shows how far a long run has come on a terminal, at most a few times a second; silent when not a terminal. */
final class Progress implements HeadlessRun.ProgressListener {
    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long last = System.nanoTime();
    private boolean shown;

    private Progress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static Progress forConsole(PrintStream err) {
        return new Progress(err, System.console() != null && err == System.err);
    }

    @Override
    public void reached(long epoch, long total, double cost) {
        long now = System.nanoTime();
        if (!enabled || now - last < 250_000_000L || now - start < 1_000_000_000L) {
            return;
        }
        last = now;
        shown = true;
        err.printf(Locale.ROOT, "\repoch %d of %d (%.0f%%), cost %.5f   ", epoch, total, 100.0 * epoch / total, cost);
    }

    void done() {
        if (shown) {
            err.print("\r" + " ".repeat(60) + "\r");
        }
    }
}
