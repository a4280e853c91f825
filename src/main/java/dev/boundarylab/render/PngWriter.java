package dev.boundarylab.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.File;
import java.io.InterruptedIOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes pictures as PNG files, all or nothing: the image goes to a temporary file in the target's folder, which
 * is then moved over the target in one step, so a reader never sees half a file and a failed write leaves the
 * previous file as it was.
 */
public final class PngWriter {
    private PngWriter() {
    }

    /**
     * Writes {@code image} to {@code file} as PNG, replacing any existing file.
     *
     * @throws IOException naming the path, if its folder does not exist or is not writable, the path is a folder,
     *     or writing fails
     */
    public static void write(BufferedImage image, Path file) throws IOException {
        if (image == null || file == null) {
            throw new IllegalArgumentException("writing a PNG needs an image and a path, got " + image + " and "
                    + file);
        }
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || target.getFileName() == null) {
            throw new IOException("cannot write PNG " + file + ": the path has no file name");
        }
        if (!Files.exists(folder)) {
            throw new IOException("cannot write PNG " + file + ": folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException("cannot write PNG " + file + ": " + folder + " is not a folder");
        }
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write PNG " + file + ": it is a folder");
        }
        if (!Files.isWritable(folder)) {
            throw new IOException("cannot write PNG " + file + ": folder " + folder + " is not writable");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        } catch (IOException e) {
            throw new IOException("cannot write PNG " + file + ": cannot create a file in " + folder + " ("
                    + e.getMessage() + ")", e);
        }
        boolean moved = false;
        try {
            encode(image, tmp, file);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("cannot write PNG")) {
                throw e;
            }
            throw new IOException("cannot write PNG " + file + ": " + e.getMessage(), e);
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void encode(BufferedImage image, Path tmp, Path file) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWriters(ImageTypeSpecifier.createFromRenderedImage(image), "png");
        if (!writers.hasNext()) {
            throw new IOException("cannot write PNG " + file + ": no PNG writer for this image type");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = new InterruptibleOutput(tmp.toFile())) {
            writer.setOutput(out);
            writer.write(image);
        } finally {
            writer.dispose();
        }
    }

    /** A file output that gives up when its thread is interrupted, so a large PNG does not outlive its window. */
    private static final class InterruptibleOutput extends FileImageOutputStream {
        InterruptibleOutput(File f) throws IOException {
            super(f);
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
