package dev.boundarylab.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngWriterTest {
    @TempDir
    Path dir;

    private static BufferedImage sample() {
        BufferedImage img = new BufferedImage(7, 5, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 7; x++) {
                img.setRGB(x, y, 0xFF000000 | (x * 36) << 16 | (y * 60) << 8 | 0x42);
            }
        }
        return img;
    }

    @Test
    void writesAPngThatDecodesToTheSamePixelsAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("out.png");
        Files.writeString(file, "an older file, to be replaced");
        PngWriter.write(sample(), file);
        BufferedImage back = ImageIO.read(file.toFile());
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 7; x++) {
                assertEquals(sample().getRGB(x, y), back.getRGB(x, y), "pixel " + x + ", " + y);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the PNG is left");
        }
    }

    @Test
    void missingFolderIsNamedInTheMessage() {
        Path file = dir.resolve("nope").resolve("out.png");
        IOException e = assertThrows(IOException.class, () -> PngWriter.write(sample(), file));
        assertTrue(
                e.getMessage().contains(file.toString()) && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamedInTheMessage() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        IOException e = assertThrows(IOException.class, () -> PngWriter.write(sample(), notAFolder.resolve("out.png")));
        assertTrue(e.getMessage().contains(notAFolder + " is a file, not a folder"), e.getMessage());
        IOException f = assertThrows(IOException.class, () -> PngWriter.write(sample(), dir));
        assertTrue(f.getMessage().contains("it is a folder"), f.getMessage());
    }

    @Test
    void unwritableFolderIsNamedInTheMessage() throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "running as a user who may write anywhere");
            IOException e = assertThrows(IOException.class, () -> PngWriter.write(sample(), locked.resolve("out.png")));
            assertTrue(
                    e.getMessage().contains("not writable") && e.getMessage().contains(locked.toString()),
                    e.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
