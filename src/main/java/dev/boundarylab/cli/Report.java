package dev.boundarylab.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.boundarylab.files.AtomicFiles;
import dev.boundarylab.io.Json;
import dev.boundarylab.io.ParametersJson;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Architecture.Setting;
import dev.boundarylab.model.Classifier;
import dev.boundarylab.model.Confusion;
import dev.boundarylab.model.Feature;
import dev.boundarylab.train.Baseline;
import dev.boundarylab.train.CostSeries;
import dev.boundarylab.train.HeadlessRun;
import dev.boundarylab.train.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The JSON report of a headless training run: settings, parameters, cost curve and both models' accuracy and
 * confusion matrices.
 */
public final class Report {
    private Report() {}

    /** The report as a JSON object. */
    public static JsonObject toJson(Settings s, HeadlessRun.Result r, Baseline b) {
        JsonObject root = new JsonObject();
        JsonObject config = new JsonObject();
        logisticFeatures(config, b);
        config.addProperty("dataset", s.dataFile() != null ? s.dataFile().toString() : s.dataset());
        config.addProperty("samples", r.data().size());
        config.addProperty("seed", s.seed());
        Architecture a = r.initialNetwork().architecture();
        config.addProperty("hidden", a.layers().isEmpty() ? 0 : a.layers().get(0));
        architecture(config, a);
        config.addProperty("learningRate", s.learningRate());
        config.addProperty("epochs", s.epochs());
        config.addProperty("initSeed", s.initSeed());
        if (!Double.isNaN(s.noise())) {
            config.addProperty("noise", s.noise());
        }
        root.add("config", config);
        root.add("initial", ParametersJson.toJson(r.initialNetwork()));
        root.add("final", ParametersJson.toJson(r.network()));
        JsonArray cost = new JsonArray();
        CostSeries c = r.costs();
        for (int i = 0; i < c.size(); i++) {
            JsonObject point = new JsonObject();
            point.addProperty("epoch", c.epoch(i));
            point.addProperty("cost", c.cost(i));
            cost.add(point);
        }
        root.add("cost", cost);
        JsonObject network = new JsonObject();
        network.addProperty("trainAccuracy", r.accuracy());
        network.addProperty("finalCost", r.cost());
        network.addProperty("epochsTrained", r.epochs());
        network.addProperty("seconds", r.seconds());
        if (r.diverged()) {
            network.addProperty("divergedAt", r.divergedAt());
            network.addProperty("divergence", r.divergence());
        }
        network.add("spikes", spikes(r));
        network.add("confusion", confusion(r.network(), r));
        root.add("network", network);
        JsonObject logistic = logistic(b);
        if (b.classifier() != null) {
            logistic.add("confusion", confusion(b.classifier(), r));
        }
        root.add("logistic", logistic);
        return root;
    }

    /**
     * The model's confusion matrices, K x K, row the true class and column the predicted one (scikit-learn's
     * {@code confusion_matrix}): {@code train} on the points trained on and, with held-out points, {@code test}.
     */
    private static JsonObject confusion(Classifier model, HeadlessRun.Result r) {
        JsonObject o = new JsonObject();
        o.add("train", Json.GSON.toJsonTree(Confusion.of(model, r.data()).counts()));
        if (r.tested()) {
            o.add("test", Json.GSON.toJsonTree(Confusion.of(model, r.test()).counts()));
        }
        return o;
    }

    /** The architecture's settings under the keys of {@link Setting}: layers and features as lists, batch 0 for full. */
    static void architecture(JsonObject config, Architecture a) {
        config.add(Setting.LAYERS.key(), Json.GSON.toJsonTree(a.layers()));
        config.addProperty(Setting.ACTIVATION.key(), a.activation().id());
        JsonArray features = new JsonArray();
        for (Feature f : a.features()) {
            features.add(f.id());
        }
        config.add(Setting.FEATURES.key(), features);
        config.addProperty(Setting.L2.key(), a.l2());
        // 0 is full batch, as numpy_network.py reads it too (JSON's null would be dropped by the writer).
        config.addProperty(Setting.BATCH.key(), a.batch());
        config.addProperty(Setting.SHUFFLE_SEED.key(), a.shuffleSeed());
        config.addProperty(Setting.INIT_SCALE.key(), a.initScale().id());
        config.addProperty(Setting.CLASSES.key(), a.classes());
    }

    private static void logisticFeatures(JsonObject config, Baseline b) {
        JsonArray features = new JsonArray();
        for (Feature f : b.features()) {
            features.add(f.id());
        }
        config.add("logisticFeatures", features);
    }

    /** The cost's jumps that came back: their count and the first few, each its start and end epoch. */
    private static JsonObject spikes(HeadlessRun.Result r) {
        JsonObject o = new JsonObject();
        o.addProperty("count", r.spikeCount());
        JsonArray first = new JsonArray();
        r.spikes().stream().limit(100).forEach(sp -> {
            JsonObject e = new JsonObject();
            e.addProperty("start", sp.start());
            e.addProperty("end", sp.end());
            first.add(e);
        });
        o.add("first", first);
        return o;
    }

