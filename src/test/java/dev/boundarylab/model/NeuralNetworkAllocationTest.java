package dev.boundarylab.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A training step allocates nothing, on the small path and on the shared one: counted by the JVM's per-thread
 * allocation counters for the calling thread and every thread of the common fork-join pool.
 */
class NeuralNetworkAllocationTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void aStepOnTheSmallPathAllocatesNothing() {
        NeuralNetwork net = new NeuralNetwork(Parameters.random(4, 2), NeuralNetworkParallelTest.data(200, 1));
        assertEquals(0, leastOfFive(net, 200), "bytes allocated by 200 steps");
    }

    @Test
    void aStepOnTheSharedPathAllocatesNothing() {
        NeuralNetwork net = new NeuralNetwork(Parameters.random(50, 2), NeuralNetworkParallelTest.data(10_000, 1), 2);
        assertEquals(0, leastOfFive(net, 20), "bytes allocated by 20 steps");
    }

    /**
     * The least of five counts. The pool's threads are shared with the rest of the JVM (an earlier test's drawing
     * may still finish on one, a worker may be started or retired): such noise shows in some counts, while a
     * step that allocated would show in every one.
     */
    private static long leastOfFive(NeuralNetwork net, int steps) {
        long least = Long.MAX_VALUE;
        for (int k = 0; k < 5 && least > 0; k++) {
            least = Math.min(least, bytesAllocatedBy(net, steps));
        }
        return least;
    }

    private static long bytesAllocatedBy(NeuralNetwork net, int steps) {
        // Warm up: the first fork creates the pool's threads and this thread's submission queue.
        for (int k = 0; k < 3 * steps; k++) {
            net.step(0.5);
        }
        List<Long> ids = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("ForkJoinPool.commonPool-worker")) {
                ids.add(t.getId());
            }
        }
        long[] pool = ids.stream().mapToLong(Long::longValue).toArray();
        long[] before = new long[pool.length];
        long self = Thread.currentThread().getId();
        for (int t = 0; t < pool.length; t++) {
            before[t] = THREADS.getThreadAllocatedBytes(pool[t]);
        }
        long selfBefore = THREADS.getThreadAllocatedBytes(self);
        for (int k = 0; k < steps; k++) {
            net.step(0.5);
        }
        long total = THREADS.getThreadAllocatedBytes(self) - selfBefore;
        for (int t = 0; t < pool.length; t++) {
            total += THREADS.getThreadAllocatedBytes(pool[t]) - before[t];
        }
        return total;
    }
}
