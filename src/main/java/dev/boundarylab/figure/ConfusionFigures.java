package dev.boundarylab.figure;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Classifier;
import dev.boundarylab.model.Confusion;
import dev.boundarylab.render.ConfusionSpec;
import dev.boundarylab.train.Baseline;
import java.util.ArrayList;
import java.util.List;

/**
 * The confusion matrices of a run, for both models: the network's and the logistic regression's, on the points they
 * trained on and, when some were held out, on those. Each matrix is a full forward pass over its points: compose
 * them off the FX thread.
 */
public final class ConfusionFigures {
    private ConfusionFigures() {}

    /** The tables of a figure's run: its network and baseline on its training points and its held-out ones. */
    public static ConfusionSpec of(FigureData d) {
        return of(d.network(), d.baseline(), d.data(), d.heldOut().test());
    }

    /**
     * The tables of {@code network} and {@code baseline} on {@code train} and, if it is not null or empty, on
     * {@code test}: a row per model, a column per set of points (without held-out points, the two models side by
     * side).
     *
     * @throws IllegalArgumentException if the network and the data disagree on the number of classes
     */
    public static ConfusionSpec of(Classifier network, Baseline baseline, Dataset train, Dataset test) {
        boolean tested = test != null && test.size() > 0;
        List<ConfusionSpec.Table> tables = new ArrayList<>();
        tables.add(new ConfusionSpec.Table("Network — training points", Confusion.of(network, train)));
        if (tested) {
            tables.add(new ConfusionSpec.Table("Network — held-out points", Confusion.of(network, test)));
        }
        tables.add(table("Logistic regression — training points", baseline, train));
        if (tested) {
            tables.add(table("Logistic regression — held-out points", baseline, test));
        }
        return new ConfusionSpec(train.labelNames(), tables, 2);
    }

    /**
     * The tables {@link #of} would give for {@code data} (K classes, with held-out points or not), each saying
     * "computing…": their layout, to size a window before the first matrices are counted.
     */
    public static ConfusionSpec shape(Dataset data, boolean tested) {
        List<ConfusionSpec.Table> tables = new ArrayList<>();
        for (int i = 0; i < (tested ? 4 : 2); i++) {
            tables.add(new ConfusionSpec.Table("", null, "computing…"));
        }
        return new ConfusionSpec(data.labelNames(), tables, 2);
    }

    /** The baseline's table on {@code data}, or a note of why it has none. */
    private static ConfusionSpec.Table table(String title, Baseline baseline, Dataset data) {
        if (baseline.isPending()) {
            return new ConfusionSpec.Table(title, null, "fitting…");
        }
        Classifier m = baseline.classifier();
        if (m == null) {
            return new ConfusionSpec.Table(title, null, "not fitted");
        }
        if (m.classes() != data.classes()) {
            return new ConfusionSpec.Table(
                    title, null, "fitted for " + m.classes() + " classes, not " + data.classes());
        }
        return new ConfusionSpec.Table(title, Confusion.of(m, data));
    }
}
