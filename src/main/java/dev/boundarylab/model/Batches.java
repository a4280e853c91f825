package dev.boundarylab.model;

import dev.boundarylab.data.Dataset;
import java.util.concurrent.CancellationException;

/** Runs a classifier's batch call over a data set, {@link Classifier#BATCH} points at a time. */
final class Batches {
    private Batches() {}

    /** What is done with the logits {@code z[0..n)} of the points {@code start .. start + n - 1}. */
    interface Consumer {
        void accept(double[] z, int start, int n);
    }

    /** The logits of every point of {@code data}, batch by batch in order, handed to {@code consumer}. */
    static void forEach(Classifier model, Dataset data, Consumer consumer) {
        int m = data.size();
        int size = Math.min(m, Classifier.BATCH);
        double[] x1 = new double[size];
        double[] x2 = new double[size];
        double[] z = new double[size];
        for (int start = 0; start < m; start += size) {
            int n = Math.min(size, m - start);
            for (int i = 0; i < n; i++) {
                x1[i] = data.x1(start + i);
                x2[i] = data.x2(start + i);
            }
            model.logits(x1, x2, n, z);
            consumer.accept(z, start, n);
        }
    }

    /** What is done with the predicted classes {@code y[0..n)} of the points {@code start .. start + n - 1}. */
    interface PredictionConsumer {
        void accept(int[] y, int start, int n);
    }

    /** The class logits (K a point) of every point of {@code data}, batch by batch in order. */
    static void forEachClass(Classifier model, Dataset data, Consumer consumer) {
        int m = data.size();
        int size = Math.min(m, Classifier.BATCH);
        double[] x1 = new double[size];
        double[] x2 = new double[size];
        double[] z = new double[size * model.classes()];
        for (int start = 0; start < m; start += size) {
            int n = Math.min(size, m - start);
            for (int i = 0; i < n; i++) {
                x1[i] = data.x1(start + i);
                x2[i] = data.x2(start + i);
            }
            model.classLogits(x1, x2, n, z);
            consumer.accept(z, start, n);
        }
    }

    /** The predicted class of every point of {@code data}, batch by batch in order. */
    static void forEachPrediction(Classifier model, Dataset data, PredictionConsumer consumer) {
        int m = data.size();
        int size = Math.min(m, Classifier.BATCH);
        double[] x1 = new double[size];
        double[] x2 = new double[size];
        int[] y = new int[size];
        for (int start = 0; start < m; start += size) {
            int n = Math.min(size, m - start);
            for (int i = 0; i < n; i++) {
                x1[i] = data.x1(start + i);
                x2[i] = data.x2(start + i);
            }
            model.predict(x1, x2, n, y);
            consumer.accept(y, start, n);
        }
    }

    /** A long computation asked to stop (its thread interrupted) stops here. */
    static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("interrupted");
        }
    }
}
