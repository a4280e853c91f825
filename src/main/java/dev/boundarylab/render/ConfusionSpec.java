package dev.boundarylab.render;

import dev.boundarylab.model.Confusion;
import java.util.List;

/**
 * What a picture of confusion matrices shows: one table per model and set of points ("Network — training
 * points"), in {@code columns} columns, each a K x K table of counts (row the true class, column the predicted one)
 * under the K class names; a table without a matrix (a model still fitting) shows its note instead.
 *
 * @param classNames the K classes' names, class 0 first (a data set's {@code labelNames()})
 * @param tables the tables, row by row
 * @param columns how many tables a row
 */
public record ConfusionSpec(List<String> classNames, List<Table> tables, int columns) {
    /**
     * One table: a title, and the matrix or, if it is null, a note saying why there is none.
     *
     * @param title the line above the table
     * @param matrix the counts, or null
     * @param note what is shown in place of a missing matrix
     */
    public record Table(String title, Confusion matrix, String note) {
        /** A table of {@code matrix}. */
        public Table(String title, Confusion matrix) {
            this(title, matrix, "");
        }
    }

    /**
     * Checks the parts agree.
     *
     * @throws IllegalArgumentException if a part is missing, there are not 2 to 8 names, columns is below 1, or a
     *     matrix has another number of classes than there are names
     */
    public ConfusionSpec {
        if (classNames == null || tables == null || tables.isEmpty() || columns < 1) {
            throw new IllegalArgumentException("confusion matrices need class names, at least one table and a column;"
                    + " got " + classNames + ", " + tables + ", " + columns + " columns");
        }
        classNames = List.copyOf(classNames);
        tables = List.copyOf(tables);
        if (classNames.size() < 2 || classNames.size() > 8) {
            throw new IllegalArgumentException("2 to 8 classes, got " + classNames.size());
        }
        for (Table t : tables) {
            if (t.matrix() != null && t.matrix().classes() != classNames.size()) {
                throw new IllegalArgumentException("table '" + t.title() + "' has "
                        + t.matrix().classes() + " classes; there are " + classNames.size() + " names");
            }
        }
    }

    /** The number of rows of tables. */
    public int rows() {
        return (tables.size() + columns - 1) / columns;
    }
}
