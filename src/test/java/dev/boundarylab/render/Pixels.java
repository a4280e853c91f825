package dev.boundarylab.render;

import dev.boundarylab.files.PngWriter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Test helpers: write an image as PNG and read it back, and describe pixel colours. */
final class Pixels {
    private Pixels() {}

    /** The image as a PNG file would give it back: written by {@link PngWriter}, decoded by ImageIO. */
    static BufferedImage throughPng(BufferedImage image, Path folder, String name) throws IOException {
        Path file = folder.resolve(name);
        PngWriter.write(image, file);
        BufferedImage decoded = ImageIO.read(file.toFile());
        if (decoded == null) {
            throw new IOException("ImageIO could not decode " + file);
        }
        return decoded;
    }

    /** Hue in degrees [0, 360), saturation and brightness in [0, 1]. */
    static float[] hsb(int argb) {
        float[] hsb = Color.RGBtoHSB((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, null);
        hsb[0] *= 360;
        return hsb;
    }

    /** The largest difference of one colour channel between two pixels. */
    static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        }
        return d;
    }

    static String describe(int argb) {
        float[] hsb = hsb(argb);
        return String.format(
                "#%06X (hue %.0f, saturation %.2f, brightness %.2f)", argb & 0xFFFFFF, hsb[0], hsb[1], hsb[2]);
    }

    /** Relative luminance-like brightness 0..255, enough to tell a dark line from a pale background. */
    static double luma(int argb) {
        return 0.299 * ((argb >> 16) & 0xFF) + 0.587 * ((argb >> 8) & 0xFF) + 0.114 * (argb & 0xFF);
    }

    /** All pixels of an image as ARGB, row by row. */
    static int[] argb(BufferedImage img) {
        return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    }

    /** Fails, saying how many pixels differ and where the first is, unless the two images are the same. */
    static void assertSamePixels(BufferedImage expected, BufferedImage actual, String what) {
        int[] e = argb(expected);
        int[] a = argb(actual);
        int differ = 0;
        int first = -1;
        for (int k = 0; k < e.length; k++) {
            if (e[k] != a[k]) {
                differ++;
                first = first < 0 ? k : first;
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(
                0,
                differ,
                what + ": pixels that differ; the first at (" + (first % expected.getWidth()) + ", "
                        + (first / expected.getWidth()) + ")");
    }
}
