package dev.boundarylab.ui;

import dev.boundarylab.data.CsvColumns;
import dev.boundarylab.data.CsvData;
import dev.boundarylab.train.Notice.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Opens a CSV file of points, from the File menu or dropped on the window: reads its header on a thread of its own
 * (a file on a hung share cannot freeze the window), asks for the columns with a {@link ColumnDialog} unless the
 * header has {@code x1}, {@code x2} and {@code label}, and then has the model read the points on the training
 * thread, the banner saying so meanwhile. A header that cannot be read is one line in the banner and changes
 * nothing; so is a Cancel.
 */
final class CsvOpener implements AutoCloseable {
    private final LabModel model;
    private final Supplier<Window> owner;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "boundary-lab-read-header");
        t.setDaemon(true);
        return t;
    });
    /** The dialog open now, or null (for tests). */
    private ColumnDialog open;

    /** An opener that loads into {@code model}, its dialogs owned by the window {@code owner} gives (may be null). */
    CsvOpener(LabModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
    }

    /**
     * Opens {@code file}: its header is read off the FX thread, then (on the FX thread) the points are loaded or the
     * columns asked for. The future completes once that is decided: loading started, the dialog shown, or a
     * problem said.
     */
    CompletableFuture<Void> open(Path file) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                List<String> header = null;
                String problem = null;
                try {
                    header = CsvData.header(file);
                } catch (Exception | OutOfMemoryError e) {
                    problem = e.getMessage() != null ? e.getMessage() : file + ": cannot be read (" + e + ")";
                }
                List<String> names = header;
                String failure = problem;
                Platform.runLater(() -> {
                    try {
                        if (failure != null) {
                            model.say(Severity.PROBLEM, failure);
                        } else {
                            chosen(file, names);
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

    private void chosen(Path file, List<String> header) {
        if (header.containsAll(List.of("x1", "x2", "label"))) {
            load(file, CsvColumns.STANDARD);
            return;
        }
        open = new ColumnDialog(file, header, owner.get());
        open.show(c -> load(file, c));
    }

    private void load(Path file, CsvColumns columns) {
        open = null;
        model.say(Severity.INFO, "reading " + file.getFileName() + " (columns " + columns + ")…");
        model.loadCsv(file, columns);
    }

    /** The column dialog showing, or null. */
    ColumnDialog dialog() {
        return open;
    }

    /** Stops the header reader; waits up to a second for it. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (open != null) {
            open.dialog().close();
        }
    }
}
