package dev.boundarylab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which columns of a CSV file hold the first coordinate, the second coordinate and the class, by the names in the
 * file's header. Any other columns are ignored.
 *
 * <p>A name in a header matches a chosen name if it is the same text; failing that, if it is the same ignoring case
 * and no other column's name is. Names are compared without spaces or tabs around them.
 *
 * @param x1 the name of the column of first coordinates
 * @param x2 the name of the column of second coordinates
 * @param label the name of the column of classes
 */
public record CsvColumns(String x1, String x2, String label) {
    /** The columns of the header {@code x1,x2,label}, which is what {@link CsvData#write} writes. */
    public static final CsvColumns STANDARD = new CsvColumns("x1", "x2", "label");

    /** The names {@link #guess} takes for x1, in the order it tries them (compared ignoring case). */
    public static final List<String> X1_NAMES = List.of("x1", "x", "x_1", "feature1", "feature_1", "f1");

    /** The names {@link #guess} takes for x2, in the order it tries them (compared ignoring case). */
    public static final List<String> X2_NAMES = List.of("x2", "y", "x_2", "feature2", "feature_2", "f2");

    /**
     * The names {@link #guess} takes for the class, in the order it tries them (compared ignoring case); {@code y}
     * only when it is not already x2.
     */
    public static final List<String> LABEL_NAMES = List.of("label", "class", "target", "category", "y");

    /**
     * Checks the names.
     *
     * @throws IllegalArgumentException if a name is blank, or two are the same
     */
    public CsvColumns {
        x1 = strip(Objects.requireNonNull(x1, "x1"));
        x2 = strip(Objects.requireNonNull(x2, "x2"));
        label = strip(Objects.requireNonNull(label, "label"));
        if (x1.isEmpty() || x2.isEmpty() || label.isEmpty()) {
            throw new IllegalArgumentException("a column name is empty: '" + x1 + "', '" + x2 + "', '" + label + "'");
        }
        if (x1.equals(x2) || x1.equals(label) || x2.equals(label)) {
            throw new IllegalArgumentException(
                    "the three columns must differ, got " + x1 + "," + x2 + "," + label + " (x1, x2, label)");
        }
    }

    /**
     * The columns named in {@code text}, three names separated by commas: x1's, x2's and the class's, as
     * {@code --columns} takes them, e.g. {@code lon,lat,species}.
     *
     * @throws IllegalArgumentException if there are not three names, one is empty, or two are the same
     */
    public static CsvColumns parse(String text) {
        String[] names = text.split(",", -1);
        try {
            if (names.length == 3) {
                return new CsvColumns(names[0], names[1], names[2]);
            }
        } catch (IllegalArgumentException e) {
            // Said below, with the text given.
        }
        throw new IllegalArgumentException("needs three different column names separated by commas, for x1, x2 and "
                + "the label (such as x1,x2,label), got '" + text + "'");
    }

    /**
     * A guess of the columns from a header's names, or empty if the names do not say. Each role takes the first
     * name of its list ({@link #X1_NAMES}, then {@link #X2_NAMES}, then {@link #LABEL_NAMES}) that exactly one
     * column has, ignoring case, among the columns an earlier role has not taken: so {@code x,y,class} is
     * x/y/class, {@code id,x1,x2,y} is x1/x2/y, and {@code X,Y} is no guess (nothing is left for the class). The
     * header {@code x1,x2,label} in any case is always {@link #STANDARD}, with the header's spelling.
     *
     * @param header the header's column names, in the file's order
     */
    public static Optional<CsvColumns> guess(List<String> header) {
        List<String> left = new ArrayList<>();
        for (String name : header) {
            left.add(strip(name));
        }
        String x1 = take(left, X1_NAMES);
        String x2 = take(left, X2_NAMES);
        String label = take(left, LABEL_NAMES);
        if (x1 == null || x2 == null || label == null) {
            return Optional.empty();
        }
        return Optional.of(new CsvColumns(x1, x2, label));
    }

    /**
     * The position of each column in {@code header}: {@code {x1, x2, label}}.
     *
     * @throws IllegalArgumentException naming the header's columns if one of these is not among them, or a name
     *     matches two of them
     */
    int[] positions(List<String> header) {
        return new int[] {position(header, x1), position(header, x2), position(header, label)};
    }

    /** As the names would be written in a header, e.g. {@code x1,x2,label}. */
    @Override
    public String toString() {
        return x1 + "," + x2 + "," + label;
    }

    private static int position(List<String> header, String name) {
        int exact = -1;
        int folded = -1;
        int foldedCount = 0;
        for (int i = 0; i < header.size(); i++) {
            String h = strip(header.get(i));
            if (h.equals(name)) {
                if (exact >= 0) {
                    throw new IllegalArgumentException("two columns are named '" + name + "'");
                }
                exact = i;
            } else if (h.equalsIgnoreCase(name)) {
                folded = i;
                foldedCount++;
            }
        }
        if (exact >= 0) {
            return exact;
        }
        if (foldedCount == 1) {
            return folded;
        }
        if (foldedCount > 1) {
            throw new IllegalArgumentException(foldedCount + " columns are named '" + name + "' (ignoring case)");
        }
        throw new IllegalArgumentException("no column is named '" + name + "'; the columns are " + names(header));
    }

    /** The first of {@code wanted} that exactly one entry of {@code left} is, ignoring case; removed from it. */
    private static String take(List<String> left, List<String> wanted) {
        for (String w : wanted) {
            int found = -1;
            int count = 0;
            for (int i = 0; i < left.size(); i++) {
                if (left.get(i) != null && left.get(i).toLowerCase(Locale.ROOT).equals(w)) {
                    found = i;
                    count++;
                }
            }
            if (count == 1) {
                String name = left.get(found);
                left.set(found, null);
                return name;
            }
        }
        return null;
    }

    /** A header's names for a message: {@code 'a', 'b', 'c'}, the list cut short after ten. */
    static String names(List<String> header) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(header.size(), 10);
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ")
                    .append('\'')
                    .append(CsvValues.cut(strip(header.get(i))))
                    .append('\'');
        }
        return sb.append(shown < header.size() ? " and " + (header.size() - shown) + " more" : "")
                .toString();
    }

    /** {@code s} without spaces or tabs at either end. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
