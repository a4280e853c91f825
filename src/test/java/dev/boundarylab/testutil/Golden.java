package dev.boundarylab.testutil;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.boundarylab.data.Dataset;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the reference files in {@code src/test/resources/golden/} (copied from shared/golden, see SOURCE.md). */
public final class Golden {
    private Golden() {}

    /** The seed's data set, parsed here independently of the project's own CSV reader. */
    public static Dataset seedData() {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = reader("gaussian_quantiles_200_seed3.csv")) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] a = new double[rows.size()];
        double[] b = new double[rows.size()];
        int[] y = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            a[i] = rows.get(i)[0];
            b[i] = rows.get(i)[1];
            y[i] = (int) rows.get(i)[2];
        }
        return new Dataset("gaussian-quantiles", a, b, y);
    }

    /** A golden JSON file, parsed. */
    public static JsonElement json(String name) {
        try (BufferedReader r = reader(name)) {
            return JsonParser.parseReader(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedReader reader(String name) {
        InputStream in = Golden.class.getResourceAsStream("/golden/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource /golden/" + name);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
