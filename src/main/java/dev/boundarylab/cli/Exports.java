package dev.boundarylab.cli;

import dev.boundarylab.cli.Options.UsageException;
import dev.boundarylab.data.CsvData;
import dev.boundarylab.figure.FigureData;
import dev.boundarylab.figure.Figures;
import dev.boundarylab.figure.InsideFigures;
import dev.boundarylab.files.AtomicFiles;
import dev.boundarylab.files.PngWriter;
import dev.boundarylab.io.CostCsv;
import dev.boundarylab.io.ParametersJson;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.Baseline;
import dev.boundarylab.train.CostSeries;
import dev.boundarylab.train.HeadlessRun;
import dev.boundarylab.train.HeldOut;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The files a headless run can write besides its report: the figure, the costs, the data, the parameters. */
final class Exports {
    private static final String[] FILE_OPTIONS = {
        "report", "png", "png-network", "png-units", "save-costs", "save-data", "save-params", "save-session"
    };

    private Exports() {}

    /**
     * Checks, before training, that every output could be written (its folder exists and is writable, it is not a
     * folder) and that no two outputs name the same file, so a long run does not end in a failed write.
     */
    static void check(Options.Parsed p) throws UsageException {
        p.integer("scale", 1, 1, 3);
        Map<Path, String> seen = new HashMap<>();
        for (String o : FILE_OPTIONS) {
            if (p.has(o)) {
                Path target;
                try {
                    target = AtomicFiles.check(Path.of(p.string(o, null)));
                } catch (IOException | InvalidPathException e) {
                    throw new UsageException("--" + o + ": " + e.getMessage());
                }
                String other = seen.putIfAbsent(target, o);
                if (other != null) {
                    throw new UsageException(
                            "--" + other + " and --" + o + " both name " + target + "; give each output its own file");
                }
            }
        }
    }

    /** Writes the outputs the options ask for besides the report (for K classes as for two). */
    static void write(Options.Parsed p, HeadlessRun.Result r, Baseline b, java.io.PrintStream err)
            throws IOException, UsageException {
        writeFiles(p, r);
        // With --test-fraction the held-out points are drawn as rings and their cost as the chart's test line.
        FigureData d = new FigureData(
                r.data(),
                r.network(),
                r.accuracy(),
                b,
                r.history(),
                r.epochs(),
                FigureData.jumps(r.spikes()),
                HeldOut.of(r, b));
        FigureRenderer renderer = new FigureRenderer(p.integer("scale", 1, 1, 3));
        Viewport view = Viewport.around(d.points());
        picture(p, "png", () -> Figures.figure(renderer, d, p.has("log-scale")));
        picture(p, "png-network", () -> renderer.renderNetworkDiagram(InsideFigures.diagram(d, view)));
        picture(p, "png-units", () -> InsideFigures.unitGallery(renderer, d, view));
    }

    /** Writes the picture of {@code option} if it is asked for. */
    private static void picture(
            Options.Parsed p, String option, java.util.function.Supplier<java.awt.image.BufferedImage> draw)
            throws IOException, UsageException {
        if (!p.has(option)) {
            return;
        }
        PngWriter.write(draw.get(), Path.of(p.string(option, null)));
    }

    private static void writeFiles(Options.Parsed p, HeadlessRun.Result r) throws IOException {
        if (p.has("save-costs")) {
            CostSeries tested = r.tested() ? HeldOut.testCosts(r) : null;
            CostCsv.write(r.history(), tested, Path.of(p.string("save-costs", null)));
        }
        if (p.has("save-data")) {
            CsvData.write(r.data(), Path.of(p.string("save-data", null)));
        }
        if (p.has("save-params")) {
            ParametersJson.write(r.network(), Path.of(p.string("save-params", null)));
        }
    }
}
