package dev.boundarylab.ui;

import java.io.File;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Opens a CSV file dragged onto the window, as File → Open data does (the same {@link CsvOpener}, the same dialog
 * when the columns must be chosen). One file at a time: a drop of several is one line in the banner.
 */
final class FileDrop {
    private FileDrop() {}

    /** Makes {@code target} take a dropped file and open it with {@code opener}. */
    static void install(Node target, CsvOpener opener, LabModel model) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean taken =
                    e.getDragboard().hasFiles() && dropped(e.getDragboard().getFiles(), opener, model);
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    /** What a drop of {@code files} does: opens the one file; returns whether it was taken. */
    static boolean dropped(List<File> files, CsvOpener opener, LabModel model) {
        if (files.size() != 1) {
            model.say(
                    dev.boundarylab.train.Notice.Severity.PROBLEM,
                    "drop one CSV file to open it, not " + files.size() + " files");
            return false;
        }
        opener.open(files.get(0).toPath());
        return true;
    }
}
