package dev.boundarylab.ui;

import dev.boundarylab.train.Settings;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The desktop app: one window showing the network learn beside the logistic baseline. */
public final class BoundaryLabApp extends Application {
    private static final Logger LOG = Logger.getLogger(BoundaryLabApp.class.getName());
    private MainWindow window;

    /** Launches the window. */
    public static void main(String[] args) {
        // The renderer draws with Java2D into images; it never needs an AWT display of its own.
        System.setProperty("java.awt.headless", "true");
        launch(BoundaryLabApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        ErrorReporter.install();
        window = new MainWindow(Settings.defaults(), true);
        Scene scene = new Scene(window.root(), 1280, 820);
        scene.getStylesheets().add(getClass().getResource(MainWindow.STYLESHEET).toExternalForm());
        window.installShortcuts(scene);
        stage.setTitle("Boundary Lab");
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(620);
        stage.setOnHidden(e -> {
            window.close();
            Platform.exit();
        });
        stage.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }

    /** Logs every uncaught exception with its stack and shows it to the user once, on the FX thread. */
    static final class ErrorReporter {
        private static volatile boolean showing;

        private ErrorReporter() {
        }

        static void install() {
            Thread.setDefaultUncaughtExceptionHandler((t, e) -> report(t, e));
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> report(t, e));
        }

        static void report(Thread t, Throwable e) {
            LOG.log(Level.SEVERE, "uncaught exception on thread " + t.getName(), e);
            Runnable show = () -> {
                if (showing) {
                    return;
                }
                showing = true;
                Alert a = new Alert(Alert.AlertType.ERROR);
                a.setTitle("Boundary Lab");
                a.setHeaderText("Something went wrong on thread " + t.getName());
                a.setContentText(String.valueOf(e.getMessage() == null ? e : e.getMessage())
                        + "\n\nThe details are in the log. The app keeps running.");
                a.setOnHidden(ev -> showing = false);
                a.show();
            };
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        }
    }
}
