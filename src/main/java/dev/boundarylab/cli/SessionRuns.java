package dev.boundarylab.cli;

import dev.boundarylab.cli.Options.UsageException;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.files.FileFormatException;
import dev.boundarylab.io.SessionJson;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Architecture.Setting;
import dev.boundarylab.model.Feature;
import dev.boundarylab.train.Baseline;
import dev.boundarylab.train.HeadlessRun;
import dev.boundarylab.train.Session;
import dev.boundarylab.train.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code train --session FILE}: goes on from a saved session for {@code --epochs} more epochs, with the numbers the
 * run would have given had it never stopped; and {@code --save-session FILE}, which writes one at the end of a run.
 */
final class SessionRuns {
    /** The options a session gives itself: none of them may be given with --session. */
    private static final List<String> GIVEN_BY_SESSION = List.of(
            "dataset",
            "samples",
            "noise",
            "seed",
            "data",
            "columns",
            "init-seed",
            "hidden",
            "init",
            "test-fraction",
            "logistic-features",
            Setting.LAYERS.option(),
            Setting.ACTIVATION.option(),
            Setting.FEATURES.option(),
            Setting.L2.option(),
            Setting.BATCH.option(),
            Setting.SHUFFLE_SEED.option(),
            Setting.INIT_SCALE.option());

    private SessionRuns() {}

    /** A session read for going on: the file, what it holds and the points it trains on. */
    record Loaded(Path file, Session session, Dataset all, Dataset train, Dataset test, int[] testIndices) {}

    /**
     * Reads --session's file, refusing the options it gives itself.
     *
     * @throws UsageException naming the file and what is wrong with it, or the option that cannot be given
     */
    static Loaded load(Options.Parsed p) throws UsageException {
        for (String o : GIVEN_BY_SESSION) {
            if (p.has(o)) {
                throw new UsageException("--" + o + " cannot be given with --session, whose file gives the data and"
                        + " the network; with it give --epochs, --learning-rate and the outputs");
            }
        }
        Path file = Path.of(p.string("session", null));
        try {
            Session s = SessionJson.read(file);
            Dataset all = s.data().load();
            Dataset.Split split = s.split(all);
            return new Loaded(file, s, all, split.train(), split.test(), split.testIndices());
        } catch (FileFormatException e) {
            throw new UsageException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": " + e.getMessage());
        }
    }

    /** The settings a loaded session stands for, as the summary and the report show them. */
    static Settings settings(Loaded l, double learningRate, long epochs) {
        Session.Data d = l.session().data();
        Architecture a = l.session().run().initial().architecture();
        return new Settings(
                d.generated() ? d.generator() : l.all().name(),
                d.generated() ? d.samples() : l.all().size(),
                d.noise(),
                d.seed(),
                null,
                a.layers().isEmpty() ? 0 : a.layers().get(0),
                learningRate,
                epochs,
                l.session().initSeed(),
                null);
    }

    /** Trains the loaded session's run {@code epochs} more epochs at {@code learningRate}. */
    static HeadlessRun.Result resume(Loaded l, double learningRate, long epochs, HeadlessRun.ProgressListener progress)
            throws UsageException {
        try {
            return HeadlessRun.resume(l.train(), l.test(), l.session().run(), learningRate, epochs, progress, null);
        } catch (IllegalArgumentException e) {
            throw new UsageException(l.file() + ": " + e.getMessage());
        }
    }

    /** The baseline of a loaded session: on its features, fitted on the points it trains on. */
    static Baseline baseline(Loaded l) {
        List<Feature> f = l.session().logisticFeatures();
        return Baseline.fit(
                l.train(),
                f == null ? l.session().run().initial().architecture().features() : f);
    }

    /**
     * Writes the session of a run that ended as {@code r} to --save-session's file, if given (all or nothing).
     *
     * @param data where the run's points came from (all of them, before any were held out)
     * @param before the session the run went on from, whose pace and view options it keeps; null for a new run
     */
    static void save(
            Options.Parsed p,
            HeadlessRun.Result r,
            Session.Data data,
            double testFraction,
            long initSeed,
            double learningRate,
            List<Feature> logisticFeatures,
            Session before)
            throws IOException {
        if (!p.has("save-session")) {
            return;
        }
        Session s = new Session(
                data,
                testFraction,
                initSeed,
                learningRate,
                before == null ? Double.NaN : before.pace(),
                logisticFeatures,
                r.state(),
                before == null ? Map.of() : before.view());
        SessionJson.write(s, Path.of(p.string("save-session", null)));
    }
}
