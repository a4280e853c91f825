package dev.boundarylab.ui;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Modality;

/**
 * What happens to an exception nobody caught, on any thread: it is logged with its stack every time, and shown to
 * the user in a dialog once. The same failure again (the same type, message and place, as when a frame fails at
 * every pulse) is only logged, and while one dialog is open no second one stacks on it.
 */
final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(ErrorReporter.class.getName());

    private final Set<String> shown = ConcurrentHashMap.newKeySet();
    // The dialog on screen, if any; touched on the FX thread only.
    private Alert current;

    /** Makes a new reporter the handler of every thread's uncaught exceptions, the calling (FX) thread's too. */
    static ErrorReporter install() {
        ErrorReporter r = new ErrorReporter();
        Thread.setDefaultUncaughtExceptionHandler(r);
        Thread.currentThread().setUncaughtExceptionHandler(r);
        return r;
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        report(t, e);
    }

    /** Logs {@code e} with its stack and, if this failure was not shown before, shows it (on the FX thread). */
    void report(Thread t, Throwable e) {
        LOG.log(Level.SEVERE, "uncaught exception on thread " + t.getName(), e);
        if (!shown.add(signature(e))) {
            return;
        }
        Runnable show = () -> {
            if (current != null && current.isShowing()) {
                return;
            }
            Alert a = new Alert(Alert.AlertType.ERROR);
            // Not modal: a modal dialog disables the other windows, and the window manager's size hints of a
            // disabled window (GTK pins its least and largest size to the current one) left the main and the
            // sweep window unresizable after it closed. The app keeps running; nothing waits for an answer.
            a.initModality(Modality.NONE);
            a.setTitle("Boundary Lab");
            a.setHeaderText("Something went wrong on thread " + t.getName());
            a.setContentText((e.getMessage() == null ? e.toString() : e.getMessage())
                    + "\n\nThe details are in the log. The app keeps running.");
            current = a;
            a.show();
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            Platform.runLater(show);
        }
    }

    /** The type, message and innermost frame: what makes two reports the same failure. */
    private static String signature(Throwable e) {
        StackTraceElement[] stack = e.getStackTrace();
        return e.getClass().getName() + ": " + e.getMessage() + " at " + (stack.length > 0 ? stack[0] : "?");
    }
}
