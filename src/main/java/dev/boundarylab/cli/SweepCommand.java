package dev.boundarylab.cli;

import dev.boundarylab.cli.Options.UsageException;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.figure.Figures;
import dev.boundarylab.files.FileFormatException;
import dev.boundarylab.files.PngWriter;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.train.Baseline;
import dev.boundarylab.train.HeadlessRun;
import dev.boundarylab.train.Limit;
import dev.boundarylab.train.Settings;
import dev.boundarylab.train.Sweep;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code sweep}: the seed's hidden-layer experiment, one network per size, on all cores. */
final class SweepCommand {
    private final PrintStream out;
    private final PrintStream err;

    SweepCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    static Options options() {
        Options o = TrainCommand.dataAndTrainingOptions();
        o.add(
                "hidden",
                "N,N,...",
                Sweep.DEFAULT_SIZES.stream().map(String::valueOf).collect(Collectors.joining(",")),
                "the hidden sizes to train, comma-separated; with --layers, every one of its layers takes each size");
        o.add(
                "test-fraction",
                "F",
                "0",
                "hold out this share of the points, " + Limit.TEST_FRACTION.range() + " (of each class, drawn with "
                        + "--init-seed as the window does), and report each network's accuracy on them");
        o.add(
                "threads",
                "N",
                Integer.toString(Runtime.getRuntime().availableProcessors()),
                "worker threads (results do not depend on it)");
        o.add("report", "FILE.json", null, "write a JSON report: per size, accuracy, cost and parameters");
        o.add("png", "FILE.png", null, "write the gallery of decision boundaries, one panel per size");
        o.add("scale", "N", "1", "resolution of the PNG: 1, 2 or 3 times the base size");
        o.add("png-columns", "N", "4", "panels per row in the PNG");
        o.flag("help", "list the options");
        return o;
    }

    int run(List<String> args) throws UsageException {
        Options options = options();
        Options.Parsed p = options.parse(args);
        if (p.has("help")) {
            out.print(
                    "Usage: java -jar boundary-lab.jar sweep [options]\n\n" + options.help() + "\n" + Cli.EXIT_STATUS);
            return Cli.OK;
        }
        List<Integer> sizes;
        try {
            sizes = Sweep.parseSizes(p.string("hidden", "1,2,3,4,5,20,50"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--hidden: " + e.getMessage());
        }
        Settings s = TrainCommand.settings(p, sizes.get(0));
        dev.boundarylab.model.Architecture template = TrainCommand.architecture(p, List.of(sizes.get(0)));
        if (template.layers().isEmpty()) {
            throw new UsageException("--layers 0 leaves no hidden layer for the sweep to size");
        }
        int threads = (int) p.integer("threads", Runtime.getRuntime().availableProcessors(), 1, 256);
        int columns = (int) p.integer("png-columns", 4, 1, 64);
        double testFraction = p.number(Limit.TEST_FRACTION, 0);
        Exports.check(p);
        Dataset data;
        Dataset test = null;
        try {
            data = s.loadData();
            template = TrainCommand.forData(p, s, template, data);
            if (testFraction > 0) {
                Dataset.Split split = data.split(testFraction, s.initSeed());
                data = split.train();
                test = split.test();
            }
        } catch (FileFormatException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Baseline baseline = Baseline.fit(data, TrainCommand.logisticFeatures(p, template));
        long t0 = System.nanoTime();
        List<HeadlessRun.Result> results;
        try (Sweep sweep =
                new Sweep(data, test, template, sizes, s.learningRate(), s.epochs(), s.initSeed(), threads)) {
            results = sweep.run(r -> {
                if (!p.has("report")) {
                    String tested =
                            r.tested() ? String.format(Locale.ROOT, ", test %5.1f%%", 100 * r.testAccuracy()) : "";
                    out.printf(
                            Locale.ROOT,
                            "%4d hidden: accuracy %5.1f%%%s, cost %.5f%s%n",
                            r.initialNetwork().architecture().layers().get(0),
                            100 * r.accuracy(),
                            tested,
                            r.cost(),
                            r.diverged() ? " (diverged at epoch " + r.divergedAt() + ")" : "");
                }
            });
        }
        double seconds = (System.nanoTime() - t0) * 1e-9;
        try {
            if (p.has("report")) {
                Report.writeSweep(Path.of(p.string("report", null)), s, sizes, results, baseline, seconds);
            } else {
                String tested = test != null && baseline.classifier() != null
                        ? String.format(
                                Locale.ROOT,
                                ", test %.1f%%",
                                100 * baseline.classifier().accuracy(test))
                        : "";
                out.printf(
                        Locale.ROOT,
                        "logistic regression: accuracy %.1f%%%s; %d network%s in %.2f s%n",
                        100 * baseline.accuracy(),
                        tested,
                        results.size(),
                        results.size() == 1 ? "" : "s",
                        seconds);
            }
            if (p.has("png")) {
                FigureRenderer r = new FigureRenderer(p.integer("scale", 1, 1, 3));
                PngWriter.write(
                        r.renderGrid(Figures.sweepPanels(results, baseline), columns), Path.of(p.string("png", null)));
            }
        } catch (IOException e) {
            throw new UsageException(e.getMessage());
        }
        return results.stream().anyMatch(HeadlessRun.Result::diverged) ? Cli.DIVERGED : Cli.OK;
    }
}
