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
 * {@link BufferedImage} whose int raster the shown {@link WritableImage} shares through a {@link PixelBuffer}: no
 * copy per frame. Both are replaced only when the region's size changes, never per frame.
 */
final class RasterView extends Region {
    /** Draws a picture into an image of the view's size. */
    @FunctionalInterface
    interface Painter {
        /** Draws into {@code target}, the view's size times {@code scale} pixels, at {@code scale} pixels a unit. */
        void paint(BufferedImage target, double scale);
    }

    private final ImageView view = new ImageView();
    private BufferedImage buffer;
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
            // The image shares the renderer's int raster: no copy and no format conversion per frame.
            int[] raster = ((DataBufferInt) buffer.getRaster().getDataBuffer()).getData();
            pixelBuffer = new PixelBuffer<>(w, h, IntBuffer.wrap(raster), PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(pixelBuffer);
            view.setImage(image);
        }
        view.setFitWidth(w / renderScale);
        view.setFitHeight(h / renderScale);
        painter.paint(buffer, renderScale);
        pixelBuffer.updateBuffer(b -> null);
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
