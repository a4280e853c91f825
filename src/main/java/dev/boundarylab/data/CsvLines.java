package dev.boundarylab.data;

import dev.boundarylab.files.FileFormatException;
import java.io.IOException;
import java.io.Reader;

/**
 * The text of a CSV file as {@link CsvData} reads it: without a byte-order mark, with its lines counted and held
 * to {@value CsvData#MAX_LINE_LENGTH} characters. The lines before the table's first row are taken one by one with
 * {@link #readLine}; the rest goes to the CSV parser through {@link #read(char[], int, int)}.
 *
 * <p>The parser reads ahead, so a line that is too long is not an exception where it is met: the text just ends
 * there, and {@link #tooLongLine} says which line it was. The reader reports it when its rows reach that line, so
 * an earlier row's fault is still the one reported. A line ends at {@code \n}, {@code \r\n} or {@code \r}, as the
 * parser counts them.
 */
final class CsvLines extends Reader {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private final String source;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean started;
    private final char[] line = new char[CsvData.MAX_LINE_LENGTH];

    /** The line the next character is on, from 1. */
    private long lineNo = 1;

    private long lastLine = 1;
    private int length;
    private boolean afterCr;
    private long tooLong;

    CsvLines(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /**
     * The next line without its end, or null at the end of the text; {@link #lineNumber} is then its number.
     *
     * @throws FileFormatException if the line is longer than {@value CsvData#MAX_LINE_LENGTH} characters
     */
    String readLine() throws IOException, FileFormatException {
        if (!fill()) {
            return null;
        }
        lastLine = lineNo;
        int n = 0;
        while (fill()) {
            char c = buf[pos++];
            if (c == '\n' || c == '\r') {
                if (c == '\r' && fill() && buf[pos] == '\n') {
                    pos++;
                }
                lineNo++;
                break;
            }
            if (n == CsvData.MAX_LINE_LENGTH) {
                throw tooLong(lineNo);
            }
            line[n++] = c;
        }
        return new String(line, 0, n);
    }

    /** The number of the line {@link #readLine} gave last, from 1. */
    long lineNumber() {
        return lastLine;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (tooLong > 0 || !fill()) {
            return -1;
        }
        int n = Math.min(len, limit - pos);
        for (int i = 0; i < n; i++) {
            char c = buf[pos + i];
            if (c == '\r') {
                lineNo++;
                length = 0;
                afterCr = true;
            } else if (c == '\n') {
                if (!afterCr) {
                    lineNo++;
                }
                length = 0;
                afterCr = false;
            } else {
                afterCr = false;
                if (++length > CsvData.MAX_LINE_LENGTH) {
                    tooLong = lineNo;
                    n = i;
                    break;
                }
            }
            cbuf[off + i] = c;
        }
        pos += n;
        return n == 0 ? -1 : n;
    }

    /** The line found longer than the limit while the parser read ahead, or 0 if none was. */
    long tooLongLine() {
        return tooLong;
    }

    /** The complaint about line {@code line} being too long. */
    FileFormatException tooLong(long line) {
        return new FileFormatException(
                source,
                line,
                "the line is longer than " + CsvData.MAX_LINE_LENGTH + " characters; a point's line is x1,x2,label");
    }

    /** Makes sure {@code buf[pos]} is a character, the byte-order mark at the start skipped; false at the end. */
    private boolean fill() throws IOException {
        while (pos == limit) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                return false;
            }
            pos = 0;
            limit = n;
            if (!started && n > 0) {
                started = true;
                if (buf[0] == BYTE_ORDER_MARK) {
                    pos = 1;
                }
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
