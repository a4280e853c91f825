package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.Dataset;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key names the classes as the data does: a file's labels, or "class 0" and "class 1". */
class LegendTest {
    @Test
    void classesAreCalledByTheirLabels() {
        assertEquals("class 0", Legend.className(Dataset.DEFAULT_LABEL_NAMES, 0));
        assertEquals("class 1", Legend.className(Dataset.DEFAULT_LABEL_NAMES, 1));
        assertEquals("setosa", Legend.className(List.of("setosa", "virginica"), 0));
        assertEquals("virginica", Legend.className(List.of("setosa", "virginica"), 1));
        // Labels -1 and 1 are named as they are, not "class 1" for the label "1" of class 1 alone.
        assertEquals("-1", Legend.className(List.of("-1", "1"), 0));
    }

    /**
     * Under the panels of a window at its least size (900 wide, the sidebar beside) the key is about 560 px wide,
     * less than its full width: it is drawn shorter, ending inside the region with the colour bar's "1" end in it.
     */
    @Test
    void aNarrowKeyIsShortenedNotCut() {
        for (int w : new int[] {560, 480}) {
            BufferedImage img = new BufferedImage(w, 34, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Legend.draw(g, ColorMap.DEFAULT, Dataset.DEFAULT_LABEL_NAMES, 0, 0, w, 34);
            g.dispose();
            int right = -1;
            for (int x = 0; x < w; x++) {
                for (int y = 0; y < 34; y++) {
                    if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                        right = x;
                    }
                }
            }
            assertTrue(right < w - 4, "the key ends at x = " + right + " of " + w + ", not at the edge");
            // The bar's last steps are drawn: its colour for p near 1 is somewhere in the key's right part.
            int end = ColorMap.DEFAULT.argb(0.995) & 0xFFFFFF;
            boolean found = false;
            for (int x = w / 2; x < w && !found; x++) {
                for (int y = 0; y < 34; y++) {
                    found |= Pixels.distance(img.getRGB(x, y) & 0xFFFFFF | 0xFF000000, end | 0xFF000000) < 12;
                }
            }
            assertTrue(found, "the colour bar's blue end is drawn in a key " + w + " wide");
        }
    }
}
