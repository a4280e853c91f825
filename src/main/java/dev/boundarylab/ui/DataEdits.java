package dev.boundarylab.ui;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.Drawing;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The undoable history of a person's edits of the data: each state an immutable {@link Dataset}, an edit one step
 * (a stroke of the brush, however many points it sprays, is one), Undo and Redo moving along the steps. Each new
 * state is handed to the trainer, which goes on training the same network on it.
 *
 * <p>The history belongs to the data it started from: once the window shows data that is none of its states (new
 * data generated or a file opened), it is forgotten. Old steps are dropped once the states kept hold more than
 * {@link #MAX_POINTS_KEPT} points in all, so a large file edited many times does not fill the memory. Called on the
 * FX thread.
 */
final class DataEdits {
    /** The most points the undo and redo states may hold together. */
    static final long MAX_POINTS_KEPT = 5_000_000;

    private final Deque<Dataset> undo = new ArrayDeque<>();
    private final Deque<Dataset> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    /** Where each new state goes, with whether it starts a new edit. */
    private final BiConsumer<Dataset, Boolean> send;
    /** The newest state, or null before the first edit of this data (the data shown is then the one to edit). */
    private Dataset current;

    /** A history that hands each new state to {@code send}, with true for the first state of an edit. */
    DataEdits(BiConsumer<Dataset, Boolean> send) {
        this.send = send;
    }

    /** Whether there is an edit to undo. */
    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Whether there is an undone edit to do again. */
    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The data the next edit changes: the newest state, else {@code shown}. */
    Dataset data(Dataset shown) {
        return current != null ? current : shown;
    }

    /** Starts a new edit of {@code shown} (the data on screen), its first state {@code next}. */
    void begin(Dataset shown, Dataset next) {
        push(undo, data(shown));
        redo.clear();
        current = next;
        send.accept(next, true);
        update();
    }

    /** Goes on with the edit begun last: {@code next} replaces its state, and Undo still goes back before it. */
    void extend(Dataset next) {
        if (current == null || next == current) {
            return;
        }
        current = next;
        send.accept(next, false);
    }

    /** Goes back to the state before the last edit; false if there is none. */
    boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        push(redo, current);
        current = undo.pop();
        send.accept(current, true);
        update();
        return true;
    }

    /** Does the last undone edit again; false if there is none. */
    boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        push(undo, current);
        current = redo.pop();
        send.accept(current, true);
        update();
        return true;
    }

    /**
     * Forgets the history if {@code shown}, the data now on screen, is none of its states and not hand-made: it came
     * from elsewhere (generated, read from a file). Hand-made data shown is an edit of this history, maybe one a
     * stroke has replaced since (the trainer shows each state a moment after it is sent).
     */
    void follow(Dataset shown) {
        if (current == null
                || shown == current
                || Drawing.NAME.equals(shown.name())
                || holds(undo, shown)
                || holds(redo, shown)) {
            return;
        }
        undo.clear();
        redo.clear();
        current = null;
        update();
    }

    private static boolean holds(Deque<Dataset> states, Dataset d) {
        for (Dataset s : states) {
            if (s == d) {
                return true;
            }
        }
        return false;
    }

    private void push(Deque<Dataset> states, Dataset d) {
        states.push(d);
        long points = 0;
        for (Dataset s : undo) {
            points += s.size();
        }
        for (Dataset s : redo) {
            points += s.size();
        }
        // The oldest undo steps go first; the state just kept stays whatever its size.
        while (points > MAX_POINTS_KEPT && undo.size() + redo.size() > 1) {
            Dataset dropped = undo.size() > (states == undo ? 1 : 0) ? undo.removeLast() : redo.removeLast();
            points -= dropped.size();
        }
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
