package dev.boundarylab.files;

/**
 * A file that could not be read as what it should hold: the one "malformed file" error of the app, for data,
 * parameters and reports alike. The message names the file, the line where one is known and what is wrong, e.g.
 * {@code points.csv, line 17: 'abc' in column x2 is not a number} or {@code params.json: b2 is missing}, ready to
 * show as one line.
 *
 * <p>Checked, because a person's file being wrong is an expected outcome that every caller must report.
 */
public final class FileFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String reason;

    /**
     * A complaint about line {@code line} (counted from 1) of {@code source}.
     *
     * @param source the file's name or path as the person gave it
     * @param line the line the problem is on, from 1; 0 when the problem is not on one line
     * @param reason what is wrong, in a phrase starting in lowercase
     */
    public FileFormatException(Object source, long line, String reason) {
        super(source + (line > 0 ? ", line " + line : "") + ": " + reason);
        this.source = String.valueOf(source);
        this.line = Math.max(0, line);
        this.reason = reason;
    }

    /** A complaint about the whole of {@code source}, not one line of it. */
    public FileFormatException(Object source, String reason) {
        this(source, 0, reason);
    }

    /** The file's name or path as the person gave it. */
    public String source() {
        return source;
    }

    /** The line the problem is on, counted from 1; 0 when it is not on one line. */
    public long line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String reason() {
        return reason;
    }
}
