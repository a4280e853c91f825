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
import java.util.List;

/**
 * Labelled points as CSV text: a header line naming the columns, such as {@code x1,x2,label}, then one line per
 * point, such as {@code 0.25,-1.5,1}.
 *
 * <p>Reading (with Apache Commons CSV) is forgiving about form and strict about content. It takes RFC 4180 quoting
 * ({@code "1.5"}, {@code "a ""b"""}), a UTF-8 byte-order mark, Windows (CRLF), Unix and old Mac line ends, spaces or
 * tabs around any value, blank lines anywhere and comment lines (starting with {@code #}). The values are separated
 * by commas, semicolons or tabs: whichever splits the header line into the most columns (outside quotes; a tie goes
 * to the comma, then the semicolon). The header's names are free; {@link CsvColumns} says which columns are x1, x2
 * and the label, chosen by name or guessed from common names ({@link CsvColumns#guess}), and other columns are
 * ignored. Coordinates are decimal numbers ({@code 12}, {@code -0.5}, {@code 1.5e-3}) written with a point. Labels
 * may be any 2 to 8 distinct values (0/1, -1/1, true/false, 0 to 7, words; numbers compared by value, so {@code 1},
 * {@code 1.0} and {@code 1e0} are one label), which {@link CsvLabels#finish} maps to classes 0 .. K-1 in sorted
 * order (numbers by value), the data set keeping their names ({@link Dataset#labelNames}); K is the number of
 * distinct labels. A file of one class only is read: the models say for themselves what they make of it.
 *
 * <p>Everything else (no header, a header of fewer than three columns or without the columns asked for, no points,
 * a missing or extra value, text or NaN or infinity or a decimal comma where a number should be, a ninth label, a
 * quote never closed, a value over two lines, a line over {@value #MAX_LINE_LENGTH} characters, more than
 * {@value #MAX_POINTS} points) is a {@link FileFormatException} naming the file, the line and the reason. A read
 * either returns the whole data set or throws: nothing half-read is ever used.
 *
 * <p>Writing puts the header {@code x1,x2,label}, {@link Double#toString(double)} of each coordinate, which reads
 * back to the same double, and each point's class name as its label (so a read gives the same names back), with
 * {@code \n} line ends. The names are written only if they would read back as the same classes, as any a read
 * gave do ({@link CsvLabels#readBack}); otherwise, and by default, the labels are the classes {@code 0} .. {@code K-1}. A file
 * is written under a temporary name in its own folder and then moved over the target in one step, so a failure
 * leaves any earlier file whole and nothing half-written under the target name.
 */
public final class CsvData {
    /** The header line written, naming the three columns. */
    public static final String HEADER = "x1,x2,label";

    /** The most points a file may hold: the same ten million that the generators allow. */
    public static final int MAX_POINTS = DatasetKind.MAX_SAMPLES;

    /** The longest line read, in characters; a point's line needs under 80, so more means it is not this table. */
    public static final int MAX_LINE_LENGTH = 1000;

    private CsvData() {}

    /**
     * Reads a CSV file of labelled points, its columns guessed from the header if it is not {@code x1,x2,label}
     * ({@link CsvColumns#guess}); the data set is named after the file.
     *
     * @throws FileFormatException naming the file, the line and the reason if the text is not such a table, or its
     *     columns cannot be guessed
     * @throws IOException if the file cannot be read (missing, a folder, not allowed), with a message saying which
     */
    public static Dataset read(Path file) throws IOException, FileFormatException {
        return read(file, null);
    }

    /**
     * Reads the columns {@code columns} of a CSV file of labelled points (null: guess them, as
     * {@link #read(Path)}); the data set is named after the file.
     *
     * @throws FileFormatException naming the file, the line and the reason if the text is not such a table or has
     *     not these columns
     * @throws IOException if the file cannot be read (missing, a folder, not allowed), with a message saying which
     */
    public static Dataset read(Path file, CsvColumns columns) throws IOException, FileFormatException {
        return read(file, columns, "");
    }

    /** As {@link #read(Path, CsvColumns)}, with {@code noGuess} added to the complaint if the guess fails. */
    static Dataset read(Path file, CsvColumns columns, String noGuess) throws IOException, FileFormatException {
        Path fileName = file.getFileName();
        try (Reader r = open(file)) {
            return new CsvReader(r, file.toString())
                    .read(columns, noGuess, MAX_POINTS, fileName == null ? file.toString() : fileName.toString());
        }
    }

    /**
     * The column names of a CSV file's header (without spaces or tabs around them), read no further: for choosing
     * the columns ({@link CsvColumns#guess}) before {@link #read(Path, CsvColumns)}.
     *
     * @throws FileFormatException naming the file, the line and the reason if there is no header of three or more
     *     columns
     * @throws IOException if the file cannot be read, with a message saying why
     */
    public static List<String> header(Path file) throws IOException, FileFormatException {
        try (Reader r = open(file)) {
            return new CsvReader(r, file.toString()).header().names();
        }
    }

    /**
     * Reads CSV text of labelled points, its columns guessed as {@link #read(Path)} does; {@code sourceName} names
     * the data set and stands for the file in messages.
     *
     * @throws FileFormatException naming the source, the line and the reason if the text is not such a table
     * @throws IOException if the reader fails
     */
    public static Dataset read(Reader reader, String sourceName) throws IOException, FileFormatException {
        return read(reader, sourceName, null);
    }

    /**
     * Reads the columns {@code columns} (null: guess them) of CSV text of labelled points; {@code sourceName} names
     * the data set and stands for the file in messages.
     *
     * @throws FileFormatException naming the source, the line and the reason if the text is not such a table
     * @throws IOException if the reader fails
     */
    public static Dataset read(Reader reader, String sourceName, CsvColumns columns)
            throws IOException, FileFormatException {
        return new CsvReader(reader, sourceName).read(columns, "", MAX_POINTS, sourceName);
    }

    /** As {@link #read(Reader, String)} with another limit on the number of points, so tests can reach it. */
    static Dataset read(Reader reader, String sourceName, int maxPoints) throws IOException, FileFormatException {
        return new CsvReader(reader, sourceName).read(null, "", maxPoints, sourceName);
    }

    /** The file as UTF-8 text; undecodable bytes become U+FFFD, so they surface as text on the right line. */
    private static Reader open(Path file) throws IOException {
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
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * Writes the points as CSV text to {@code out} (not closed), so that {@link #read(Reader, String)} gives back an
     * equal data set: the class names as the labels if they read back as the same classes, else the classes 0 .. K-1.
     */
    public static void write(Dataset data, Writer out) throws IOException {
        int[] counts = data.classCounts();
        boolean[] used = new boolean[counts.length];
        for (int k = 0; k < counts.length; k++) {
            used[k] = counts[k] > 0;
        }
        List<String> names = data.labelNames();
        boolean named = CsvLabels.readBack(names, used);
        String[] label = new String[counts.length];
        for (int k = 0; k < counts.length; k++) {
            label[k] = named ? quoted(names.get(k)) : Integer.toString(k);
        }
        out.write(HEADER);
        out.write('\n');
        for (int i = 0; i < data.size(); i++) {
            out.write(Double.toString(data.x1(i)));
            out.write(',');
            out.write(Double.toString(data.x2(i)));
            out.write(',');
            out.write(label[data.label(i)]);
            out.write('\n');
        }
    }

    /** {@code name} as a CSV value: in quotes, its own quotes doubled, if it has a comma or a quote. */
    private static String quoted(String name) {
        return name.indexOf(',') < 0 && name.indexOf('"') < 0 ? name : '"' + name.replace("\"", "\"\"") + '"';
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
}
