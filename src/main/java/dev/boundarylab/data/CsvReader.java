package dev.boundarylab.data;

import dev.boundarylab.files.FileFormatException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One read of CSV text into a {@link Dataset}, as {@link CsvData} describes the format: the header line found and
 * split here, the rows after it parsed by Commons CSV, each value checked with the line it is on.
 */
final class CsvReader {
    /**
     * A file's header.
     *
     * @param names the column names, without spaces or tabs at either end
     * @param text the header line as written
     * @param line the line it is on, from 1
     * @param delimiter the separator of the file's values: comma, semicolon or tab
     */
    record Header(List<String> names, String text, long line, char delimiter) {}

    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final Pattern START_LINE = Pattern.compile("\\(startline ([^)]+)\\)");

    private final CsvLines in;
    private final String source;

    CsvReader(Reader reader, String source) {
        this.in = new CsvLines(reader, source);
        this.source = source;
    }

    /**
     * The header: the first line that is neither blank nor a comment (starting with {@code #}), split at the
     * separator it has most of (comma, semicolon or tab; a tie goes to the comma, then the semicolon), quotes
     * respected.
     *
     * @throws FileFormatException if there is no such line, it is a point rather than names, or it has fewer than
     *     three columns
     */
    Header header() throws IOException, FileFormatException {
        boolean comments = false;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            if (text.startsWith("#")) {
                comments = true;
            } else if (!CsvColumns.strip(text).isEmpty()) {
                return header(text, in.lineNumber(), comments);
            }
        }
        throw new FileFormatException(
                source,
                1,
                (comments ? "the file holds only comments" : "the file is empty")
                        + "; it needs the header x1,x2,label and a line per point");
    }

    private Header header(String text, long line, boolean comments) throws FileFormatException {
        char delimiter = delimiter(text);
        List<String> names = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(text, format(delimiter))) {
            for (CSVRecord r : p) {
                for (String name : r) {
                    names.add(CsvColumns.strip(name));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw notCsv(e instanceof UncheckedIOException u ? u.getCause() : e, line, line - 1);
        }
        if (names.size() >= 2 && CsvValues.isNumeral(names.get(0)) && CsvValues.isNumeral(names.get(1))) {
            throw new FileFormatException(
                    source,
                    line,
                    "no header: the first line must name the columns, as x1,x2,label does, but it is a point, "
                            + CsvValues.quote(text) + (comments ? "; lines starting with # are comments" : ""));
        }
        if (names.size() < 3) {
            throw new FileFormatException(
                    source,
                    line,
                    "the header " + CsvValues.quote(text) + " has " + (names.size() == 1 ? "one column" : "2 columns")
                            + "; it needs at least three (x1, x2 and the label), separated by commas, semicolons "
                            + "or tabs");
        }
        return new Header(List.copyOf(names), text, line, delimiter);
    }

    /**
     * Reads the whole table.
     *
     * @param columns the columns to read, or null to guess them from the header's names ({@link CsvColumns#guess})
     * @param noGuess what to add to the complaint when the guess fails, such as how to name the columns
     * @param maxPoints the most points allowed
     * @param name the data set's name
     */
    Dataset read(CsvColumns columns, String noGuess, int maxPoints, String name)
            throws IOException, FileFormatException {
        Header h = header();
        if (columns == null) {
            Optional<CsvColumns> guess = CsvColumns.guess(h.names());
            if (guess.isEmpty()) {
                throw new FileFormatException(
                        source,
                        h.line(),
                        "cannot tell which columns are x1, x2 and the label from the header's names, "
                                + CsvColumns.names(h.names()) + noGuess);
            }
            columns = guess.get();
        }
        int[] at;
        try {
            at = columns.positions(h.names());
        } catch (IllegalArgumentException e) {
            throw new FileFormatException(source, h.line(), e.getMessage());
        }
        return new Rows(h, at, maxPoints).read(name);
    }

    /** The rows after the header, read into growing primitive columns. */
    private final class Rows {
        private final Header header;
        private final int[] at;
        private final String[] columnNames = new String[3];
        private final int maxPoints;
        private final CsvLabels labels = new CsvLabels();
        private double[] x1 = new double[1024];
        private double[] x2 = new double[1024];
        private int[] classes = new int[1024];
        private int size;
        private long line;

        Rows(Header header, int[] at, int maxPoints) {
            this.header = header;
            this.at = at;
            this.maxPoints = maxPoints;
            for (int k = 0; k < 3; k++) {
                columnNames[k] = header.names().get(at[k]);
            }
        }

        Dataset read(String name) throws IOException, FileFormatException {
            try (CSVParser parser = CSVParser.builder()
                    .setReader(in)
                    .setFormat(format(header.delimiter()))
                    .get()) {
                Iterator<CSVRecord> rows = parser.iterator();
                while (true) {
                    CSVRecord row;
                    try {
                        if (!rows.hasNext()) {
                            break;
                        }
                        row = rows.next();
                    } catch (UncheckedIOException e) {
                        if (!(e.getCause() instanceof CSVException)) {
                            throw e.getCause();
                        }
                        if (in.tooLongLine() > 0) {
                            throw in.tooLong(in.tooLongLine());
                        }
                        long now = header.line() + parser.getCurrentLineNumber();
                        throw notCsv(e.getCause(), now, header.line());
                    }
                    long end = header.line() + parser.getCurrentLineNumber();
                    if (in.tooLongLine() > 0 && end >= in.tooLongLine()) {
                        throw in.tooLong(in.tooLongLine());
                    }
                    add(row, end);
                }
            }
            if (in.tooLongLine() > 0) {
                throw in.tooLong(in.tooLongLine());
            }
            if (size == 0) {
                throw new FileFormatException(source, header.line() + 1, "no points after the header " + headerText());
            }
            CsvLabels.Classes c = labels.finish();
            int[] y = Arrays.copyOf(classes, size);
            for (int i = 0; i < size; i++) {
                y[i] = c.classOf(y[i]);
            }
            return new Dataset(name, Arrays.copyOf(x1, size), Arrays.copyOf(x2, size), y, c.names());
        }

        private void add(CSVRecord row, long end) throws FileFormatException {
            int n = row.size();
            if (isBlank(row)) {
                return;
            }
            int breaks = 0;
            for (int k = 0; k < n; k++) {
                breaks += lineBreaks(row.get(k));
            }
            line = end - breaks;
            if (breaks > 0) {
                throw fail("a quoted value goes on to line " + end + "; each point must be on one line");
            }
            int needed = header.names().size();
            if (n != needed) {
                throw fail(n + (n == 1 ? " value" : " values") + " where " + needed + " are needed: " + headerText()
                        + " separated by " + delimiterName());
            }
            if (size == maxPoints) {
                throw fail("more than " + maxPoints + " points; that is the most a data set may hold");
            }
            if (size == classes.length) {
                int capacity = (int) Math.min((long) size * 2, maxPoints);
                x1 = Arrays.copyOf(x1, capacity);
                x2 = Arrays.copyOf(x2, capacity);
                classes = Arrays.copyOf(classes, capacity);
            }
            x1[size] = coordinate(row.get(at[0]), 0);
            x2[size] = coordinate(row.get(at[1]), 1);
            classes[size] = label(row.get(at[2]));
            size++;
        }

        private boolean isBlank(CSVRecord row) {
            // A line of spaces and tabs is blank; with tabs between values it is a row of empty values, also blank.
            if (row.size() > 1 && header.delimiter() != '\t') {
                return false;
            }
            for (String v : row) {
                if (!CsvColumns.strip(v).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        private double coordinate(String raw, int column) throws FileFormatException {
            String s = CsvColumns.strip(raw);
            String where = " in column " + columnNames[column];
            if (s.isEmpty()) {
                throw fail("no value" + where);
            }
            if (!CsvValues.isNumeral(s)) {
                if (CsvValues.hasDecimalComma(s)) {
                    throw fail(CsvValues.quote(s) + where + " has a decimal comma; write the number with a point, "
                            + CsvValues.cut(s.replace(',', '.')));
                }
                throw fail(CsvValues.quote(s) + where + " is not "
                        + (CsvValues.isNotFinite(s) ? "a finite number; coordinates must be finite" : "a number"));
            }
            double v = Double.parseDouble(s);
            if (Double.isInfinite(v)) {
                throw fail(CsvValues.quote(s) + where + " is too large for a finite number");
            }
            return v;
        }

        private int label(String raw) throws FileFormatException {
            String s = CsvColumns.strip(raw);
            String where = " in column " + columnNames[2];
            if (s.isEmpty()) {
                throw fail("no value" + where);
            }
            if (CsvValues.hasDecimalComma(s)) {
                throw fail(CsvValues.quote(s) + where + " has a decimal comma; write the number with a point, "
                        + CsvValues.cut(s.replace(',', '.')));
            }
            int k = labels.classOf(s);
            if (k < 0) {
                throw fail("a " + labels.nextOrdinal() + " label, " + CsvValues.quote(s) + "," + where + ", after "
                        + labels.seen() + "; the labels must be at most " + CsvLabels.MAX + " values, one per class");
            }
            return k;
        }

        private String headerText() {
            return CsvValues.cut(
                    String.join(header.delimiter() == '\t' ? " " : "" + header.delimiter(), header.names()));
        }

        private String delimiterName() {
            return header.delimiter() == ',' ? "commas" : header.delimiter() == ';' ? "semicolons" : "tabs";
        }

        private FileFormatException fail(String reason) {
            return new FileFormatException(source, line, reason);
        }
    }

    /** The separator that splits {@code header} into the most fields, outside quotes; ties go to the earlier. */
    static char delimiter(String header) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            for (int k = 0; k < DELIMITERS.length && !quoted; k++) {
                counts[k] += c == DELIMITERS[k] ? 1 : 0;
            }
        }
        int best = 0;
        for (int k = 1; k < DELIMITERS.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return DELIMITERS[best];
    }

    /**
     * RFC 4180 with this separator, lines starting with {@code #} taken as comments, empty lines skipped, and spaces
     * and tabs around a value (quoted or not) ignored.
     */
    private static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setCommentMarker('#')
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
    }

    /** The number of line ends in {@code s}: {@code \r\n} counts once, as the parser counts lines. */
    private static int lineBreaks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || (c == '\n' && (i == 0 || s.charAt(i - 1) != '\r'))) {
                n++;
            }
        }
        return n;
    }

    /**
     * The parser's complaint as one of ours: a quote never closed (named at the line it opens on, which the parser
     * puts in its message), or text after a closing quote (at the line it is on, {@code now}).
     */
    private FileFormatException notCsv(Throwable e, long now, long offset) {
        String m = String.valueOf(e.getMessage());
        if (e instanceof CSVException && m.contains("EOF reached before encapsulated token finished")) {
            // The parser formats the number with the default locale's digit grouping.
            Matcher start = START_LINE.matcher(m);
            String digits = start.find() ? start.group(1).replaceAll("\\D", "") : "";
            long line = digits.isEmpty() ? now : offset + Long.parseLong(digits);
            return new FileFormatException(source, line, "a quote (\") opens a value and is never closed");
        }
        if (e instanceof CSVException && m.contains("Invalid character between encapsulated token and delimiter")) {
            return new FileFormatException(
                    source, now, "text after a quoted value's closing quote; a quote inside quotes is written \"\"");
        }
        return new FileFormatException(source, now, "not CSV text (" + m + ")");
    }
}
