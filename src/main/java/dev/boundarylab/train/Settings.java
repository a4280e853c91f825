package dev.boundarylab.train;

import dev.boundarylab.data.CsvColumns;
import dev.boundarylab.data.DataLoader;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.files.FileFormatException;
import java.nio.file.Path;

/**
 * Every user-facing setting of a run in one immutable, serializable object: which data, which network, how long.
 * The command line parses into it and the window edits it, so a run is reproducible from its settings alone.
 *
 * @param dataset the generator's id (e.g. {@code gaussian-quantiles}); ignored when {@code dataFile} is set
 * @param samples the number of points to generate
 * @param noise the generator's noise; NaN means the generator's default
 * @param seed the seed of the generated data
 * @param dataFile a CSV file to read the points from instead, or null
 * @param hidden the number of hidden units
 * @param learningRate the gradient-descent learning rate
 * @param epochs the number of epochs a headless run trains
 * @param initSeed the seed of the initial parameters
 * @param initFile a JSON file of initial parameters to start from instead, or null
 * @param dataColumns the columns of {@code dataFile} to read; null to guess them from its header
 * @param classes the number of classes to generate, 2 to 8 ({@link Limit#CLASSES}); a data file says its own
 */
public record Settings(
        String dataset,
        int samples,
        double noise,
        long seed,
        Path dataFile,
        int hidden,
        double learningRate,
        long epochs,
        long initSeed,
        Path initFile,
        CsvColumns dataColumns,
        int classes) {

    /** Two-class settings (the seed's), as every setting was before K classes. */
    public Settings(
            String dataset,
            int samples,
            double noise,
            long seed,
            Path dataFile,
            int hidden,
            double learningRate,
            long epochs,
            long initSeed,
            Path initFile,
            CsvColumns dataColumns) {
        this(dataset, samples, noise, seed, dataFile, hidden, learningRate, epochs, initSeed, initFile, dataColumns, 2);
    }

    /** Settings whose data file's columns, if there is a file, are guessed from its header. */
    public Settings(
            String dataset,
            int samples,
            double noise,
            long seed,
            Path dataFile,
            int hidden,
            double learningRate,
            long epochs,
            long initSeed,
            Path initFile) {
        this(dataset, samples, noise, seed, dataFile, hidden, learningRate, epochs, initSeed, initFile, null, 2);
    }

    /** The seed's setting: gaussian quantiles, 200 points, 4 hidden units, learning rate 1.2, 5000 epochs. */
    public static Settings defaults() {
        return new Settings("gaussian-quantiles", 200, Double.NaN, 3, null, 4, 1.2, 5000, 2, null);
    }

    /**
     * Checks every value is in range.
     *
     * @throws IllegalArgumentException naming the setting, the bad value and the allowed range
     */
    public Settings validate() {
        Limit.SAMPLES.check(samples);
        if (!Double.isNaN(noise)) {
            Limit.NOISE.check(noise);
        }
        Limit.HIDDEN.check(hidden);
        Limit.LEARNING_RATE.check(learningRate);
        Limit.EPOCHS.check(epochs);
        Limit.CLASSES.check(classes);
        return this;
    }

    /**
     * The data these settings describe: read from their CSV file, or generated.
     *
     * @throws FileFormatException if the CSV file is missing or malformed (the message names file, line, reason)
     * @throws IllegalArgumentException if the generator id or its arguments are bad
     */
    public Dataset loadData() throws FileFormatException {
        return DataLoader.load(dataFile, dataColumns, dataset, samples, noise, seed, classes);
    }

    /** The same settings with another data set id. */
    public Settings withDataset(String id) {
        return new Settings(
                id, samples, noise, seed, null, hidden, learningRate, epochs, initSeed, initFile, null, classes);
    }

    /** The same settings with another hidden size. */
    public Settings withHidden(int h) {
        return new Settings(
                dataset,
                samples,
                noise,
                seed,
                dataFile,
                h,
                learningRate,
                epochs,
                initSeed,
                initFile,
                dataColumns,
                classes);
    }

    /** The same settings with another learning rate. */
    public Settings withLearningRate(double lr) {
        return new Settings(
                dataset, samples, noise, seed, dataFile, hidden, lr, epochs, initSeed, initFile, dataColumns, classes);
    }

    /** The same settings with another number of epochs. */
    public Settings withEpochs(long e) {
        return new Settings(
                dataset,
                samples,
                noise,
                seed,
                dataFile,
                hidden,
                learningRate,
                e,
                initSeed,
                initFile,
                dataColumns,
                classes);
    }

    /** The same settings generating data with another sample count, noise and seed. */
    public Settings withData(int n, double nz, long s) {
        return new Settings(dataset, n, nz, s, null, hidden, learningRate, epochs, initSeed, initFile, null, classes);
    }

    /** The same settings with another seed for the initial parameters. */
    public Settings withInitSeed(long s) {
        return new Settings(
                dataset, samples, noise, seed, dataFile, hidden, learningRate, epochs, s, null, dataColumns, classes);
    }

    /** The same settings reading these columns of the data file (null: guessed from its header). */
    public Settings withDataColumns(CsvColumns columns) {
        return new Settings(
                dataset,
                samples,
                noise,
                seed,
                dataFile,
                hidden,
                learningRate,
                epochs,
                initSeed,
                initFile,
                columns,
                classes);
    }
    /**
     * The same settings generating {@code k} classes (a data file still says its own).
     *
     * @throws IllegalArgumentException with {@link Limit#CLASSES}'s message if k is not from 2 to 8
     */
    public Settings withClasses(int k) {
        Limit.CLASSES.check(k);
        return new Settings(
                dataset,
                samples,
                noise,
                seed,
                dataFile,
                hidden,
                learningRate,
                epochs,
                initSeed,
                initFile,
                dataColumns,
                k);
    }
}
