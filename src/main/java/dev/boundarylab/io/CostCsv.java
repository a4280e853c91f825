package dev.boundarylab.io;

import dev.boundarylab.files.AtomicFiles;
import dev.boundarylab.train.CostSeries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The cost history as CSV: a header {@code epoch,cost}, then one line per recorded epoch. */
public final class CostCsv {
    private CostCsv() {}

    /** The CSV text of {@code s}. */
    public static String toCsv(CostSeries s) {
        StringBuilder sb = new StringBuilder(32 * s.size() + 16).append("epoch,cost\n");
        for (int i = 0; i < s.size(); i++) {
            sb.append(s.epoch(i)).append(',').append(s.cost(i)).append('\n');
        }
        return sb.toString();
    }

    /** Writes {@code s} to {@code file}, atomically. */
    public static void write(CostSeries s, Path file) throws IOException {
        byte[] bytes = toCsv(s).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
