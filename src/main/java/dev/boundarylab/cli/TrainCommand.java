package dev.boundarylab.cli;

import dev.boundarylab.cli.Options.UsageException;
import dev.boundarylab.data.CsvColumns;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.files.FileFormatException;
import dev.boundarylab.io.ParametersJson;
import dev.boundarylab.model.Activation;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Architecture.Setting;
import dev.boundarylab.model.Feature;
import dev.boundarylab.model.InitScale;
import dev.boundarylab.model.Network;
import dev.boundarylab.train.Baseline;
import dev.boundarylab.train.HeadlessRun;
import dev.boundarylab.train.Limit;
import dev.boundarylab.train.Session;
import dev.boundarylab.train.Settings;
import dev.boundarylab.train.Trainer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code train}: trains the network and the logistic baseline on one data set and reports. */
final class TrainCommand {
    private final PrintStream out;
    private final PrintStream err;

    TrainCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The options that say which data to train on and how; shared by {@code train} and {@code sweep}. */
    static Options dataAndTrainingOptions() {
        Settings d = Settings.defaults();
        return new Options()
                .add("dataset", "NAME", d.dataset(), "gaussian-quantiles|flower|circles|moons|blobs|xor|spiral|arms")
                .add(
                        Setting.CLASSES.option(),
                        "K",
                        Integer.toString(d.classes()),
                        "classes of the generated points, " + Limit.CLASSES.range()
                                + " (gaussian-quantiles, blobs and arms; a --data file's are its labels)")
                .add(
                        "samples",
                        "N",
                        Integer.toString(d.samples()),
                        "number of points to generate, " + Limit.SAMPLES.range())
                .add("noise", "F", "the data set's own", "noise of the generated points, " + Limit.NOISE.range())
                .add("seed", "N", Long.toString(d.seed()), "seed of the generated points")
                .add(
                        "data",
                        "FILE.csv",
                        null,
                        "read the points from a CSV file instead (a header naming x1, x2 and the label)")
                .add("columns", "X1,X2,LABEL", "guessed from the header", "the --data file's columns to read, by name")
                .add(
                        "learning-rate",
                        "F",
                        Double.toString(d.learningRate()),
                        "gradient-descent learning rate, " + Limit.LEARNING_RATE.range())
                .add(
                        "epochs",
                        "N",
                        Long.toString(d.epochs()),
                        "epochs of full-batch gradient descent, " + Limit.EPOCHS.range())
                .add("init-seed", "N", Long.toString(d.initSeed()), "seed of the random initial parameters")
                .add(
                        Setting.LAYERS.option(),
                        "N,N,...",
                        null,
                        "hidden layer sizes, " + Limit.LAYERS.range() + " layers of " + Limit.HIDDEN.range()
                                + " units; 0 for none (default: one layer of --hidden)")
                .add(
                        Setting.ACTIVATION.option(),
                        "NAME",
                        Architecture.defaults().activation().id(),
                        "activation of the hidden layers: " + ids(Activation.values(), Activation::id))
                .add(
                        Setting.FEATURES.option(),
                        "F,F,...",
                        Architecture.defaults().text(Setting.FEATURES),
                        "input features in order, from " + ids(Feature.values(), Feature::id))
                .add(Setting.L2.option(), "F", "0", "L2 strength, " + Limit.L2.range())
                .add(
                        Setting.BATCH.option(),
                        "N",
                        "0",
                        "points per mini-batch, " + Limit.BATCH.range() + "; 0 is full batch")
                .add(
                        Setting.SHUFFLE_SEED.option(),
                        "N",
                        Long.toString(Architecture.DEFAULT_SHUFFLE_SEED),
                        "epoch e shuffles the mini-batches with numpy's RandomState(N + e), "
                                + Limit.SHUFFLE_SEED.range())
                .add(
                        Setting.INIT_SCALE.option(),
                        "NAME",
                        "small with one layer, xavier with more",
                        "scale of the initial weights: " + ids(InitScale.values(), InitScale::id))
                .add(
                        "logistic-features",
                        "F,F,...|same",
                        "x1,x2",
                        "input features of the logistic baseline (LogisticRegressionCV on them); same: the network's");
    }

    /** The baseline's features: --logistic-features, "same" for the network's ({@code arch}'s). */
    static List<Feature> logisticFeatures(Options.Parsed p, Architecture arch) throws UsageException {
        String v = p.string("logistic-features", "x1,x2").trim();
        if (v.equals("same")) {
            return arch.features();
        }
        try {
            return arch.with(Setting.FEATURES, v).features();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--logistic-features: " + e.getMessage());
        }
    }

