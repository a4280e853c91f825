package dev.boundarylab.cli;

import dev.boundarylab.cli.Options.UsageException;
import dev.boundarylab.data.CsvData;
import dev.boundarylab.io.CostCsv;
import dev.boundarylab.io.ParametersJson;
import dev.boundarylab.render.FigureData;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.render.Figures;
import dev.boundarylab.render.PngWriter;
import dev.boundarylab.train.Baseline;
import dev.boundarylab.train.HeadlessRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files a headless run can write besides its report: the figure, the costs, the data, the parameters. */
final class Exports {
    private static final String[] FILE_OPTIONS = {"report", "png", "save-costs", "save-data", "save-params"};

    private Exports() {
    }

    /** Checks, before training, that every output's folder exists, so a long run does not end in a failed write. */
    static void check(Options.Parsed p) throws UsageException {
        p.integer("scale", 1, 1, 3);
        for (String o : FILE_OPTIONS) {
            if (p.has(o)) {
                Path dir = Path.of(p.string(o, null)).toAbsolutePath().getParent();
                if (dir == null || !Files.isDirectory(dir)) {
                    throw new UsageException("--" + o + " " + p.string(o, null) + ": folder " + dir
                            + " does not exist");
                }
            }
        }
    }

    static void write(Options.Parsed p, HeadlessRun.Result r, Baseline b) throws IOException, UsageException {
        FigureData d = new FigureData(r.data(), r.parameters(), r.accuracy(), b, r.history(), r.epochs());
        if (p.has("png")) {
            FigureRenderer renderer = new FigureRenderer(p.integer("scale", 1, 1, 3));
            PngWriter.write(Figures.figure(renderer, d, p.has("log-scale")), Path.of(p.string("png", null)));
        }
        if (p.has("save-costs")) {
            CostCsv.write(r.history(), Path.of(p.string("save-costs", null)));
        }
        if (p.has("save-data")) {
            CsvData.write(r.data(), Path.of(p.string("save-data", null)));
        }
        if (p.has("save-params")) {
            ParametersJson.write(r.parameters(), Path.of(p.string("save-params", null)));
        }
    }
}
