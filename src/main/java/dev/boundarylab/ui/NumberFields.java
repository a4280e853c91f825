package dev.boundarylab.ui;

import dev.boundarylab.train.Limit;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Number fields that check what is typed in place: a value outside its {@link Limit}, or text that is no number,
 * marks the field {@link Styles#INVALID} (a red border), says why in its tooltip and to {@code report}, and keeps the
 * last good value; the next good value clears the mark. Nothing typed reaches the generic error dialog.
 */
final class NumberFields {
    private NumberFields() {}

    /**
     * Makes the editable {@code spinner} (its value factory set) check typed text against {@code limit}.
     *
     * @param what the field's name as its label reads, e.g. "Points"
     * @param make the spinner's value of an allowed number
     * @param report receives the one-line message of a refused entry, or null
     */
    static <T> void guard(
            Spinner<T> spinner, String what, Limit limit, DoubleFunction<T> make, Consumer<String> report) {
        SpinnerValueFactory<T> factory = spinner.getValueFactory();
        StringConverter<T> plain = factory.getConverter();
        String help = spinner.getTooltip() == null ? "" : spinner.getTooltip().getText() + " ";
        Widgets.tip(spinner, help + "Allowed: " + range(limit) + ".");
        Tooltip normal = spinner.getTooltip();
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return plain.toString(value);
            }

            @Override
            public T fromString(String text) {
                String t = text == null ? "" : text.trim();
                double v = parse(t);
                T last = factory.getValue();
                if (!limit.allows(v)) {
                    String why = what + ": " + limit.message(t.isEmpty() ? "nothing" : "'" + t + "'") + "; kept "
                            + plain.toString(last);
                    markInvalid(spinner.getEditor(), spinner, why);
                    if (report != null) {
                        report.accept(why);
                    }
                    // The field shows the value in use again; the mark and the tooltip say what was refused.
                    spinner.getEditor().setText(plain.toString(last));
                    // Selected, so that what is typed next replaces it.
                    spinner.getEditor().selectAll();
                    return last;
                }
                markValid(spinner.getEditor(), spinner, normal);
                return make.apply(v);
            }
        });
    }

    /** The range of {@code limit} as a tooltip says it: "a whole number from 2 to 10000000". */
    static String range(Limit limit) {
        return (limit.whole() ? "a whole number from " : "from ") + limit.range();
    }

    /**
     * Checks the text of {@code field} against {@code limit}: marks it and returns NaN if refused, clears the mark
     * and returns the number if allowed.
     */
    static double check(TextField field, String what, Limit limit, Tooltip normal) {
        String t = field.getText() == null ? "" : field.getText().trim();
        double v = parse(t);
        if (!limit.allows(v)) {
            markInvalid(field, field, what + ": " + limit.message(t.isEmpty() ? "nothing" : "'" + t + "'"));
            return Double.NaN;
        }
        markValid(field, field, normal);
        return v;
    }

    /** The number written in {@code text} (digit groups of commas or underscores allowed), or NaN. */
    static double parse(String text) {
        String t = text.replace(",", "").replace("_", "").toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.contains("nan") || t.contains("infinity") || t.endsWith("d") || t.endsWith("f")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static void markInvalid(TextField field, javafx.scene.control.Control tipped, String why) {
        if (!field.getStyleClass().contains(Styles.INVALID)) {
            field.getStyleClass().add(Styles.INVALID);
        }
        Widgets.tip(tipped, why);
    }

    private static void markValid(TextField field, javafx.scene.control.Control tipped, Tooltip normal) {
        field.getStyleClass().remove(Styles.INVALID);
        tipped.setTooltip(normal);
    }
}
