package dev.boundarylab.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Reads files on a thread of its own, so that a large or slow file (a hung network share) cannot freeze the window,
 * and hands what was read, or the one line saying why it could not be, to the FX thread.
 */
final class FileReads implements AutoCloseable {
    /** Reads one file; its exception's message is what the user is told. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Path file) throws Exception;
    }

    private final ExecutorService files;

    /** A reader whose thread is named {@code threadName}. */
    FileReads(String threadName) {
        files = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Reads {@code file} with {@code reader} on the reading thread, then on the FX thread calls {@code onRead} with
     * what was read or {@code onProblem} with why it could not be. The future completes once that is done (at once
     * if the reader is closed).
     */
    <T> CompletableFuture<Void> read(Path file, Reader<T> reader, Consumer<T> onRead, Consumer<String> onProblem) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            files.execute(() -> {
                T read = null;
                String problem = null;
                try {
                    read = reader.read(file);
                } catch (Exception | OutOfMemoryError e) {
                    problem = e.getMessage() != null ? e.getMessage() : file + ": cannot be read (" + e + ")";
                }
                T value = read;
                String failure = problem;
                Platform.runLater(() -> {
                    try {
                        if (failure != null) {
                            onProblem.accept(failure);
                        } else {
                            onRead.accept(value);
                        }
                    } finally {
                        done.complete(null);
                    }
                });
            });
        } catch (RejectedExecutionException closed) {
            done.complete(null);
        }
        return done;
    }

    /** Stops the reading thread, waiting up to a second for it to end. */
    @Override
    public void close() {
        files.shutdownNow();
        try {
            files.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
