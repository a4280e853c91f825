package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Network;
import java.util.Arrays;

/**
 * What a run keeps of the edits a person makes to its data while the network trains on: the epochs at which the
 * data changed (for the cost chart to mark), and, while the edited points lack a class, those points, which the
 * network waits on without training (it needs points of both classes; until then it keeps the weights it had).
 */
final class EditedData {
    /** The most data changes kept for the chart; older ones are dropped. */
    static final int MAX_CHANGES = 1000;

    private long[] changes = new long[0];
    private Dataset waiting;
    private double waitingAccuracy = Double.NaN;
    private double waitingCost = Double.NaN;

    /** Whether a network can train on {@code data}: it has points of two classes at least (of both, for two). */
    static boolean trainable(Dataset data) {
        int present = 0;
        for (int c : data.classCounts()) {
            present += c > 0 ? 1 : 0;
        }
        return present >= 2;
    }

    /** What the run says while it waits on {@code data}, which lacks a class. */
    static String waitingMessage(Dataset data) {
        if (data.classes() > 2) {
            int[] counts = data.classCounts();
            StringBuilder sb =
                    new StringBuilder("hand-made data: waiting for points of two classes at least to train (");
            for (int k = 0; k < counts.length; k++) {
                sb.append(k == 0 ? "" : ", ")
                        .append(counts[k])
                        .append(" of class ")
                        .append(data.labelNames().get(k));
            }
            return sb.append(')').toString();
        }
        int ones = data.countOnes();
        int zeros = data.size() - ones;
        java.util.List<String> names = data.labelNames();
        return "hand-made data: waiting for points of both classes to train (" + zeros + " of class " + names.get(0)
                + ", " + ones + " of class " + names.get(1) + ")";
    }

    /** Marks a change of the data at {@code epoch}, once an epoch. */
    void changedAt(long epoch) {
        int n = changes.length;
        if (n > 0 && changes[n - 1] == epoch) {
            return;
        }
        long[] next = Arrays.copyOfRange(changes, Math.max(0, n + 1 - MAX_CHANGES), n + 1);
        next[next.length - 1] = epoch;
        changes = next;
    }

    /** The epochs at which the data changed, oldest first; the array is not changed afterwards. */
    long[] changes() {
        return changes;
    }

    /** Forgets the changes: the history they were marks on starts over. */
    void forgetChanges() {
        changes = new long[0];
    }

    /** Forgets the changes and the waiting points: the run starts over on data of its own. */
    void clear() {
        changes = new long[0];
        waiting(null, null);
    }

    /**
     * Waits on {@code data}, which lacks a class, with {@code network}'s accuracy and cost on it (NaN without
     * points); null to stop waiting.
     */
    void waiting(Dataset data, Network network) {
        waiting = data;
        boolean some = data != null && data.size() > 0;
        waitingAccuracy = some ? network.accuracy(data) : Double.NaN;
        waitingCost = some ? network.cost(data) : Double.NaN;
    }

    /** Whether the run waits for points of both classes. */
    boolean isWaiting() {
        return waiting != null;
    }

    /** The data to show: the points waited on, else the trainer's. */
    Dataset shown(Dataset trained) {
        return waiting != null ? waiting : trained;
    }

    /** The accuracy to show: the network's on the points waited on, else the trainer's. */
    double accuracy(double trained) {
        return waiting != null ? waitingAccuracy : trained;
    }

    /** The cost to show: the network's on the points waited on, else the trainer's. */
    double cost(double trained) {
        return waiting != null ? waitingCost : trained;
    }
}
