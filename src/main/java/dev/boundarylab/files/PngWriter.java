package dev.boundarylab.files;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes pictures as PNG files, all or nothing, through {@link AtomicFiles}: a reader never sees half a file and a
 * failed write leaves the previous file as it was.
 */
public final class PngWriter {
    private PngWriter() {}

    /**
     * Writes {@code image} to {@code file} as PNG, replacing any existing file.
     *
     * @throws IOException naming the path, if its folder does not exist or is not writable, the path is a folder,
     *     or writing fails
     */
    public static void write(BufferedImage image, Path file) throws IOException {
        if (image == null || file == null) {
            throw new IllegalArgumentException(
                    "writing a PNG needs an image and a path, got " + image + " and " + file);
        }
        AtomicFiles.write(file, out -> encode(image, out));
    }

    private static void encode(BufferedImage image, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers =
                ImageIO.getImageWriters(ImageTypeSpecifier.createFromRenderedImage(image), "png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer for this image type");
        }
        ImageWriter writer = writers.next();
        // A memory cache, not ImageIO's default file cache: no second temporary file in the system's folder.
        try (ImageOutputStream png = new InterruptibleOutput(out)) {
            writer.setOutput(png);
            writer.write(image);
        } finally {
            writer.dispose();
        }
    }

    /** An image output that gives up when its thread is interrupted, so a large PNG does not outlive its window. */
    private static final class InterruptibleOutput extends MemoryCacheImageOutputStream {
        InterruptibleOutput(OutputStream out) {
            super(out);
        }

        private static void check() throws InterruptedIOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("interrupted");
            }
        }

        @Override
        public void write(int b) throws IOException {
            check();
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check();
            super.write(b, off, len);
        }
    }
}
