package dev.boundarylab.io;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.MalformedJsonException;
import dev.boundarylab.files.AtomicFiles;
import dev.boundarylab.files.FileFormatException;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Network;
import dev.boundarylab.model.Parameters;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The network's parameters as JSON, in the report's {@code initial}/{@code final} form:
 * {@code {"W1": [[a, b], ...], "b1": [...], "W2": [...], "b2": n}}.
 */
public final class ParametersJson {
    /** The most characters of the file's own text quoted in a message. */
    private static final int MAX_QUOTE = 80;

    private ParametersJson() {}

    /** The parameters as a JSON object. */
    public static JsonObject toJson(Parameters p) {
        JsonObject o = new JsonObject();
        JsonArray w1 = new JsonArray();
        for (int j = 0; j < p.hidden(); j++) {
            JsonArray row = new JsonArray();
            row.add(p.w1(j, 0));
            row.add(p.w1(j, 1));
            w1.add(row);
        }
        o.add("W1", w1);
        o.add("b1", array(p.b1()));
        o.add("W2", array(p.w2()));
        o.addProperty("b2", p.b2());
        return o;
    }

    public static JsonArray array(double[] v) {
        JsonArray a = new JsonArray();
        for (double x : v) {
            a.add(x);
        }
        return a;
    }

