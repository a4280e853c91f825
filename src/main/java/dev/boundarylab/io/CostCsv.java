package dev.boundarylab.io;

import dev.boundarylab.files.AtomicFiles;
import dev.boundarylab.train.CostSeries;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The cost history as CSV: a header {@code epoch,cost}, then one line per recorded epoch. With points held out, a
 * third column {@code test_cost}: the two series (the training cost and the held-out points' cost, each recorded
 * at epochs of its own) are merged by epoch, one line per epoch of either, in order, and a cell is empty at an
 * epoch where its cost was not measured.
 */
public final class CostCsv {
    private CostCsv() {}

    /** The CSV text of the costs {@code costs[i]} at epochs {@code epochs[i]}, arrays of one length. */
    public static String toCsv(long[] epochs, double[] costs) {
        if (epochs.length != costs.length) {
            throw new IllegalArgumentException(epochs.length + " epochs and " + costs.length + " costs");
        }
        return toCsv(new CostSeries(epochs, costs), null);
    }

    /**
     * The CSV text of the training costs {@code costs} and the held-out points' costs {@code testCosts} (null:
     * none held out, and no {@code test_cost} column), each series in increasing order of epoch.
     */
    public static String toCsv(CostSeries costs, CostSeries testCosts) {
        boolean tested = testCosts != null;
        if (!tested) {
            testCosts = CostSeries.EMPTY;
        }
        StringBuilder sb = new StringBuilder(48 * (costs.size() + testCosts.size()) + 24)
                .append(tested ? "epoch,cost,test_cost\n" : "epoch,cost\n");
        int i = 0;
        int j = 0;
        while (i < costs.size() || j < testCosts.size()) {
            long ei = i < costs.size() ? costs.epoch(i) : Long.MAX_VALUE;
            long ej = j < testCosts.size() ? testCosts.epoch(j) : Long.MAX_VALUE;
            long epoch = Math.min(ei, ej);
            sb.append(epoch).append(',');
            if (ei == epoch) {
                sb.append(costs.cost(i++));
            }
            if (tested) {
                sb.append(',');
                if (ej == epoch) {
                    sb.append(testCosts.cost(j++));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Writes the costs to {@code file}, atomically. */
    public static void write(long[] epochs, double[] costs, Path file) throws IOException {
        byte[] bytes = toCsv(epochs, costs).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** Writes the training and held-out costs (as {@link #toCsv(CostSeries, CostSeries)}) to {@code file}, atomically. */
    public static void write(CostSeries costs, CostSeries testCosts, Path file) throws IOException {
        byte[] bytes = toCsv(costs, testCosts).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }
}
