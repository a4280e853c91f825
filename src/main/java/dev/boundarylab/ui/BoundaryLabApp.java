package dev.boundarylab.ui;

import dev.boundarylab.train.Settings;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop app: one window showing the network learn beside the logistic baseline. */
public final class BoundaryLabApp extends Application {
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
        Styles.apply(scene);
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
        window.start();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
