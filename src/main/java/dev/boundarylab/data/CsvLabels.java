package dev.boundarylab.data;

import java.util.List;

/**
 * The two classes of a CSV file's labels, met one label at a time: any two distinct values, numbers compared by
 * value ({@code 1}, {@code 1.0} and {@code 1e0} are one label) and other text exactly ({@code yes} is not
 * {@code Yes}).
 *
 * <p>Once all are met they are ordered to classes 0 and 1 (see {@link #finish}). Until then a label has the
 * provisional class of its order of first appearance, so a reader can store one small number per point and turn
 * it into the class at the end.
 */
final class CsvLabels {
    /** What the labels came to: the order of the classes and their names. */
    record Classes(boolean swapped, List<String> names) {
        /** The class of provisional class {@code k}. */
        int classOf(int k) {
            return swapped ? 1 - k : k;
        }
    }

    private final String[] texts = new String[2];
    private final double[] values = new double[2];
    private final boolean[] numbers = new boolean[2];
    private int count;

    /** The provisional class of a label written as {@code text} (stripped, not empty); -1 if it is a third value. */
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
        if (count == 2) {
            return -1;
        }
        texts[count] = text;
        values[count] = value;
        numbers[count] = number;
        return count++;
    }

    /** The labels met, as first written, in single quotes: {@code 'no' and 'yes'}, for a message. */
    String seen() {
        return count == 0
                ? "none"
                : CsvValues.quote(texts[0]) + (count == 2 ? " and " + CsvValues.quote(texts[1]) : "");
    }

    /**
     * The classes of the labels met. Labels that are all the numbers 0 and 1 are classes 0 and 1 (a file of ones
     * only is class 1, as it says), named {@code "0"} and {@code "1"}. Otherwise two labels go to 0 and 1 in sorted
     * order: by value if both are numbers (-1 before 1), else as text ({@code false} before {@code true},
     * {@code no} before {@code yes}); one label only is class 0, and class 1 is named {@code not} and that name. A
     * number's name is its value ({@code 1} for {@code 1.0}), a word's its text.
     */
    Classes finish() {
        boolean zeroOne = true;
        for (int k = 0; k < count; k++) {
            zeroOne &= numbers[k] && (values[k] == 0 || values[k] == 1);
        }
        if (zeroOne) {
            return new Classes(values[0] == 1, Dataset.DEFAULT_LABEL_NAMES);
        }
        if (count == 1) {
            return new Classes(false, List.of(name(0), "not " + name(0)));
        }
        boolean swapped = numbers[0] && numbers[1] ? values[0] > values[1] : name(0).compareTo(name(1)) > 0;
        return swapped ? new Classes(true, List.of(name(1), name(0))) : new Classes(false, List.of(name(0), name(1)));
    }

    private String name(int k) {
        if (!numbers[k]) {
            return texts[k];
        }
        double v = values[k];
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * Whether labels written as {@code names} (class 0's, class 1's) read back as the same classes with the same
     * names: so {@code cat,dog} do, {@code dog,cat} do not (they would swap), nor do {@code 1.0,2} (read back as
     * {@code 1,2}) or names with a line break or spaces at an end. Only the classes in use ({@code has0},
     * {@code has1}) are written, so only theirs must read back, with their names (a file of cats only names the
     * other class {@code not cat}, whatever it was called).
     */
    static boolean readBack(List<String> names, boolean has0, boolean has1) {
        for (String n : names) {
            if (n.isEmpty() || !CsvColumns.strip(n).equals(n) || n.indexOf('\n') >= 0 || n.indexOf('\r') >= 0) {
                return false;
            }
        }
        CsvLabels l = new CsvLabels();
        int first = has0 ? l.classOf(names.get(0)) : -1;
        int second = has1 ? l.classOf(names.get(1)) : -1;
        if (has0 && has1 && first == second) {
            return false;
        }
        Classes c = l.finish();
        return (!has0 || (c.classOf(first) == 0 && c.names().get(0).equals(names.get(0))))
                && (!has1 || (c.classOf(second) == 1 && c.names().get(1).equals(names.get(1))));
    }
}
