package dev.boundarylab.io;

import dev.boundarylab.files.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The cost history as CSV: a header {@code epoch,cost}, then one line per recorded epoch. */
public final class CostCsv {
    private CostCsv() {}

    /** The CSV text of the costs {@code costs[i]} at epochs {@code epochs[i]}, arrays of one length. */
    public static String toCsv(long[] epochs, double[] costs) {
        if (epochs.length != costs.length) {
            throw new IllegalArgumentException(epochs.length + " epochs and " + costs.length + " costs");
        }
        StringBuilder sb = new StringBuilder(32 * epochs.length + 16).append("epoch,cost\n");
        for (int i = 0; i < epochs.length; i++) {
            sb.append(epochs[i]).append(',').append(costs[i]).append('\n');
        }
        return sb.toString();
    }

    /** Writes the costs to {@code file}, atomically. */
    public static void write(long[] epochs, double[] costs, Path file) throws IOException {
        byte[] bytes = toCsv(epochs, costs).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