    private static <T> String ids(T[] values, java.util.function.Function<T, String> id) {
        return java.util.stream.Stream.of(values).map(id).collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The architecture the options give, with {@code layers} as the hidden layers when --layers is not given;
     * every value checked by its {@link Limit}, a bad one reported in one line.
     */
    static Architecture architecture(Options.Parsed p, List<Integer> layers) throws UsageException {
        Architecture a = Architecture.defaults().withLayers(layers);
        a = given(p, a, Setting.LAYERS);
        checkLayers(a.layers());
        a = given(p, a, Setting.FEATURES);
        a = given(p, a, Setting.ACTIVATION);
        a = a.with(Setting.SHUFFLE_SEED, Long.toString((long)
                p.number(Limit.SHUFFLE_SEED, Architecture.DEFAULT_SHUFFLE_SEED)));
        a = a.with(Setting.L2, Double.toString(p.number(Limit.L2, 0)));
        a = a.with(Setting.BATCH, Long.toString((long) p.number(Limit.BATCH, 0)));
        // Last: a change of the layers resets the scale to their default.
        return given(p, a, Setting.INIT_SCALE);
    }

    private static Architecture given(Options.Parsed p, Architecture a, Setting s) throws UsageException {
        if (!p.has(s.option())) {
            return a;
        }
        try {
            return a.with(s, p.string(s.option(), null));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + s.option() + ": " + e.getMessage());
        }
    }

    private static void checkLayers(List<Integer> layers) throws UsageException {
        if (!Limit.LAYERS.allows(layers.size())) {
            throw new UsageException("--layers: " + Limit.LAYERS.message(Integer.toString(layers.size())));
        }
        for (int units : layers) {
            if (!Limit.HIDDEN.allows(units)) {
                throw new UsageException("--layers: " + Limit.HIDDEN.message(Integer.toString(units)));
            }
        }
    }

    static Options options() {
        Settings d = Settings.defaults();
        return dataAndTrainingOptions()
                .add("hidden", "N", Integer.toString(d.hidden()), "hidden units, " + Limit.HIDDEN.range())
                .add("init", "FILE.json", null, "start from these parameters (a report's 'initial' form)")
                .add(
                        "test-fraction",
                        "F",
                        "0",
                        "hold out this share of the points, " + Limit.TEST_FRACTION.range()
                                + " (of each class, drawn with --init-seed as the sweep does): test accuracy and cost")
                .add("report", "FILE.json", null, "write a JSON report instead of the summary")
                .add("png", "FILE.png", null, "write the figure: both boundaries and the cost chart")
                .add("png-network", "FILE.png", null, "write the network's diagram: every unit's picture and the links")
                .add("png-units", "FILE.png", null, "write every hidden unit's field, one panel each, and the output")
                .add("scale", "N", "1", "resolution of the PNG: 1, 2 or 3 times the base size")
                .flag("log-scale", "draw the cost chart's axis on a log scale")
                .add(
                        "save-costs",
                        "FILE.csv",
                        null,
                        "write the cost history as CSV (epoch,cost): every epoch up to " + HeadlessRun.FULL_HISTORY
                                + " epochs, evenly spread ones (every 2nd, 4th, ...) beyond; with --test-fraction a"
                                + " test_cost column too, at the reported epochs (empty at the others)")
                .add("save-data", "FILE.csv", null, "write the points as CSV (x1,x2,label)")
                .add("save-params", "FILE.json", null, "write the final parameters as JSON (read back by --init)")
                .add(
                        "save-session",
                        "FILE.json",
                        null,
                        "write the session at the end (data, network, run, cost history), for --session or the window")
                .add(
                        "session",
                        "FILE.json",
                        null,
                        "go on from a saved session for --epochs more epochs, as if it had never stopped")
                .flag("help", "list the options");
    }

