package dev.boundarylab.ui;

import dev.boundarylab.train.Settings;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop app: one window showing the network learn beside the logistic baseline. */
public final class BoundaryLabApp extends Application {
    /** The window's size at first launch, when it fits the screen. */
    static final double WIDTH = 1280;

    static final double HEIGHT = 820;
    /** The least size at which every control and the chart stay usable. */
    static final double MIN_WIDTH = 900;

    static final double MIN_HEIGHT = 620;

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
        LabPrefs prefs = LabPrefs.forApp();
        window = new MainWindow(Settings.defaults(), true, prefs);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D at = LabPrefs.placement(prefs.geometry(), screen, WIDTH, HEIGHT);
        // The scene is given the size too: a stage sized before it is shown is sized to its scene when shown.
        Scene scene = new Scene(window.root(), at.getWidth(), at.getHeight());
        Styles.apply(scene);
        window.installShortcuts(scene);
        stage.setTitle("Boundary Lab");
        stage.getIcons().setAll(icons());
        stage.setScene(scene);
        stage.setX(at.getMinX());
        stage.setY(at.getMinY());
        stage.setOnHidden(e -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                // The window's size with its frame, which is what the next launch sets again once shown.
                prefs.putGeometry(new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
            }
            window.close();
            Platform.exit();
        });
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.show();
        // Under GTK with openbox the window manager's first configure events shrink a new window to its least size
        // (with none set, to about 200x200): the size, frame included and within the screen, is set again once
        // they are in.
        double width = at.getWidth();
        double height = at.getHeight();
        Platform.runLater(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setX(Math.max(screen.getMinX(), Math.min(stage.getX(), screen.getMaxX() - width)));
            stage.setY(Math.max(screen.getMinY(), Math.min(stage.getY(), screen.getMaxY() - height)));
        });
        window.start();
    }

    /** The app's icons, small to large (assets/make-icons.sh draws them); none if the build left them out. */
    static java.util.List<javafx.scene.image.Image> icons() {
        java.util.List<javafx.scene.image.Image> icons = new java.util.ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            java.net.URL url = BoundaryLabApp.class.getResource("icon-" + size + ".png");
            if (url != null) {
                icons.add(new javafx.scene.image.Image(url.toExternalForm()));
            }
        }
        return icons;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
