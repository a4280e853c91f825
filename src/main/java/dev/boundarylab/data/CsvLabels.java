package dev.boundarylab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The classes of a CSV file's labels, met one label at a time: 2 to {@value Dataset#MAX_CLASSES} distinct values,
 * numbers compared by value ({@code 1}, {@code 1.0} and {@code 1e0} are one label) and other text exactly ({@code
 * yes} is not {@code Yes}).
 *
 * <p>Once all are met they are ordered to classes 0 .. K-1 (see {@link #finish}). Until then a label has the
 * provisional class of its order of first appearance, so a reader can store one small number per point and turn
 * it into the class at the end.
 */
final class CsvLabels {
    /** The most labels a file may have: one per class. */
    static final int MAX = Dataset.MAX_CLASSES;

    private static final String[] ORDINALS = {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"
    };

    /**
     * What the labels came to: the class of each provisional class and the classes' names, class 0 first.
     *
     * @param order {@code order[k]} is the class of provisional class k
     * @param names the names of the K classes
     */
    record Classes(int[] order, List<String> names) {
        /** The class of provisional class {@code k}. */
        int classOf(int k) {
            return order[k];
        }
    }

    private final String[] texts = new String[MAX];
    private final double[] values = new double[MAX];
    private final boolean[] numbers = new boolean[MAX];
    private int count;

    /**
     * The provisional class of a label written as {@code text} (stripped, not empty); -1 if it is a label beyond
     * the {@value #MAX} a file may have.
     */
    int classOf(String text) {
        for (int k = 0; k < count; k++) {
            if (texts[k].equals(text)) {
                return k;
            }
        }
        boolean number = CsvValues.isNumeral(text);
        // Adding 0.0 makes -0 the same label as 0.
        double value = number ? Double.parseDouble(text) + 0.0 : Double.NaN;
        for (int k = 0; k < count; k++) {
            if (number && numbers[k] && values[k] == value) {
                return k;
            }
        }
        if (count == MAX) {
            return -1;
        }
        texts[count] = text;
        values[count] = value;
        numbers[count] = number;
        return count++;
    }

    /** How many distinct labels were met. */
    int count() {
        return count;
    }

    /** The ordinal of the label after those met, e.g. "third" or "ninth", for a message. */
    String nextOrdinal() {
        return ORDINALS[count];
    }

    /** The labels met, as first written, in single quotes: {@code 'no' and 'yes'}, for a message. */
    String seen() {
        if (count == 0) {
            return "none";
        }
        List<String> q = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            q.add(CsvValues.quote(texts[k]));
        }
        return q.size() == 1 ? q.get(0) : String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1);
    }

    /**
     * The classes of the labels met. Labels that are all the numbers 0 and 1 are classes 0 and 1 (a file of ones
     * only is class 1, as it says), named {@code "0"} and {@code "1"}. Otherwise the K labels go to 0 .. K-1 in
     * sorted order: by value if all are numbers ({@code -1} before {@code 1}, {@code 2} before {@code 10}), else as
     * text ({@code false} before {@code true}, {@code cat} before {@code dog} before {@code emu}); labels 0 .. K-1
     * are so their own classes. One label only is class 0, and class 1 is named {@code not} and that name. A
     * number's name is its value ({@code 1} for {@code 1.0}), a word's its text.
     */
    Classes finish() {
        boolean zeroOne = true;
        boolean allNumbers = true;
        for (int k = 0; k < count; k++) {
            zeroOne &= numbers[k] && (values[k] == 0 || values[k] == 1);
            allNumbers &= numbers[k];
        }
        if (zeroOne) {
            return new Classes(
                    count == 0 || values[0] == 0 ? new int[] {0, 1} : new int[] {1, 0}, Dataset.DEFAULT_LABEL_NAMES);
        }
        if (count == 1) {
            return new Classes(new int[] {0}, List.of(name(0), "not " + name(0)));
        }
        Integer[] sorted = new Integer[count];
        for (int k = 0; k < count; k++) {
            sorted[k] = k;
        }
        Arrays.sort(
                sorted,
                allNumbers ? (a, b) -> Double.compare(values[a], values[b]) : (a, b) -> name(a).compareTo(name(b)));
        int[] order = new int[count];
        List<String> names = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            order[sorted[c]] = c;
            names.add(name(sorted[c]));
        }
        return new Classes(order, List.copyOf(names));
    }

    private String name(int k) {
        if (!numbers[k]) {
            return texts[k];
        }
        double v = values[k];
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * Whether labels written as {@code names} (class 0's first) read back as the same classes with the same names:
     * so {@code cat,dog} do, {@code dog,cat} do not (they would swap), nor do {@code 1.0,2} (read back as
     * {@code 1,2}) or names with a line break or spaces at an end. Only the classes in use ({@code used[k]}) are
     * written, so only theirs must read back, with their names (a file of cats only names the other class
     * {@code not cat}, whatever it was called).
     */
    static boolean readBack(List<String> names, boolean[] used) {
        for (String n : names) {
            if (n.isEmpty() || !CsvColumns.strip(n).equals(n) || n.indexOf('\n') >= 0 || n.indexOf('\r') >= 0) {
                return false;
            }
        }
        CsvLabels l = new CsvLabels();
        int[] provisional = new int[names.size()];
        for (int k = 0; k < names.size(); k++) {
            provisional[k] = used[k] ? l.classOf(names.get(k)) : -1;
        }
        for (int a = 0; a < names.size(); a++) {
            for (int b = a + 1; b < names.size(); b++) {
                if (used[a] && used[b] && provisional[a] == provisional[b]) {
                    return false;
                }
            }
        }
        if (l.count() == 0) {
            return true;
        }
        Classes c = l.finish();
        for (int k = 0; k < names.size(); k++) {
            if (used[k]
                    && (c.classOf(provisional[k]) != k
                            || c.names().size() != names.size()
                            || !c.names().get(k).equals(names.get(k)))) {
                return false;
            }
        }
        return true;
    }
}
