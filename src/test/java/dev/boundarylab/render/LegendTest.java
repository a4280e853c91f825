package dev.boundarylab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundarylab.data.Dataset;
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
}
