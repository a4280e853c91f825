package dev.boundarylab.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files all or nothing, the one way every file of the app is written (data CSV, cost CSV, parameters and
 * reports as JSON, PNG figures): the content goes to a temporary file in the target's folder, is flushed to the
 * disk, and is then moved over the target in one step. A reader never sees half a file, and a failed write (a
 * full disk, a folder that is not writable) leaves the earlier file, if any, as it was and no temporary file.
 *
 * <p>Every failure is an {@link IOException} whose message names the file and says why, in one line, e.g.
 * {@code cannot write out/figure.png: the folder /home/me/out does not exist}.
 */
public final class AtomicFiles {
    private static final int BUFFER = 1 << 16;

    private AtomicFiles() {}

    /**
     * Checks, without writing anything, that {@code file} could be written: its folder exists and is a writable
     * folder, and it is not itself a folder or a device. Callers with a long job ahead check first, so the job does
     * not end in a failed write. A link is followed: the file it points to is the one written.
     *
     * @return the absolute path that {@link #write} would replace
     * @throws IOException with the message {@link #write} would give
     */
    public static Path check(Path file) throws IOException {
        if (file == null) {
            throw new IllegalArgumentException("the file to write is null");
        }
        String what = "cannot write " + file;
        Path target = file.toAbsolutePath().normalize();
        if (target.getFileName() == null || target.getParent() == null) {
            throw new IOException(what + ": it names no file");
        }
        if (Files.isSymbolicLink(target) && Files.exists(target)) {
            target = target.toRealPath();
        }
        if (Files.isDirectory(target)) {
            throw new IOException(what + ": it is a folder");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            // Replacing a device such as /dev/null with a regular file would be a disaster when running as root.
            throw new IOException(what + ": it is not a regular file");
        }
        Path dir = target.getParent();
        if (!Files.exists(dir)) {
            throw new IOException(what + ": the folder " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new IOException(what + ": " + dir + " is a file, not a folder");
        }
        if (!Files.isWritable(dir)) {
            throw new IOException(what + ": the folder " + dir + " is not writable");
        }
        return target;
    }

    /**
     * Writes what {@code content} produces to {@code file}, replacing any file of that name in one step.
     *
     * @throws IOException if the file cannot be written, with a message naming it and why (see {@link #check});
     *     no file of the target's name is then created or changed
     */
    public static void write(Path file, Content content) throws IOException {
        if (content == null) {
            throw new IllegalArgumentException("the content of " + file + " is null");
        }
        Path target = check(file);
        String what = "cannot write " + file;
        Path tmp = createTemporary(target.getParent(), target.getFileName().toString(), what);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER)) {
                content.writeTo(out);
                out.flush();
                // On the disk before the rename, so that a crash cannot leave the new name on an empty file.
                channel.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            throw new IOException(what + ": " + reason(e), e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The write has already failed; that failure is the one to report.
                }
            }
        }
    }

    // Not Files.createTempFile: it makes the file owner-only on POSIX, and the rename would keep that mode.
    private static Path createTemporary(Path dir, String name, String what) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                        .close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw new IOException(what + ": cannot create a temporary file in " + dir, e);
                }
            } catch (AccessDeniedException e) {
                throw new IOException(what + ": the folder " + dir + " is not writable", e);
            } catch (IOException e) {
                throw new IOException(what + ": cannot create a temporary file in " + dir + " (" + reason(e) + ")", e);
            }
        }
    }

    /** Why an operation failed, in a few words: "No space left on device" rather than a class name and paths. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** Something that writes itself to a stream: the whole content of one file. */
    @FunctionalInterface
    public interface Content {
        /** Writes the whole content to {@code out}, which the caller closes. */
        void writeTo(OutputStream out) throws IOException;
    }
}
