package dev.boundarylab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Choosing a CSV file's columns: by name, parsed from --columns, or guessed from the header by the documented rule. */
class CsvColumnsTest {
    private static Optional<CsvColumns> guess(String... header) {
        return CsvColumns.guess(List.of(header));
    }

    @Test
    void theStandardHeaderInAnyCaseIsItsOwnGuess() {
        assertEquals(Optional.of(CsvColumns.STANDARD), guess("x1", "x2", "label"));
        assertEquals(Optional.of(new CsvColumns("X1", "X2", "Label")), guess(" X1 ", "X2", "Label"));
    }

    @Test
    void commonNamesAreGuessedInTheirListsOrderWhateverTheColumnsOrder() {
        assertEquals(Optional.of(new CsvColumns("x", "y", "class")), guess("x", "y", "class"));
        assertEquals(Optional.of(new CsvColumns("X", "Y", "Target")), guess("Target", "Y", "X"));
        assertEquals(Optional.of(new CsvColumns("x1", "x2", "y")), guess("id", "x1", "x2", "y"), "y is the label");
        assertEquals(Optional.of(new CsvColumns("x1", "y", "label")), guess("x1", "y", "label"), "y is x2");
        assertEquals(
                Optional.of(new CsvColumns("x1", "x2", "label")),
                guess("x", "x1", "x2", "y", "label"),
                "x1 before x, x2 before y");
        assertEquals(Optional.of(new CsvColumns("feature_1", "f2", "category")), guess("feature_1", "f2", "category"));
    }

    @Test
    void noGuessWhenARoleHasNoNameOrTwoColumnsShareOne() {
        assertEquals(Optional.empty(), guess("a", "b", "c"));
        assertEquals(Optional.empty(), guess("x", "y"), "y is x2, nothing is left for the label");
        assertEquals(Optional.empty(), guess("x", "y", "weight"));
        assertEquals(Optional.empty(), guess("x", "X", "y", "label"), "x and X: which is x1?");
    }

    @Test
    void parsesThreeNamesAndRefusesOtherCounts() {
        assertEquals(new CsvColumns("lon", "lat", "species"), CsvColumns.parse("lon, lat ,species"));
        assertEquals("lon,lat,species", CsvColumns.parse("lon,lat,species").toString());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvColumns.parse("a,b"));
        assertEquals(
                "needs three different column names separated by commas, for x1, x2 and the label (such as "
                        + "x1,x2,label), got 'a,b'",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CsvColumns.parse("a,b,c,d"));
        assertThrows(IllegalArgumentException.class, () -> CsvColumns.parse("a,,c"));
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class, () -> CsvColumns.parse("a,b,a"));
        assertTrue(same.getMessage().endsWith("got 'a,b,a'"), same.getMessage());
        IllegalArgumentException direct =
                assertThrows(IllegalArgumentException.class, () -> new CsvColumns("a", "b", "a"));
        assertEquals("the three columns must differ, got a,b,a (x1, x2, label)", direct.getMessage());
    }

    @Test
    void aNameMatchesExactlyFirstThenIgnoringCaseIfOneColumnDoes() {
        List<String> header = List.of("id", "A", "b", "B", "c");
        assertArrayEquals(new int[] {1, 2, 4}, new CsvColumns("a", "b", "C").positions(header));
        assertArrayEquals(new int[] {3, 1, 4}, new CsvColumns("B", "A", "c").positions(header));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new CsvColumns("id", "bb", "c").positions(header));
        assertEquals("no column is named 'bb'; the columns are 'id', 'A', 'b', 'B', 'c'", e.getMessage());
        List<String> twice = List.of("x", "x", "label");
        assertEquals(
                "two columns are named 'x'",
                assertThrows(IllegalArgumentException.class, () -> new CsvColumns("x", "x2", "label").positions(twice))
                        .getMessage());
        assertArrayEquals(
                new int[] {1, 0, 2},
                new CsvColumns("x", "X", "label").positions(List.of("X", "x", "label")),
                "an exact match wins over one ignoring case");
        IllegalArgumentException folded = assertThrows(
                IllegalArgumentException.class,
                () -> new CsvColumns("ab", "c", "d").positions(List.of("Ab", "aB", "c", "d")));
        assertEquals("2 columns are named 'ab' (ignoring case)", folded.getMessage());
    }
}
