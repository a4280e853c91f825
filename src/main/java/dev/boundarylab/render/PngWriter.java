package dev.boundarylab.render;

import dev.boundarylab.files.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes pictures as PNG files, all or nothing, through {@link AtomicFiles}: a reader never sees half a file and a
 * failed write leaves the previous file as it was.
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
        AtomicFiles.write(file, out -> {
            // A memory cache, not ImageIO's default file cache: no second temporary file in the system's folder.
            try (ImageOutputStream png = new MemoryCacheImageOutputStream(out)) {
                if (!ImageIO.write(image, "png", png)) {
                    throw new IOException("no PNG writer for this image type");
                }
            }
        });
    }
}