    /** The JSON report of a sweep: settings, then per size its accuracy, final cost and parameters. */
    public static JsonObject sweepToJson(
            Settings s,
            java.util.List<Integer> sizes,
            java.util.List<HeadlessRun.Result> results,
            Baseline b,
            double seconds) {
        JsonObject root = new JsonObject();
        JsonObject config = new JsonObject();
        logisticFeatures(config, b);
        config.addProperty("dataset", s.dataFile() != null ? s.dataFile().toString() : s.dataset());
        config.addProperty(
                "samples",
                results.isEmpty() ? s.samples() : results.get(0).data().size());
        config.addProperty("seed", s.seed());
        config.add("hidden", Json.GSON.toJsonTree(sizes));
        if (!results.isEmpty()) {
            architecture(config, results.get(0).initialNetwork().architecture());
            config.remove(Setting.LAYERS.key());
            config.addProperty("layerCount", results.get(0).initialNetwork().depth() - 1);
        }
        config.addProperty("learningRate", s.learningRate());
        config.addProperty("epochs", s.epochs());
        config.addProperty("initSeed", s.initSeed());
        if (!results.isEmpty() && results.get(0).tested()) {
            config.addProperty("testPoints", results.get(0).test().size());
        }
        root.add("config", config);
        JsonArray runs = new JsonArray();
        for (HeadlessRun.Result r : results) {
            JsonObject o = new JsonObject();
            o.addProperty("hidden", r.initialNetwork().architecture().layers().get(0));
            o.add(
                    Setting.LAYERS.key(),
                    Json.GSON.toJsonTree(r.initialNetwork().architecture().layers()));
            o.addProperty("trainAccuracy", r.accuracy());
            if (r.tested()) {
                o.addProperty("testAccuracy", r.testAccuracy());
            }
            o.addProperty("cost", r.cost());
            o.addProperty("epochsTrained", r.epochs());
            if (r.diverged()) {
                o.addProperty("divergedAt", r.divergedAt());
                o.addProperty("divergence", r.divergence());
            }
            o.add("initial", ParametersJson.toJson(r.initialNetwork()));
            o.add("final", ParametersJson.toJson(r.network()));
            runs.add(o);
        }
        root.add("sizes", runs);
        JsonObject logistic = logistic(b);
        if (!results.isEmpty() && results.get(0).tested() && b.classifier() != null) {
            logistic.addProperty(
                    "testAccuracy", b.classifier().accuracy(results.get(0).test()));
        }
        root.add("logistic", logistic);
        root.addProperty("seconds", seconds);
        return root;
    }

    /** Writes a sweep's report to {@code file}, atomically. */
    public static void writeSweep(
            Path file,
            Settings s,
            java.util.List<Integer> sizes,
            java.util.List<HeadlessRun.Result> results,
            Baseline b,
            double seconds)
            throws IOException {
        String text = Json.GSON.toJson(sweepToJson(s, sizes, results, b, seconds)) + "\n";
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonObject logistic(Baseline b) {
        JsonObject logistic = new JsonObject();
        if (b instanceof Baseline.FittedOnFeatures f) {
            logistic.addProperty("C", f.C());
            JsonArray features = new JsonArray();
            for (Feature x : f.features()) {
                features.add(x.id());
            }
            logistic.add("features", features);
            if (f.network().classes() > 2) {
                // K rows of coefficients and K intercepts (summing to 0), as scikit-learn's coef_ and intercept_.
                JsonArray coef = new JsonArray();
                for (double[] row : f.network().weights(0)) {
                    coef.add(ParametersJson.array(row));
                }
                logistic.add("coef", coef);
                logistic.add("intercept", ParametersJson.array(f.network().biases(0)));
            } else {
                logistic.add("coef", ParametersJson.array(f.network().weights(0)[0]));
                logistic.addProperty("intercept", f.network().biases(0)[0]);
            }
            logistic.addProperty("trainAccuracy", f.accuracy());
            logistic.addProperty("cost", f.cost());
        } else if (b.model() != null) {
            logistic.addProperty("C", b.model().C());
            logistic.add(
                    "coef",
                    ParametersJson.array(new double[] {b.model().w1(), b.model().w2()}));
            logistic.addProperty("intercept", b.model().intercept());
            logistic.addProperty("trainAccuracy", b.accuracy());
            logistic.addProperty("cost", b.cost());
        } else {
            logistic.addProperty("error", b.problem());
        }
        return logistic;
    }

    /** Writes the report to {@code file}, atomically. */
    public static void write(Path file, Settings s, HeadlessRun.Result r, Baseline b) throws IOException {
        write(file, s, r, b, new int[0]);
    }

    /**
     * Writes the report to {@code file}, atomically; a run that held points out adds {@code testIndices} (their
     * positions in the data), the network's and the logistic's test accuracy, the network's test cost, and each
     * cost entry's {@code testCost}.
     */
    public static void write(Path file, Settings s, HeadlessRun.Result r, Baseline b, int[] testIndices)
            throws IOException {
        JsonObject root = toJson(s, r, b);
        if (r.tested()) {
            root.add("testIndices", Json.GSON.toJsonTree(testIndices));
            root.getAsJsonObject("config")
                    .addProperty(
                            "testFraction",
                            r.test().size()
                                    / (double) (r.test().size() + r.data().size()));
            JsonObject network = root.getAsJsonObject("network");
            network.addProperty("testAccuracy", r.testAccuracy());
            network.addProperty("testCost", r.testCost());
            JsonArray cost = root.getAsJsonArray("cost");
            for (int i = 0; i < cost.size(); i++) {
                cost.get(i).getAsJsonObject().addProperty("testCost", r.testCost(i));
            }
            if (b.classifier() != null) {
                root.getAsJsonObject("logistic")
                        .addProperty("testAccuracy", b.classifier().accuracy(r.test()));
            }
        }
        String text = Json.GSON.toJson(root) + "\n";
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
