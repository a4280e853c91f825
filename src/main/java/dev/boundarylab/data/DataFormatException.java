package dev.boundarylab.data;

/**
 * A data file that is not a valid table of labelled points: the message names the file, the line and what is
 * wrong there, e.g. {@code points.csv, line 17: 'abc' in column x2 is not a number}, ready to show as one line.
 *
 * <p>Checked, because a person's file being wrong is an expected outcome that every caller must report.
 */
public final class DataFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String reason;

    /**
     * A complaint about line {@code line} (counted from 1) of {@code source}.
     *
     * @param source the file's name or path as the person gave it
     * @param line the line the problem is on, from 1
     * @param reason what is wrong, in a phrase starting in lowercase
     */
    public DataFormatException(String source, long line, String reason) {
        super(source + ", line " + line + ": " + reason);
        this.source = source;
        this.line = line;
        this.reason = reason;
    }

    /** The file's name or path as the person gave it. */
    public String source() {
        return source;
    }

    /** The line the problem is on, counted from 1. */
    public long line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String reason() {
        return reason;
    }
}
