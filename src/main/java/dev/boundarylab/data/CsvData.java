package dev.boundarylab.data;

import dev.boundarylab.files.AtomicFiles;
import dev.boundarylab.files.FileFormatException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Labelled points as CSV text: a header line {@code x1,x2,label}, then one line per point, e.g.
 * {@code 0.25,-1.5,1}.
 *
 * <p>Reading is forgiving about form and strict about content. It accepts a UTF-8 byte-order mark, Windows (CRLF),
 * Unix and old Mac line ends, spaces or tabs around any value, header names in any case, and blank lines anywhere
 * (a trailing empty line included). Coordinates are decimal numbers ({@code 12}, {@code -0.5}, {@code 1.5e-3});
 * a label is a decimal number equal to 0 or 1, so {@code 1}, {@code 1.0} and {@code 1e0} (as numpy's
 * {@code savetxt} writes) are the same label, while {@code 2}, {@code 0.5}, {@code -1} and {@code true} are
 * refused. A file of one class only is read: the models say for themselves what they make of it. Everything else
 * (no header, a wrong header, no points, a missing or extra column, text or NaN or infinity where a number should
 * be, a line over {@value #MAX_LINE_LENGTH} characters, more than {@value #MAX_POINTS} points) is a
 * {@link FileFormatException} naming the file, the line and the reason. A read either returns the whole data set
 * or throws: nothing half-read is ever used.
 *
 * <p>Writing puts {@link Double#toString(double)} of each coordinate, which reads back to the same double, and the
 * label as {@code 0} or {@code 1}, with {@code \n} line ends. A file is written under a temporary name in its own
 * folder and then moved over the target in one step, so a failure leaves any earlier file whole and nothing
 * half-written under the target name.
 */
public final class CsvData {
    /** The header line, naming the three columns. */
    public static final String HEADER = "x1,x2,label";

    /** The most points a file may hold: the same ten million that the generators allow. */
    public static final int MAX_POINTS = DatasetKind.MAX_SAMPLES;

    /** The longest line read, in characters; a point's line needs under 80, so more means it is not this table. */
    public static final int MAX_LINE_LENGTH = 1000;

    private static final String[] COLUMNS = {"x1", "x2", "label"};

    private CsvData() {}

    /**
     * Reads a CSV file of labelled points; the data set is named after the file.
     *
     * @throws FileFormatException naming the file, the line and the reason if the text is not such a table
     * @throws IOException if the file cannot be read (missing, a folder, not allowed), with a message saying which
     */
    public static Dataset read(Path file) throws IOException, FileFormatException {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new IOException(source + ": a folder, not a CSV file");
        }
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(source, null, "no such file");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(source, null, "not allowed to read this file");
        }
        Path fileName = file.getFileName();
        // Undecodable bytes become U+FFFD rather than an exception, so they surface as text that is not a number,
        // on the right line.
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new Parser(r, source, MAX_POINTS).parse(fileName == null ? source : fileName.toString());
        }
    }

    /**
     * Reads CSV text of labelled points; {@code sourceName} names the data set and stands for the file in messages.
     *
     * @throws FileFormatException naming the source, the line and the reason if the text is not such a table
     * @throws IOException if the reader fails
     */
    public static Dataset read(Reader reader, String sourceName) throws IOException, FileFormatException {
        return read(reader, sourceName, MAX_POINTS);
    }

    /** As {@link #read(Reader, String)} with another limit on the number of points, so tests can reach it. */
    static Dataset read(Reader reader, String sourceName, int maxPoints) throws IOException, FileFormatException {
        return new Parser(reader, sourceName, maxPoints).parse(sourceName);
    }

    /**
     * Writes the points as CSV text to {@code out} (not closed), so that {@link #read(Reader, String)} gives back an
     * equal data set.
     */
    public static void write(Dataset data, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (int i = 0; i < data.size(); i++) {
            out.write(Double.toString(data.x1(i)));
            out.write(',');
            out.write(Double.toString(data.x2(i)));
            out.write(',');
            out.write(data.label(i) == 0 ? '0' : '1');
            out.write('\n');
        }
    }

    /**
     * Writes the points to a CSV file, replacing any file of that name in one step (through {@link AtomicFiles}):
     * the text goes to a temporary file in the same folder, is flushed to the disk, and is then moved over the
     * target.
     *
     * @throws IOException if the file cannot be written, with a message naming the file and why (the folder does
     *     not exist, is not a folder, is not writable, or the target is a folder); no file of the target's name is
     *     then created or changed
     */
    public static void write(Dataset data, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            // Buffered in characters too: write(Dataset, Writer) hands over a few characters at a time.
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            write(data, w);
            w.flush();
        });
    }

    /** One pass over the text: lines into a reused buffer, values into growing primitive columns. */
    private static final class Parser {
        private final Reader in;
        private final String source;
        private final char[] buf = new char[1 << 16];
        private int pos;
        private int limit;
        private final char[] line = new char[MAX_LINE_LENGTH];
        private int length;
        private long lineNo;
        private final int[] commas = new int[2];
        private final int maxPoints;

        private double[] x1 = new double[1024];
        private double[] x2 = new double[1024];
        private int[] labels = new int[1024];
        private int size;

        Parser(Reader in, String source, int maxPoints) {
            this.in = in;
            this.source = source;
            this.maxPoints = maxPoints;
        }

        Dataset parse(String name) throws IOException, FileFormatException {
            long headerLine = 0;
            while (nextLine()) {
                if (lineNo == 1 && length > 0 && line[0] == '\uFEFF') {
                    System.arraycopy(line, 1, line, 0, --length);
                }
                if (isBlank()) {
                    continue;
                }
                if (headerLine == 0) {
                    checkHeader();
                    headerLine = lineNo;
                } else {
                    addPoint();
                }
            }
            if (headerLine == 0) {
                throw new FileFormatException(
                        source, 1, "the file is empty; it needs the header " + HEADER + " and a line per point");
            }
            if (size == 0) {
                throw new FileFormatException(source, headerLine + 1, "no points after the header " + HEADER);
            }
            return new Dataset(name, Arrays.copyOf(x1, size), Arrays.copyOf(x2, size), Arrays.copyOf(labels, size));
        }

        /** Reads the next line into {@code line}, without its end; false at the end of the text. */
        private boolean nextLine() throws IOException, FileFormatException {
            if (!fill()) {
                return false;
            }
            lineNo++;
            length = 0;
            while (fill()) {
                char c = buf[pos++];
                if (c == '\n') {
                    return true;
                }
                if (c == '\r') {
                    if (fill() && buf[pos] == '\n') {
                        pos++;
                    }
                    return true;
                }
                if (length == MAX_LINE_LENGTH) {
                    throw fail("the line is longer than " + MAX_LINE_LENGTH + " characters; a point's line is "
                            + "x1,x2,label");
                }
                line[length++] = c;
            }
            return true;
        }

        /** Makes sure {@code buf[pos]} is a character; false at the end of the text. */
        private boolean fill() throws IOException {
            while (pos == limit) {
                int n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    return false;
                }
                pos = 0;
                limit = n;
            }
            return true;
        }

        private boolean isBlank() {
            for (int i = 0; i < length; i++) {
                if (!isSpace(line[i])) {
                    return false;
                }
            }
            return true;
        }

        private void checkHeader() throws FileFormatException {
            int columns = findCommas();
            if (columns == 3) {
                boolean matches = true;
                for (int c = 0; c < 3; c++) {
                    matches &= field(c).toLowerCase(Locale.ROOT).equals(COLUMNS[c]);
                }
                if (matches) {
                    return;
                }
                if (isNumeral(start(0), end(0)) && isNumeral(start(1), end(1))) {
                    throw fail(
                            "no header: the first line must be " + HEADER + ", but it is a point, " + quote(0, length));
                }
            }
            throw fail("the header is " + quote(0, length) + "; it must be " + HEADER);
        }

        private void addPoint() throws FileFormatException {
            int columns = findCommas();
            if (columns != 3) {
                throw fail(columns + (columns == 1 ? " value" : " values")
                        + " where 3 are needed: x1,x2,label separated by commas");
            }
            if (size == maxPoints) {
                throw fail("more than " + maxPoints + " points; that is the most a data set may hold");
            }
            if (size == labels.length) {
                int capacity = (int) Math.min((long) size * 2, maxPoints);
                x1 = Arrays.copyOf(x1, capacity);
                x2 = Arrays.copyOf(x2, capacity);
                labels = Arrays.copyOf(labels, capacity);
            }
            x1[size] = coordinate(0);
            x2[size] = coordinate(1);
            labels[size] = label();
            size++;
        }

        /** Records where the first two commas are and returns the number of comma-separated values. */
        private int findCommas() {
            int count = 1;
            for (int i = 0; i < length; i++) {
                if (line[i] == ',') {
                    if (count <= 2) {
                        commas[count - 1] = i;
                    }
                    count++;
                }
            }
            return count;
        }

        private int rawStart(int column) {
            return column == 0 ? 0 : commas[column - 1] + 1;
        }

        private int rawEnd(int column) {
            return column == 2 ? length : commas[column];
        }

        private int start(int column) {
            int s = rawStart(column);
            int e = rawEnd(column);
            while (s < e && isSpace(line[s])) {
                s++;
            }
            return s;
        }

        private int end(int column) {
            int s = start(column);
            int e = rawEnd(column);
            while (e > s && isSpace(line[e - 1])) {
                e--;
            }
            return e;
        }

        private String field(int column) {
            int s = start(column);
            return new String(line, s, end(column) - s);
        }

        private double coordinate(int column) throws FileFormatException {
            int s = start(column);
            int e = end(column);
            if (s == e) {
                throw fail("no value in column " + COLUMNS[column]);
            }
            if (!isNumeral(s, e)) {
                String word =
                        new String(line, s, e - s).toLowerCase(Locale.ROOT).replaceFirst("^[+-]", "");
                boolean notFinite = word.equals("nan") || word.equals("inf") || word.equals("infinity");
                throw fail(quote(s, e) + " in column " + COLUMNS[column] + " is not "
                        + (notFinite ? "a finite number; coordinates must be finite" : "a number"));
            }
            double v = Double.parseDouble(new String(line, s, e - s));
            if (Double.isInfinite(v)) {
                throw fail(quote(s, e) + " in column " + COLUMNS[column] + " is too large for a finite number");
            }
            return v;
        }

        private int label() throws FileFormatException {
            int s = start(2);
            int e = end(2);
            if (s == e) {
                throw fail("no value in column label; labels are 0 or 1");
            }
            if (isNumeral(s, e)) {
                double v = Double.parseDouble(new String(line, s, e - s));
                if (v == 0) {
                    return 0;
                }
                if (v == 1) {
                    return 1;
                }
            }
            throw fail(quote(s, e) + " in column label is not a class; labels are 0 or 1");
        }

        /** Whether {@code line[s, e)} is a plain decimal number: sign, digits, point, digits, exponent. */
        private boolean isNumeral(int s, int e) {
            int i = s;
            if (i < e && (line[i] == '+' || line[i] == '-')) {
                i++;
            }
            int digits = 0;
            while (i < e && isDigit(line[i])) {
                i++;
                digits++;
            }
            if (i < e && line[i] == '.') {
                i++;
                while (i < e && isDigit(line[i])) {
                    i++;
                    digits++;
                }
            }
            if (digits == 0) {
                return false;
            }
            if (i < e && (line[i] == 'e' || line[i] == 'E')) {
                i++;
                if (i < e && (line[i] == '+' || line[i] == '-')) {
                    i++;
                }
                int exponentDigits = 0;
                while (i < e && isDigit(line[i])) {
                    i++;
                    exponentDigits++;
                }
                if (exponentDigits == 0) {
                    return false;
                }
            }
            return i == e;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t';
        }

        /** The text {@code line[s, e)} in quotes, cut short if long, for a message. */
        private String quote(int s, int e) {
            int shown = Math.min(e - s, 40);
            return "'" + new String(line, s, shown) + (shown < e - s ? "..." : "") + "'";
        }

        private FileFormatException fail(String reason) {
            return new FileFormatException(source, lineNo, reason);
        }
    }
}