    /** Writes the parameters to {@code file} (atomically). */
    public static void write(Parameters p, Path file) throws IOException {
        String text = Json.GSON.toJson(toJson(p)) + "\n";
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reads parameters from a file holding either the parameters object itself or a report, whose
     * {@code final} parameters are taken.
     *
     * @throws FileFormatException naming the file and what is wrong with it
     */
    public static Parameters read(Path file) throws FileFormatException {
        return parse(new StringReader(readText(file)), file.toString());
    }

    private static String readText(Path file) throws FileFormatException {
        return Json.readText(file, "a JSON object with W1, b1, W2 and b2");
    }

    private static JsonObject root(Reader text, String source) throws FileFormatException {
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(text);
            root = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new FileFormatException(source, "unexpected text after the JSON value");
            }
        } catch (JsonParseException | IOException | IllegalStateException e) {
            Throwable cause = e.getCause() instanceof MalformedJsonException || e.getCause() instanceof IOException
                    ? e.getCause()
                    : e;
            throw new FileFormatException(source, "not valid JSON (" + cleanMessage(cause) + ")");
        } catch (StackOverflowError e) {
            throw new FileFormatException(source, "not valid JSON (nested too deeply)");
        }
        if (root == null || !root.isJsonObject()) {
            throw new FileFormatException(source, "expected a JSON object with W1, b1, W2 and b2");
        }
        return root.getAsJsonObject();
    }

    /**
     * Reads the one-layer network's parameters from JSON text, in either form (see {@link #readLayers}); {@code
     * source} names it in messages.
     *
     * @throws FileFormatException naming the source and what is wrong
     */
    public static Parameters parse(Reader text, String source) throws FileFormatException {
        JsonObject o = root(text, source);
        if (!o.has("W1") && !o.has("layers") && o.has("final") && o.get("final").isJsonObject()) {
            o = o.getAsJsonObject("final");
        }
        if (o.has("layers")) {
            Layers l = layers(o, source);
            if (l.weights().length != 2 || l.inputs() != 2) {
                throw new FileFormatException(
                        source,
                        "the parameters have hidden layers " + l.hidden() + " on " + l.inputs()
                                + " inputs; this needs one hidden layer on x1, x2");
            }
            return new Parameters(l.weights()[0], l.biases()[0], l.weights()[1][0], l.biases()[1][0]);
        }
        double[][] w1 = matrix(o, "W1", source);
        double[] b1 = vector(o, "b1", source);
        double[] w2 = vector(o, "W2", source);
        double b2 = number(o.get("b2"), source, "b2");
        try {
            return new Parameters(w1, b1, w2, b2);
        } catch (IllegalArgumentException e) {
            throw new FileFormatException(source, String.valueOf(e.getMessage()));
        }
    }

    /** The parser's complaint without its help link and JSON path, which can be as long as the file is deep. */
    /**
     * The parameters of each layer as a file holds them, the output last: {@code weights[l]} W_l by rows and
     * {@code biases[l]} b_l. The shapes say the layers; the architecture's other settings come from elsewhere.
     */
    public record Layers(double[][][] weights, double[][] biases) {
        /** The hidden layer sizes the shapes give: the rows of every W but the output's. */
        public List<Integer> hidden() {
            List<Integer> h = new ArrayList<>();
            for (int l = 0; l + 1 < weights.length; l++) {
                h.add(weights[l].length);
            }
            return h;
        }

        /** The classes the output layer's rows give: 2 for one row (a sigmoid unit), K for K rows. */
        public int classes() {
            int rows = weights[weights.length - 1].length;
            return rows == 1 ? 2 : rows;
        }

        /** The number of inputs of the first layer, the features. */
        public int inputs() {
            return weights[0].length == 0 ? 0 : weights[0][0].length;
        }

        /**
         * These parameters as a network of {@code a}'s settings, its hidden layers and classes those of the shapes.
         *
         * @throws IllegalArgumentException if the shapes do not fit (another number of features, ragged rows)
         */
        public Network toNetwork(Architecture a) {
            Architecture shaped = (a.layers().equals(hidden())
                            ? a
                            : new Architecture(
                                    a.features(),
                                    hidden(),
                                    a.activation(),
                                    a.l2(),
                                    a.batch(),
                                    a.shuffleSeed(),
                                    a.initScale()))
                    .withClasses(classes());
            if (inputs() != shaped.features().size()) {
                throw new IllegalArgumentException("the first layer takes " + inputs() + " inputs but the features "
                        + shaped.text(Architecture.Setting.FEATURES) + " are "
                        + shaped.features().size());
            }
            return new Network(shaped, weights, biases);
        }
    }

    /** The network's parameters as JSON: {@code {"layers": [{"W": [[...], ...], "b": [...]}, ...]}}, output last. */
    public static JsonObject toJson(Network n) {
        JsonArray layers = new JsonArray();
        for (int l = 0; l < n.depth(); l++) {
            JsonObject layer = new JsonObject();
            JsonArray w = new JsonArray();
            for (double[] row : n.weights(l)) {
                w.add(array(row));
            }
            layer.add("W", w);
            layer.add("b", array(n.biases(l)));
            layers.add(layer);
        }
        JsonObject o = new JsonObject();
        o.add("layers", layers);
        return o;
    }

    /** Writes {@link #toJson(Network)} to {@code file}, all or nothing. */
    public static void write(Network n, Path file) throws IOException {
        String text = Json.GSON.toJson(toJson(n)) + "\n";
        AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reads parameters in either form: {@code {"layers": [...]}} or the one-layer {@code W1/b1/W2/b2}; a whole
     * report gives its {@code final} parameters.
     *
     * @throws FileFormatException naming the file and what is wrong
     */
    public static Layers readLayers(Path file) throws FileFormatException {
        String text = readText(file);
        JsonObject o = root(new StringReader(text), file.toString());
        if (!o.has("layers") && !o.has("W1") && o.has("final") && o.get("final").isJsonObject()) {
            o = o.getAsJsonObject("final");
        }
        if (!o.has("layers")) {
            Parameters p = parse(new StringReader(text), file.toString());
            return new Layers(new double[][][] {p.w1(), {p.w2()}}, new double[][] {p.b1(), {p.b2()}});
        }
        return layers(o, file.toString());
    }

    static Layers layers(JsonObject o, String source) throws FileFormatException {
        JsonElement e = o.get("layers");
        if (e == null || !e.isJsonArray() || e.getAsJsonArray().isEmpty()) {
            throw new FileFormatException(source, "layers is not a list of layers, each with W and b");
        }
        JsonArray all = e.getAsJsonArray();
        double[][][] w = new double[all.size()][][];
        double[][] b = new double[all.size()][];
        for (int l = 0; l < all.size(); l++) {
            if (!all.get(l).isJsonObject()) {
                throw new FileFormatException(source, "layer " + (l + 1) + " is not an object with W and b");
            }
            JsonObject layer = all.get(l).getAsJsonObject();
            w[l] = matrix(layer, "W", source);
            b[l] = vector(layer, "b", source);
            if (w[l].length != b[l].length || w[l].length == 0) {
                throw new FileFormatException(
                        source,
                        "layer " + (l + 1) + ": W has " + w[l].length + " rows and b " + b[l].length
                                + " values; both must be the layer's units, at least 1");
            }
            int inputs = l == 0 ? w[0][0].length : w[l - 1].length;
            for (double[] row : w[l]) {
                if (row.length != inputs) {
                    throw new FileFormatException(
                            source,
                            "layer " + (l + 1) + ": a row of W has " + row.length + " values; it needs " + inputs
                                    + ", one per input");
                }
            }
        }
        int outputs = w[w.length - 1].length;
        if (outputs != 1 && (outputs < 3 || outputs > Architecture.MAX_CLASSES)) {
            throw new FileFormatException(
                    source,
                    "the output layer (the last) has " + outputs + " units; a two-class network has 1, one of K"
                            + " classes (3 to " + Architecture.MAX_CLASSES + ") has K");
        }
        return new Layers(w, b);
    }

    private static String cleanMessage(Throwable e) {
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        int see = m.indexOf("\nSee ");
        m = (see >= 0 ? m.substring(0, see) : m).trim();
        m = m.replaceAll(" path \\$\\S*", "");
        return shorten(m);
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= MAX_QUOTE ? line : line.substring(0, MAX_QUOTE) + "…";
    }

    /** What a JSON value is, in a few words, never the whole value (which may be megabytes, or nested too deeply). */
    private static String describe(JsonElement e) {
        if (e.isJsonArray()) {
            int n = e.getAsJsonArray().size();
            return "a list of " + n + " value" + (n == 1 ? "" : "s");
        }
        if (e.isJsonObject()) {
            return "an object";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isString()) {
            return "the text \"" + shorten(p.getAsString()) + "\"";
        }
        return shorten(p.toString());
    }

    private static double[][] matrix(JsonObject o, String key, String source) throws FileFormatException {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonArray()) {
            throw new FileFormatException(source, key + " is missing or not a list of rows");
        }
        JsonArray rows = e.getAsJsonArray();
        double[][] m = new double[rows.size()][];
        for (int j = 0; j < rows.size(); j++) {
            JsonElement r = rows.get(j);
            if (!r.isJsonArray()) {
                throw new FileFormatException(source, key + " row " + j + " is not a list of numbers");
            }
            JsonArray a = r.getAsJsonArray();
            m[j] = new double[a.size()];
            for (int k = 0; k < a.size(); k++) {
                m[j][k] = number(a.get(k), source, key + "[" + j + "][" + k + "]");
            }
        }
        return m;
    }

    private static double[] vector(JsonObject o, String key, String source) throws FileFormatException {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonArray()) {
            throw new FileFormatException(source, key + " is missing or not a list of numbers");
        }
        JsonArray a = e.getAsJsonArray();
        // Accept W2 written as a 1 x hidden matrix too, as numpy would save it.
        if ("W2".equals(key) && a.size() == 1 && a.get(0).isJsonArray()) {
            a = a.get(0).getAsJsonArray();
        }
        double[] v = new double[a.size()];
        for (int k = 0; k < a.size(); k++) {
            v[k] = number(a.get(k), source, key + "[" + k + "]");
        }
        return v;
    }

    private static double number(JsonElement e, String source, String what) throws FileFormatException {
        if (e == null || e.isJsonNull()) {
            throw new FileFormatException(source, what + " is missing");
        }
        // A number may come as a 1-element list or 1 x 1 matrix, as numpy saves a column or a scalar array.
        for (int depth = 0; depth < 2 && e.isJsonArray() && e.getAsJsonArray().size() == 1; depth++) {
            e = e.getAsJsonArray().get(0);
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new FileFormatException(source, what + " is " + describe(e) + ", not a number");
        }
        double v = e.getAsDouble();
        if (!Double.isFinite(v)) {
            throw new FileFormatException(source, what + " is " + v + ", not a finite number");
        }
        return v;
    }
}
