package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The seed's hidden-layer experiment: one network per hidden size, trained on the same data with the same
 * settings, on all cores. Each size starts from {@code Network.random(template.withUnits(size), initSeed)} (the seed's one layer unless told) and trains alone, so the
 * results are the same whatever the number of threads, and equal to single {@code train} runs.
 */
public final class Sweep implements AutoCloseable {
    /** The seed article's sizes. */
    public static final List<Integer> DEFAULT_SIZES = List.of(1, 2, 3, 4, 5, 20, 50);

    private final Dataset data;
    private final Dataset test;
    private final Architecture template;
    private final List<Integer> sizes;
    private final double learningRate;
    private final long epochs;
    private final long initSeed;
    private final int threads;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong done = new AtomicLong();
    private volatile ExecutorService pool;

    /**
     * A sweep over {@code sizes} (each 1 to {@link Limit#HIDDEN}, at least one), run on {@code threads}
     * worker threads.
     *
     * @throws IllegalArgumentException naming the bad size, learning rate, epoch count or thread count
     */
    public Sweep(Dataset data, List<Integer> sizes, double learningRate, long epochs, long initSeed, int threads) {
        this(data, null, sizes, learningRate, epochs, initSeed, threads);
    }

    /**
     * A sweep as above that trains on {@code data} and tests every network on {@code test}, points held out of
     * training (null for none): each result's {@link HeadlessRun.Result#testAccuracy}.
     */
    public Sweep(
            Dataset data,
            Dataset test,
            List<Integer> sizes,
            double learningRate,
            long epochs,
            long initSeed,
            int threads) {
        this(data, test, Architecture.defaults(), sizes, learningRate, epochs, initSeed, threads);
    }

    /**
     * A sweep as above of networks of {@code template}'s architecture, each size the units of every hidden layer.
     *
     * @throws IllegalArgumentException also if the template has no hidden layer to size
     */
    public Sweep(
            Dataset data,
            Dataset test,
            Architecture template,
            List<Integer> sizes,
            double learningRate,
            long epochs,
            long initSeed,
            int threads) {
        if (template.layers().isEmpty()) {
            throw new IllegalArgumentException("a network without hidden layers has no size to sweep");
        }
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one hidden size");
        }
        for (int h : sizes) {
            Limit.HIDDEN.check(h);
        }
        Limit.LEARNING_RATE.check(learningRate);
        Limit.EPOCHS.check(epochs);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.data = data;
        this.test = test;
        this.template = template;
        this.sizes = List.copyOf(sizes);
        this.learningRate = learningRate;
        this.epochs = epochs;
        this.initSeed = initSeed;
        this.threads = threads;
    }

    /** Parses a list of sizes such as {@code "1,2,3, 4 5"}; the message names the bad entry. */
    public static List<Integer> parseSizes(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.trim().split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int h;
            try {
                h = Integer.parseInt(part);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part + "' in the list of hidden sizes is not a whole number");
            }
            if (!Limit.HIDDEN.allows(h)) {
                throw new IllegalArgumentException("hidden size " + h + " is out of range " + Limit.HIDDEN.range());
            }
            out.add(h);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("the list of hidden sizes is empty");
        }
        return out;
    }

    /** The sizes, in the order results are returned. */
    public List<Integer> sizes() {
        return sizes;
    }

    /** Epochs trained so far, over all sizes; the sweep's total is {@code sizes().size() * epochs}. */
    public long epochsDone() {
        return done.get();
    }

    /** The total number of epochs of the sweep. */
    public long epochsTotal() {
        return epochs * sizes.size();
    }

    /** Asks every worker to stop at its next chunk of epochs; {@link #run} then throws CancellationException. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Whether {@link #cancel} was called. */
    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * Trains every size and returns the results in the order of {@link #sizes()}. {@code onResult} (may be null)
     * hears each result as it finishes, on the worker thread that trained it.
     *
     * @throws CancellationException if cancelled before every size finished
     */
    public List<HeadlessRun.Result> run(Consumer<HeadlessRun.Result> onResult) {
        ExecutorService p = Executors.newFixedThreadPool(Math.min(threads, sizes.size()), r -> {
            Thread t = new Thread(r, "boundary-lab-sweep");
            t.setDaemon(true);
            return t;
        });
        pool = p;
        try {
            // Largest networks first, so the longest jobs do not start last and leave a core idle at the end.
            Integer[] order = new Integer[sizes.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(sizes.get(b), sizes.get(a)));
            List<Future<HeadlessRun.Result>> futures = new ArrayList<>(Collections.nCopies(sizes.size(), null));
            for (int i : order) {
                int h = sizes.get(i);
                futures.set(i, p.submit(() -> {
                    long[] last = {0};
                    HeadlessRun.ProgressListener counted = (e, total, c) -> {
                        done.addAndGet(e - last[0]);
                        last[0] = e;
                    };
                    HeadlessRun.Result r = HeadlessRun.train(
                            data,
                            test,
                            Network.random(template.withUnits(h).withClasses(data.classes()), initSeed),
                            learningRate,
                            epochs,
                            counted,
                            cancelled::get);
                    if (cancelled.get()) {
                        throw new CancellationException("sweep cancelled");
                    }
                    done.addAndGet(epochs - last[0]);
                    if (onResult != null) {
                        onResult.accept(r);
                    }
                    return r;
                }));
            }
            List<HeadlessRun.Result> results = new ArrayList<>();
            for (Future<HeadlessRun.Result> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof CancellationException c) {
                        throw c;
                    }
                    if (e.getCause() instanceof RuntimeException re) {
                        throw re;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    cancel();
                    Thread.currentThread().interrupt();
                    throw new CancellationException("sweep interrupted");
                }
            }
            return results;
        } finally {
            p.shutdownNow();
        }
    }

    /** Cancels and waits up to a second for the workers to end. */
    @Override
    public void close() {
        cancel();
        ExecutorService p = pool;
        if (p != null) {
            p.shutdownNow();
            try {
                p.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
