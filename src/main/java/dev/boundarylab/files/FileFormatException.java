package dev.boundarylab.files;

/** A file that could not be read as what it should hold; the message names the file and what is wrong. */
public final class FileFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** An error whose message names the file and the problem. */
    public FileFormatException(String message) {
        super(message);
    }
}
