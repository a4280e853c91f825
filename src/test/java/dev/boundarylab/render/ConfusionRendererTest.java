package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.model.Confusion;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Confusion matrices drawn: their cells' tints (each cell's share of its row) pixel by pixel, a table without a
 * matrix, two classes.
 */
class ConfusionRendererTest {
    private static final int[] COLOURS = {0xE69F00, 0x0072B2, 0x009E73};

    @Test
    void eachCellIsTintedByItsShareOfTheRowTheDiagonalInItsClassColour() {
        int[][] counts = {{40, 8, 2}, {0, 30, 20}, {5, 5, 90}};
        ConfusionSpec spec = new ConfusionSpec(
                List.of("a", "b", "c"), List.of(new ConfusionSpec.Table("three", Confusion.of(counts))), 1);
        FigureRenderer r = new FigureRenderer(1);
        Dimension size = r.confusionSize(spec);
        assertEquals(ConfusionRenderer.tableSize(3), size);
        BufferedImage img = r.renderConfusion(spec);
        double left = ConfusionRenderer.PAD + ConfusionRenderer.ROW_HEAD;
        double top = ConfusionRenderer.TITLE + ConfusionRenderer.HEADER;
        double cw = ConfusionRenderer.cellWidth(3);
        for (int t = 0; t < 3; t++) {
            int row = counts[t][0] + counts[t][1] + counts[t][2];
            for (int p = 0; p < 3; p++) {
                double share = (double) counts[t][p] / row;
                // Colour over white: the diagonal its class's at 0.12 + 0.5 share, a mistake grey at 0.45 share.
                int c = t == p ? COLOURS[t] : 0x5B626C;
                double a = t == p ? 0.12 + 0.5 * share : 0.45 * share;
                int expected = 0xFF000000;
                for (int shift = 0; shift <= 16; shift += 8) {
                    expected |= (int) Math.round(255 + a * ((c >> shift & 0xFF) - 255)) << shift;
                }
                // Near the cell's top-left corner, clear of its border and of its text.
                int x = (int) (left + p * cw) + 4;
                int y = (int) (top + t * ConfusionRenderer.CELL_H) + 4;
                int got = img.getRGB(x, y);
                assertTrue(
                        Pixels.distance(got, expected) <= 1,
                        "cell " + t + ", " + p + " share " + share + ": " + Pixels.describe(got) + " vs "
                                + Pixels.describe(expected));
            }
        }
    }

    @Test
    void aTableWithoutAMatrixAndTwoClassesDrawToo() {
        Confusion two = Confusion.of(new int[][] {{9, 1}, {2, 8}});
        ConfusionSpec spec = new ConfusionSpec(
                List.of("0", "1"),
                List.of(new ConfusionSpec.Table("network", two), new ConfusionSpec.Table("logistic", null, "fitting…")),
                2);
        BufferedImage img = new FigureRenderer(2).renderConfusion(spec);
        Dimension t = ConfusionRenderer.tableSize(2);
        assertEquals(2 * 2 * t.width, img.getWidth());
        assertEquals(2 * t.height, img.getHeight());
        // The binary table's diagonal is the binary orange, tinted.
        // A table of two classes is widened for its title, its cells centred in it.
        double natural = 2 * ConfusionRenderer.PAD + ConfusionRenderer.ROW_HEAD + 2 * ConfusionRenderer.cellWidth(2);
        assertEquals(Math.ceil(ConfusionRenderer.MIN_WIDTH), t.width);
        double inset = (ConfusionRenderer.MIN_WIDTH - natural) / 2;
        int x = (int) (2 * (inset + ConfusionRenderer.PAD + ConfusionRenderer.ROW_HEAD)) + 8;
        int y = (int) (2 * (ConfusionRenderer.TITLE + ConfusionRenderer.HEADER)) + 8;
        assertTrue(Pixels.hsb(img.getRGB(x, y))[1] > 0.2, Pixels.describe(img.getRGB(x, y)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new ConfusionSpec(List.of("a", "b", "c"), List.of(new ConfusionSpec.Table("two", two)), 1));
    }
}
