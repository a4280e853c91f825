package dev.boundarylab.train;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import dev.boundarylab.model.Feature;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A saved session: the data, how the network trains, where its run stands and how the window showed it; what
 * {@code train --save-session} and the window's File → Save session write, so that going on from it gives the same
 * numbers, bit for bit, as if the run had never stopped. The network's architecture is that of the run's
 * parameters. Immutable.
 *
 * @param data where the points come from: a generator and its seed, or the points themselves
 * @param testFraction the share of the points held out of training, of each class alike, drawn with
 *     {@code initSeed} (0 for none)
 * @param initSeed the seed the initial parameters were drawn with (and the held-out points)
 * @param learningRate the learning rate
 * @param pace the window's pace in epochs per second (infinite: as fast as possible); NaN if not saved (the
 *     command line has none)
 * @param logisticFeatures the baseline's input features; null for the network's own
 * @param run where the training run stands
 * @param view the window's view options by name (the cost chart's log axis, the zero lines, ...); may be empty
 */
public record Session(
        Data data,
        double testFraction,
        long initSeed,
        double learningRate,
        double pace,
        List<Feature> logisticFeatures,
        RunState run,
        Map<String, Boolean> view) {
    /**
     * Checks every setting against its {@link Limit}.
     *
     * @throws IllegalArgumentException with the limit's one line
     */
    public Session {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(run, "run");
        logisticFeatures = logisticFeatures == null ? null : List.copyOf(logisticFeatures);
        view = Map.copyOf(view);
        Limit.TEST_FRACTION.check(testFraction);
        Limit.LEARNING_RATE.check(learningRate);
        if (!Double.isNaN(pace)) {
            Limit.checkPace(pace);
        }
        TrainingService.checkArchitecture(run.initial().architecture());
        if (logisticFeatures != null && logisticFeatures.isEmpty()) {
            throw new IllegalArgumentException("the baseline needs at least one input feature");
        }
    }

    /**
     * Where the points come from: {@code points} if not null, else generator {@code generator}'s draw of
     * {@code samples} points with {@code noise} and {@code seed}.
     *
     * @param noise the generator's noise; NaN for its default
     */
    public record Data(String generator, int samples, double noise, long seed, Dataset points) {
        /**
         * Checks the generator's settings (when there are no points).
         *
         * @throws IllegalArgumentException naming the setting and its range, or the unknown generator
         */
        public Data {
            if (points == null) {
                DatasetKind.fromId(generator);
                Limit.SAMPLES.check(samples);
                if (!Double.isNaN(noise)) {
                    Limit.NOISE.check(noise);
                }
            } else if (points.size() == 0) {
                throw new IllegalArgumentException("the session's data has no points");
            }
        }

        /** The generator's draw of {@code samples} points. */
        public static Data generated(String generator, int samples, double noise, long seed) {
            return new Data(generator, samples, noise, seed, null);
        }

        /** These points, as they are. */
        public static Data of(Dataset points) {
            return new Data(null, 0, Double.NaN, 0, Objects.requireNonNull(points, "points"));
        }

        /** Whether the points are drawn by a generator rather than given. */
        public boolean generated() {
            return points == null;
        }

        /** The points: generated again (the same seed draws the same points) or given. */
        public Dataset load() {
            if (points != null) {
                return points;
            }
            DatasetKind kind = DatasetKind.fromId(generator);
            return kind.generate(samples, Double.isNaN(noise) ? kind.defaultNoise() : noise, seed);
        }
    }

    /**
     * The points to train on and those held out, as the run had them: {@code testFraction} of {@code all} held out
     * with the init seed, as {@code train --test-fraction} and the sweep draw them.
     *
     * @throws IllegalArgumentException if the split leaves nothing to train on
     */
    public Dataset.Split split(Dataset all) {
        return testFraction > 0 ? all.split(testFraction, initSeed) : new Dataset.Split(all, null);
    }
}
