package dev.boundarylab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Uncaught exceptions: every one logged with its stack, each failure shown to the user in one dialog. */
@ExtendWith(ApplicationExtension.class)
class ErrorReporterTest {
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            records.add(r);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final Logger log = Logger.getLogger(ErrorReporter.class.getName());

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.control.Label("the app"), 400, 300));
        stage.show();
    }

    @BeforeEach
    void listen() {
        log.addHandler(handler);
    }

    @AfterEach
    void stopListening(FxRobot robot) {
        log.removeHandler(handler);
        robot.interact(() -> dialogs().forEach(Window::hide));
    }

    private static List<Window> dialogs() {
        return Window.getWindows().stream()
                .filter(w ->
                        w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .collect(Collectors.toList());
    }

    private static void throwOn(String name, Thread.UncaughtExceptionHandler h, RuntimeException e) throws Exception {
        Thread t = new Thread(
                () -> {
                    throw e;
                },
                name);
        t.setUncaughtExceptionHandler(h);
        t.start();
        t.join();
    }

    @Test
    void theSameFailureTwiceIsLoggedTwiceAndShownOnce(FxRobot robot) throws Exception {
        ErrorReporter reporter = new ErrorReporter();
        IllegalStateException boom = new IllegalStateException("boom");
        throwOn("worker-1", reporter, boom);
        throwOn("worker-2", reporter, boom);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs().size(), "one dialog");
        String text = ((DialogPane) dialogs().get(0).getScene().getRoot()).getContentText();
        assertTrue(text.startsWith("boom"), text);
        // Not modal: a modal dialog left the other windows unresizable once closed (their size hints pinned).
        assertEquals(javafx.stage.Modality.NONE, ((javafx.stage.Stage) dialogs().get(0)).getModality());
        assertEquals(2, records.size(), "each logged");
        for (LogRecord r : records) {
            assertEquals(Level.SEVERE, r.getLevel());
            assertTrue(r.getThrown() == boom && r.getMessage().startsWith("uncaught exception on thread worker-"));
        }

        // Closed, the same failure again is not shown again; another one is.
        robot.interact(() -> dialogs().forEach(Window::hide));
        throwOn("worker-3", reporter, boom);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, dialogs().size());
        throwOn("worker-4", reporter, new IllegalArgumentException("another"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs().size());
        assertEquals(4, records.size());
    }

    @Test
    void installedItHearsEveryThreadAndTheFxThread(FxRobot robot) throws Exception {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.UncaughtExceptionHandler[] fx = new Thread.UncaughtExceptionHandler[1];
        robot.interact(() -> fx[0] = Thread.currentThread().getUncaughtExceptionHandler());
        try {
            ErrorReporter[] r = new ErrorReporter[1];
            robot.interact(() -> r[0] = ErrorReporter.install());
            Thread t = new Thread(
                    () -> {
                        throw new UnsupportedOperationException("from a background thread");
                    },
                    "background");
            t.start();
            t.join();
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dialogs().size() == 1);
            assertEquals(1, records.size());
            assertEquals(
                    "uncaught exception on thread background", records.get(0).getMessage());
            robot.interact(() -> dialogs().forEach(Window::hide));
            // An exception out of an event handler on the FX thread reaches it too.
            javafx.application.Platform.runLater(() -> {
                throw new IllegalStateException("from the FX thread");
            });
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> records.size() == 2);
            assertTrue(records.get(1).getThrown().getMessage().equals("from the FX thread"));
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
            robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(fx[0]));
        }
    }
}
