package dev.boundarylab.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.files.AtomicFiles;
import dev.boundarylab.files.FileFormatException;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Architecture.Setting;
import dev.boundarylab.model.Feature;
import dev.boundarylab.model.Network;
import dev.boundarylab.train.CostSeries;
import dev.boundarylab.train.RunState;
import dev.boundarylab.train.Session;
import dev.boundarylab.train.Trainer;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Session} as a JSON file, version {@value #VERSION}: the data (the generator and its seed, or the points),
 * the architecture under the names of {@link Setting}, the learning rate, pace, test fraction and init seed, the
 * initial and current parameters in {@link ParametersJson}'s layers form, the epoch, the trainer's cost history with
 * its spikes and divergence, the baseline's features and the window's view options. Every double is written so that
 * it reads back exactly. A file that is not such a session, of another version or whose parts disagree gets one
 * line naming the file, what and why.
 */
public final class SessionJson {
    /** The version this code writes and reads. */
    public static final int VERSION = 1;
    /** What the {@code format} key of a session file says. */
    static final String FORMAT = "boundary-lab session";

    /** The largest history capacity read: far above the trainer's 4096. */
    static final int MAX_CAPACITY = 1 << 20;

    private static final String FASTEST = "fastest";
    private static final String SAME = "same";

    private SessionJson() {}

    /** Writes {@code s} to {@code file}, all or nothing. */
    public static void write(Session s, Path file) throws IOException {
        String text = Json.GSON.toJson(toJson(s)) + "\n";
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The session as JSON. */
    public static JsonObject toJson(Session s) {
        JsonObject o = new JsonObject();
        o.addProperty("format", FORMAT);
        o.addProperty("version", VERSION);
        o.add("data", data(s.data()));
        o.addProperty("testFraction", s.testFraction());
        o.addProperty("initSeed", s.initSeed());
        o.addProperty("learningRate", s.learningRate());
        if (s.pace() == Double.POSITIVE_INFINITY) {
            o.addProperty("pace", FASTEST);
        } else if (!Double.isNaN(s.pace())) {
            o.addProperty("pace", s.pace());
        }
        RunState r = s.run();
        Architecture a = r.initial().architecture();
        JsonObject arch = new JsonObject();
        for (Setting k : Setting.values()) {
            arch.addProperty(k.key(), a.text(k));
        }
        o.add("architecture", arch);
        o.addProperty("logisticFeatures", s.logisticFeatures() == null ? SAME : ids(s.logisticFeatures()));
        o.add("initial", ParametersJson.toJson(r.initial()));
        o.add("current", ParametersJson.toJson(r.current()));
        o.addProperty("epoch", r.epoch());
        JsonObject h = new JsonObject();
        h.addProperty("capacity", r.historyCapacity());
        h.addProperty("stride", r.historyStride());
        h.add("epochs", Json.GSON.toJsonTree(r.history().epochs()));
        h.add("costs", ParametersJson.array(r.history().costs()));
        o.add("history", h);
        JsonArray spikes = new JsonArray();
        for (Trainer.Spike k : r.spikes()) {
            JsonArray pair = new JsonArray();
            pair.add(k.start());
            pair.add(k.end());
            spikes.add(pair);
        }
        o.add("spikes", spikes);
        o.addProperty("spikeCount", r.spikeCount());
        o.addProperty("aboveSince", r.aboveSince());
        o.addProperty("divergedAt", r.divergedAt());
        o.addProperty("divergedNonFinite", r.divergedNonFinite());
        JsonObject view = new JsonObject();
        new java.util.TreeMap<>(s.view()).forEach(view::addProperty);
        o.add("view", view);
        return o;
    }

    private static JsonObject data(Session.Data d) {
        JsonObject o = new JsonObject();
        if (d.generated()) {
            o.addProperty("generator", d.generator());
            o.addProperty("samples", d.samples());
            if (!Double.isNaN(d.noise())) {
                o.addProperty("noise", d.noise());
            }
            o.addProperty("seed", d.seed());
            return o;
        }
        Dataset p = d.points();
        o.addProperty("name", p.name());
        o.add("labelNames", Json.GSON.toJsonTree(p.labelNames()));
        o.add("x1", ParametersJson.array(p.x1()));
        o.add("x2", ParametersJson.array(p.x2()));
        o.add("labels", Json.GSON.toJsonTree(p.labels()));
        return o;
    }

    /**
     * Reads a session file.
     *
     * @throws FileFormatException naming the file and what is wrong: not JSON, not a session, another version, a
     *     part missing or malformed, or parts that disagree (parameters of another shape than the architecture, an
     *     epoch before the history's end, ...)
     */
    public static Session read(Path file) throws FileFormatException {
        String text = Json.readText(file, "a Boundary Lab session (JSON)");
        return new Parse(file.toString()).session(new java.io.StringReader(text));
    }

    /** Reads a session from JSON text; {@code source} names it in messages. */
    public static Session parse(Reader text, String source) throws FileFormatException {
        return new Parse(source).session(text);
    }

    private static String ids(List<Feature> fs) {
        return String.join(",", fs.stream().map(Feature::id).toList());
    }

    /** One reading of one file: every message names its source. */
    private static final class Parse {
        private final String source;

        Parse(String source) {
            this.source = source;
        }

        private FileFormatException bad(String reason) {
            return new FileFormatException(source, reason);
        }

        Session session(Reader text) throws FileFormatException {
            JsonObject o = root(text);
            if (!o.has("version") || !FORMAT.equals(string(o, "format", true))) {
                throw bad("not a Boundary Lab session file (no \"format\": \"" + FORMAT + "\" and version)");
            }
            long version = whole(o.get("version"), "version");
            if (version != VERSION) {
                throw bad("a session file of version " + version + "; this Boundary Lab reads version " + VERSION);
            }
            try {
                Architecture a = architecture(object(o, "architecture"));
                Network initial = network(object(o, "initial"), a, "initial");
                Network current = network(object(o, "current"), a, "current");
                JsonObject h = object(o, "history");
                long[] epochs = wholes(array(h, "epochs"), "history.epochs");
                double[] costs = numbers(array(h, "costs"), "history.costs");
                if (epochs.length != costs.length) {
                    throw bad("the history has " + epochs.length + " epochs but " + costs.length + " costs");
                }
                List<Trainer.Spike> spikes = new ArrayList<>();
                for (JsonElement e : array(o, "spikes")) {
                    long[] pair = e.isJsonArray() ? wholes(e.getAsJsonArray(), "a spike") : new long[0];
                    if (pair.length != 2) {
                        throw bad("spikes must be pairs of epochs [start, end]");
                    }
                    spikes.add(new Trainer.Spike(pair[0], pair[1]));
                }
                RunState run = new RunState(
                        initial,
                        current,
                        whole(o.get("epoch"), "epoch"),
                        new CostSeries(epochs, costs),
                        capacity(whole(h.get("capacity"), "history.capacity")),
                        whole(h.get("stride"), "history.stride"),
                        spikes,
                        whole(o.get("spikeCount"), "spikeCount"),
                        whole(o.get("aboveSince"), "aboveSince"),
                        whole(o.get("divergedAt"), "divergedAt"),
                        bool(o, "divergedNonFinite"));
                // The history's own form (a stride, points on it) is checked as a trainer would take it.
                dev.boundarylab.train.CostHistory.restore(run.historyCapacity(), run.historyStride(), run.history());
                return new Session(
                        data(object(o, "data")),
                        number(o.get("testFraction"), "testFraction"),
                        whole(o.get("initSeed"), "initSeed"),
                        number(o.get("learningRate"), "learningRate"),
                        pace(o.get("pace")),
                        logisticFeatures(string(o, "logisticFeatures", false), a),
                        run,
                        view(o.get("view")));
            } catch (IllegalArgumentException e) {
                throw bad(String.valueOf(e.getMessage()));
            }
        }

        /** The history's capacity, within what a trainer keeps (a file must not make it allocate gigabytes). */
        private int capacity(long c) throws FileFormatException {
            if (c < 16 || c > MAX_CAPACITY) {
                throw bad("history.capacity must be from 16 to " + MAX_CAPACITY + ", got " + c);
            }
            return (int) c;
        }

        private JsonObject root(Reader text) throws FileFormatException {
            JsonElement root;
            try {
                JsonReader reader = new JsonReader(text);
                root = JsonParser.parseReader(reader);
                if (reader.peek() != JsonToken.END_DOCUMENT) {
                    throw bad("unexpected text after the JSON value");
                }
            } catch (JsonParseException | IOException | IllegalStateException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                String m = String.valueOf(cause.getMessage());
                int see = m.indexOf("\nSee ");
                m = (see >= 0 ? m.substring(0, see) : m)
                        .replaceAll(" path \\$\\S*", "")
                        .replaceAll("\\s+", " ")
                        .trim();
                throw bad("not valid JSON (" + (m.length() > 80 ? m.substring(0, 80) + "…" : m) + ")");
            } catch (StackOverflowError e) {
                throw bad("not valid JSON (nested too deeply)");
            }
            if (root == null || !root.isJsonObject()) {
                throw bad("not a Boundary Lab session file (expected a JSON object)");
            }
            return root.getAsJsonObject();
        }

        private Architecture architecture(JsonObject o) throws FileFormatException {
            Architecture a = Architecture.defaults();
            // Layers first: their change resets the initial scale, which its own key then sets.
            for (Setting k : new Setting[] {
                Setting.LAYERS,
                Setting.FEATURES,
                Setting.ACTIVATION,
                Setting.L2,
                Setting.BATCH,
                Setting.SHUFFLE_SEED,
                Setting.INIT_SCALE
            }) {
                String text = string(o, k.key(), false);
                try {
                    a = a.with(k, text);
                } catch (IllegalArgumentException e) {
                    throw bad("architecture." + k.key() + ": " + e.getMessage());
                }
            }
            return a;
        }

        private Network network(JsonObject o, Architecture a, String what) throws FileFormatException {
            ParametersJson.Layers l;
            try {
                l = ParametersJson.layers(o, source);
            } catch (FileFormatException e) {
                throw bad(what + " parameters: " + e.reason());
            }
            if (!l.hidden().equals(a.layers())) {
                throw bad("the " + what + " parameters have hidden layers " + l.hidden() + " but the architecture says "
                        + a.text(Setting.LAYERS));
            }
            try {
                return l.toNetwork(a);
            } catch (IllegalArgumentException e) {
                throw bad("the " + what + " parameters do not fit the architecture: " + e.getMessage());
            }
        }

        private Session.Data data(JsonObject o) throws FileFormatException {
            if (o.has("generator")) {
                JsonElement noise = o.get("noise");
                return Session.Data.generated(
                        string(o, "generator", false),
                        (int) whole(o.get("samples"), "data.samples"),
                        noise == null ? Double.NaN : number(noise, "data.noise"),
                        whole(o.get("seed"), "data.seed"));
            }
            double[] x1 = numbers(array(o, "x1"), "data.x1");
            double[] x2 = numbers(array(o, "x2"), "data.x2");
            long[] y = wholes(array(o, "labels"), "data.labels");
            int[] labels = new int[y.length];
            for (int i = 0; i < y.length; i++) {
                labels[i] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, y[i]));
            }
            List<String> names = new ArrayList<>();
            for (JsonElement e : array(o, "labelNames")) {
                if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                    throw bad("data.labelNames must be a list of names");
                }
                names.add(e.getAsString());
            }
            String name = o.has("name") ? string(o, "name", false) : "session";
            try {
                return Session.Data.of(new Dataset(name, x1, x2, labels, names));
            } catch (IllegalArgumentException e) {
                throw bad("data: " + e.getMessage());
            }
        }

        private double pace(JsonElement e) throws FileFormatException {
            if (e == null || e.isJsonNull()) {
                return Double.NaN;
            }
            if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && FASTEST.equals(e.getAsString())) {
                return Double.POSITIVE_INFINITY;
            }
            return number(e, "pace");
        }

        private List<Feature> logisticFeatures(String text, Architecture a) throws FileFormatException {
            if (text.trim().equals(SAME)) {
                return null;
            }
            try {
                return a.with(Setting.FEATURES, text).features();
            } catch (IllegalArgumentException e) {
                throw bad("logisticFeatures: " + e.getMessage());
            }
        }

        private Map<String, Boolean> view(JsonElement e) throws FileFormatException {
            Map<String, Boolean> view = new LinkedHashMap<>();
            if (e == null || e.isJsonNull()) {
                return view;
            }
            if (!e.isJsonObject()) {
                throw bad("view must be an object of true/false options");
            }
            for (Map.Entry<String, JsonElement> k : e.getAsJsonObject().entrySet()) {
                JsonElement v = k.getValue();
                if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isBoolean()) {
                    throw bad("view." + k.getKey() + " must be true or false");
                }
                view.put(k.getKey(), v.getAsBoolean());
            }
            return view;
        }

        private JsonObject object(JsonObject o, String key) throws FileFormatException {
            JsonElement e = o.get(key);
            if (e == null || !e.isJsonObject()) {
                throw bad(key + " is missing or not an object");
            }
            return e.getAsJsonObject();
        }

        private JsonArray array(JsonObject o, String key) throws FileFormatException {
            JsonElement e = o.get(key);
            if (e == null || !e.isJsonArray()) {
                throw bad(key + " is missing or not a list");
            }
            return e.getAsJsonArray();
        }

        private String string(JsonObject o, String key, boolean optional) throws FileFormatException {
            JsonElement e = o.get(key);
            if (e == null && optional) {
                return null;
            }
            if (e == null || !e.isJsonPrimitive()) {
                throw bad(key + " is missing or not a value");
            }
            return e.getAsString();
        }

        private boolean bool(JsonObject o, String key) throws FileFormatException {
            JsonElement e = o.get(key);
            if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
                throw bad(key + " is missing or not true or false");
            }
            return e.getAsBoolean();
        }

        private double number(JsonElement e, String what) throws FileFormatException {
            if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
                throw bad(what + " is missing or not a number");
            }
            double v = e.getAsDouble();
            if (!Double.isFinite(v)) {
                throw bad(what + " is " + v + ", not a finite number");
            }
            return v;
        }

        private long whole(JsonElement e, String what) throws FileFormatException {
            if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
                throw bad(what + " is missing or not a number");
            }
            try {
                return new BigDecimal(e.getAsString()).longValueExact();
            } catch (ArithmeticException | NumberFormatException x) {
                throw bad(what + " is " + e.getAsString() + ", not a whole number");
            }
        }

        private double[] numbers(JsonArray a, String what) throws FileFormatException {
            double[] v = new double[a.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = number(a.get(i), what + "[" + i + "]");
            }
            return v;
        }

        private long[] wholes(JsonArray a, String what) throws FileFormatException {
            long[] v = new long[a.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = whole(a.get(i), what + "[" + i + "]");
            }
            return v;
        }
    }
}