    /** Reads the options into settings, checking every value; {@code hidden} is used when no --hidden is given. */
    static Settings settings(Options.Parsed p, int hidden) throws UsageException {
        Settings d = Settings.defaults();
        Settings s = new Settings(
                p.string("dataset", d.dataset()),
                (int) p.number(Limit.SAMPLES, d.samples()),
                p.number(Limit.NOISE, Double.NaN),
                p.integer("seed", d.seed(), Long.MIN_VALUE, Long.MAX_VALUE),
                p.has("data") ? Path.of(p.string("data", null)) : null,
                hidden,
                p.number(Limit.LEARNING_RATE, d.learningRate()),
                (long) p.number(Limit.EPOCHS, d.epochs()),
                p.integer("init-seed", d.initSeed(), Long.MIN_VALUE, Long.MAX_VALUE),
                p.has("init") ? Path.of(p.string("init", null)) : null);
        s = s.withClasses((int) p.number(Limit.CLASSES, d.classes()));
        if (p.has("columns")) {
            if (!p.has("data")) {
                throw new UsageException("--columns names columns of the --data file; give --data FILE.csv too");
            }
            try {
                s = s.withDataColumns(CsvColumns.parse(p.string("columns", null)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--columns " + e.getMessage());
            }
        }
        try {
            return s.validate();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * The architecture for the classes of {@code data}: as many output classes as it has (a file's labels or the
     * generator's --classes).
     *
     * @throws UsageException if --classes asks a data file for another number of classes than its labels give
     */
    static Architecture forData(Options.Parsed p, Settings s, Architecture arch, Dataset data) throws UsageException {
        if (s.dataFile() != null && p.has(Setting.CLASSES.option()) && s.classes() != data.classes()) {
            throw new UsageException("--classes " + s.classes() + " but " + s.dataFile() + " has " + data.classes()
                    + " classes (its labels " + String.join(", ", data.labelNames())
                    + "); a data file's classes are its labels");
        }
        return arch.withClasses(data.classes());
    }

    int run(List<String> args) throws UsageException {
        Options options = options();
        Options.Parsed p = options.parse(args);
        if (p.has("help")) {
            out.print(
                    "Usage: java -jar boundary-lab.jar train [options]\n\n" + options.help() + "\n" + Cli.EXIT_STATUS);
            return Cli.OK;
        }
        if (p.has("session")) {
            return resumeSession(p);
        }
        if (p.has("hidden") && p.has(Setting.LAYERS.option())) {
            throw new UsageException("--hidden and --layers both give the hidden layers; give one of them");
        }
        Settings s =
                settings(p, (int) p.number(Limit.HIDDEN, Settings.defaults().hidden()));
        Architecture arch = architecture(p, List.of(s.hidden()));
        Exports.check(p);
        Dataset all;
        Dataset data;
        Network init;
        try {
            data = s.loadData();
            all = data;
            arch = forData(p, s, arch, data);
            init = s.initFile() != null
                    ? fromFile(s, arch, p.has("hidden") || p.has(Setting.LAYERS.option()))
                    : Network.random(arch, s.initSeed());
        } catch (FileFormatException e) {
            throw new UsageException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!init.architecture().layers().isEmpty()) {
            s = s.withHidden(init.architecture().layers().get(0));
        }
        // Held-out points, drawn with the init seed as the sweep and the window draw them; both models train
        // without them.
        double testFraction = p.number(Limit.TEST_FRACTION, 0);
        Dataset test = null;
        int[] testIndices = new int[0];
        if (testFraction > 0) {
            try {
                Dataset.Split split = data.split(testFraction, s.initSeed());
                data = split.train();
                test = split.test();
                testIndices = split.testIndices();
            } catch (IllegalArgumentException e) {
                throw new UsageException("--test-fraction: " + e.getMessage());
            }
        }
        List<Feature> logistic = logisticFeatures(p, arch);
        Baseline baseline = Baseline.fit(data, logistic);
        Progress progress = Progress.forConsole(err);
        HeadlessRun.Result r = HeadlessRun.train(data, test, init, s.learningRate(), s.epochs(), progress, null);
        progress.done();
        // A generator's draw is saved by its settings; of K > 2 classes (which the session's generator settings do not
        // say) by its points.
        Session.Data source = s.dataFile() == null && all.classes() == 2
                ? Session.Data.generated(s.dataset(), s.samples(), s.noise(), s.seed())
                : Session.Data.of(all);
        boolean same = p.string("logistic-features", "").trim().equals("same");
        Settings settings = s;
        return finish(
                p,
                s,
                r,
                baseline,
                testIndices,
                () -> SessionRuns.save(
                        p,
                        r,
                        source,
                        testFraction,
                        settings.initSeed(),
                        settings.learningRate(),
                        same ? null : logistic,
                        null));
    }

    /** {@code train --session}: goes on from the session's run for --epochs more epochs. */
    private int resumeSession(Options.Parsed p) throws UsageException {
        Exports.check(p);
        SessionRuns.Loaded l = SessionRuns.load(p);
        Session before = l.session();
        double rate = p.number(Limit.LEARNING_RATE, before.learningRate());
        long epochs = (long) p.number(Limit.EPOCHS, Settings.defaults().epochs());
        Settings s = SessionRuns.settings(l, rate, before.run().epoch() + epochs);
        Baseline baseline = SessionRuns.baseline(l);
        Progress progress = Progress.forConsole(err);
        HeadlessRun.Result r = SessionRuns.resume(l, rate, epochs, progress);
        progress.done();
        return finish(
                p,
                s,
                r,
                baseline,
                l.testIndices(),
                () -> SessionRuns.save(
                        p,
                        r,
                        before.data(),
                        before.testFraction(),
                        before.initSeed(),
                        rate,
                        before.logisticFeatures(),
                        before));
    }

    /** What a run writes at its end (the session file), after the report and the exports. */
    @FunctionalInterface
    private interface Saving {
        void save() throws IOException;
    }

    /** Reports a finished run, writes its outputs and returns the exit status. */
    private int finish(
            Options.Parsed p, Settings s, HeadlessRun.Result r, Baseline baseline, int[] testIndices, Saving session)
            throws UsageException {
        try {
            if (p.has("report")) {
                Report.write(Path.of(p.string("report", null)), s, r, baseline, testIndices);
            } else {
                out.print(summary(s, r, baseline));
            }
            Exports.write(p, r, baseline, err);
            session.save();
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
        if (r.diverged()) {
            err.println("boundary-lab: " + r.divergence());
            return Cli.DIVERGED;
        }
        return Cli.OK;
    }

    /**
     * The network of an --init file, in either form, with the options' settings; its shapes give the layers
     * unless --hidden or --layers said otherwise, which must then agree.
     */
    private static Network fromFile(Settings s, Architecture arch, boolean layersGiven) throws FileFormatException {
        ParametersJson.Layers l = ParametersJson.readLayers(s.initFile());
        if (l.classes() != arch.classes()) {
            throw new FileFormatException(
                    s.initFile(),
                    "the parameters classify into " + l.classes() + " classes but the data has " + arch.classes());
        }
        if (layersGiven && !l.hidden().equals(arch.layers())) {
            throw new FileFormatException(
                    s.initFile(),
                    "the parameters have hidden layers " + l.hidden() + " but the options ask for " + arch.layers());
        }
        try {
            return l.toNetwork(arch);
        } catch (IllegalArgumentException e) {
            throw new FileFormatException(s.initFile(), e.getMessage());
        }
    }

    static String summary(Settings s, HeadlessRun.Result r, Baseline b) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "data:     %s, %d points%s%n",
                r.data().name(),
                r.data().size(),
                r.tested() ? " to train on, " + r.test().size() + " held out" : ""));
        sb.append(String.format(
                Locale.ROOT,
                "network:  %s, learning rate %s, %d epochs in %.2f s%n",
                r.initialNetwork().architecture().describe(),
                s.learningRate(),
                r.epochs(),
                r.seconds()));
        sb.append(String.format(
                Locale.ROOT, "          final cost %.6f, training accuracy %.1f%%%n", r.cost(), 100 * r.accuracy()));
        if (r.tested()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "          on %d held-out points: cost %.6f, accuracy %.1f%%%n",
                    r.test().size(),
                    r.testCost(),
                    100 * r.testAccuracy()));
        }
        if (!r.spikes().isEmpty()) {
            Trainer.Spike first = r.spikes().get(0);
            sb.append("note:     ").append(first.message());
            sb.append(r.spikeCount() > 1 ? " (" + r.spikeCount() + " such jumps in all)" : "")
                    .append('\n');
        }
        if (b.classifier() != null) {
            String on = b.model() == null
                    ? " on " + b.features().stream().map(Feature::id).collect(java.util.stream.Collectors.joining(","))
                    : "";
            sb.append(String.format(
                    Locale.ROOT,
                    "logistic: C = %.4g, training accuracy %.1f%%%s%s%n",
                    b.chosenC(),
                    100 * b.accuracy(),
                    r.tested()
                            ? String.format(
                                    Locale.ROOT,
                                    ", on the held-out points %.1f%%",
                                    100 * b.classifier().accuracy(r.test()))
                            : "",
                    on));
        } else {
            sb.append("logistic: ").append(b.problem()).append('\n');
        }
        return sb.toString();
    }
}
