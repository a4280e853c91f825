package dev.boundarylab.ui;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * Shows a picture drawn by the renderer, sized to this region. The renderer draws into one reused
 * {@link BufferedImage}; once a picture is finished, its int raster is copied in one go (a fraction of a
 * millisecond) into the int array the shown {@link WritableImage} reads through a {@link PixelBuffer}, so JavaFX's
 * render thread never finds a picture half drawn. All are replaced only when the region's size changes, never per
 * frame.
 */
final class RasterView extends Region {
    /** Draws a picture into an image of the view's size. */
    @FunctionalInterface
    interface Painter {
        /** Draws into {@code target}, the view's size times {@code scale} pixels, at {@code scale} pixels a unit. */
        void paint(BufferedImage target, double scale);
    }

    private final ImageView view = new ImageView();
    // The painter draws into buffer; the image shows shown, a copy made in one go once a picture is finished.
    private BufferedImage buffer;
    private int[] drawn;
    private int[] shown;
    private WritableImage image;
    private PixelBuffer<IntBuffer> pixelBuffer;
    private Painter painter;
    private boolean dirty = true;
    private long paints;
    private double renderScale = 1;
    private boolean scheduled;

    RasterView() {
        getChildren().add(view);
        setMinSize(120, 90);
        widthProperty().addListener((o, a, b) -> repaintLater());
        heightProperty().addListener((o, a, b) -> repaintLater());
    }

    /** Puts {@code n} over the picture, laid out by its own coordinates and letting the mouse through. */
    void addOverlay(javafx.scene.Node n) {
        n.setManaged(false);
        n.setMouseTransparent(true);
        getChildren().add(n);
    }

    /** Sets what to draw; it is drawn at the next {@link #repaintIfNeeded()}. */
    void setPainter(Painter p) {
        this.painter = p;
        dirty = true;
    }

    /**
     * Draws at {@code scale} image pixels per screen unit from now on: above 1 on a high-density screen, or
     * while the whole window is exported at 2x or 3x.
     */
    void setRenderScale(double scale) {
        if (scale != renderScale) {
            renderScale = scale;
            dirty = true;
        }
    }

    /** Repaints soon, on the FX thread, without waiting for an owner's frame timer; repeated calls coalesce. */
    void repaintLater() {
        dirty = true;
        if (!scheduled) {
            scheduled = true;
            javafx.application.Platform.runLater(() -> {
                scheduled = false;
                repaintIfNeeded();
            });
        }
    }

    /** Asks for a repaint at the next pulse. */
    void invalidate() {
        dirty = true;
    }

    /** How many times the view has been painted; tests use it to see a redraw happen. */
    long paintCount() {
        return paints;
    }

    /** The image currently shown (for tests and exports of exactly what is on screen). */
    WritableImage image() {
        return image;
    }

    /** Repaints if something changed since the last paint. Called once per pulse on the FX thread. */
    void repaintIfNeeded() {
        if (!dirty || painter == null) {
            return;
        }
        int w = (int) Math.floor(getWidth() * renderScale);
        int h = (int) Math.floor(getHeight() * renderScale);
        if (w < 2 || h < 2) {
            return;
        }
        if (buffer == null || buffer.getWidth() != w || buffer.getHeight() != h) {
            buffer = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            drawn = ((DataBufferInt) buffer.getRaster().getDataBuffer()).getData();
            // The image reads an int array in the renderer's format: no format conversion per frame. It is not the
            // array the painter draws into: JavaFX's render thread may read the image's pixels at any time, and a
            // picture half drawn (a whole panel starts as a white fill) must not be what it finds.
            shown = new int[w * h];
            pixelBuffer = new PixelBuffer<>(w, h, IntBuffer.wrap(shown), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(pixelBuffer);
            view.setImage(image);
        }
        view.setFitWidth(w / renderScale);
        view.setFitHeight(h / renderScale);
        painter.paint(buffer, renderScale);
        pixelBuffer.updateBuffer(b -> {
            System.arraycopy(drawn, 0, shown, 0, drawn.length);
            return null;
        });
        dirty = false;
        paints++;
    }

    @Override
    protected void layoutChildren() {
        view.relocate(0, 0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 480;
    }
}
