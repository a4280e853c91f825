package dev.boundarylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boundarylab.data.CsvData;
import dev.boundarylab.data.Dataset;
import dev.boundarylab.data.DatasetKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on runs that blow up and on odd data: a distinct status, one clear line, never a stack trace. */
class CliRobustnessTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        outBytes.reset();
        errBytes.reset();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        return new Cli(out, err).run(args);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDivergingRunExitsWithStatus3AndTheWindowsMessage() {
        // At the seed's rate the cost jumps but comes back: no divergence, and the summary says so in a note.
        assertEquals(0, run("train", "--epochs", "20000", "--init-seed", "8"));
        assertTrue(out().contains("note:     the cost jumped at epoch "), out());
        // The status as the README documents it, a literal: a renumbered constant must fail here.
        assertEquals(3, run("train", "--learning-rate", "1000", "--epochs", "5000"));
        Matcher m = Pattern.compile("boundary-lab: diverged at epoch (\\d+): the cost stayed above its starting value"
                        + " for 1000 epochs; try a smaller learning rate\\R")
                .matcher(err());
        assertTrue(m.matches(), err());
        assertTrue(Long.parseLong(m.group(1)) < 100, err());
        long stoppedAt = Long.parseLong(m.group(1)) + 999;
        assertTrue(out().contains(", " + stoppedAt + " epochs in "), "stops after the stretch: " + out());
        assertTrue(out().contains("final cost"), "the summary is still printed: " + out());
        assertTrue(!out().contains("NaN") && !out().contains("Infinity"), out());
    }

    @Test
    void helpDocumentsEveryExitStatus() {
        assertEquals(Cli.OK, run("--help"));
        String usage = out().replace('\n', ' ');
        assertTrue(usage.contains("Exit status: 0 done, 2 bad input"), usage);
        assertTrue(usage.contains("3 the network's cost diverged"), usage);
        assertEquals(Cli.OK, run("train", "--help"));
        assertTrue(out().replace('\n', ' ').contains("3 the network's cost diverged"), out());
    }

    @Test
    void helpAndChecksQuoteTheOneRuleOfEachSetting() {
        assertEquals(Cli.OK, run("train", "--help"));
        String help = out();
        assertTrue(help.contains("gradient-descent learning rate, 0.0001 to 1000"), help);
        assertTrue(help.contains("hidden units, 1 to 100"), help);
        assertEquals(2, run("train", "--learning-rate", "5000"));
        assertEquals(
                "boundary-lab: --learning-rate must be from 0.0001 to 1000, got 5000\n", err().replace("\r\n", "\n"));
        assertEquals(2, run("train", "--hidden", "101"));
        assertTrue(err().endsWith("--hidden must be a whole number from 1 to 100, got 101\n"), err());
        assertEquals(2, run("sweep", "--learning-rate", "0"));
        assertTrue(err().endsWith("--learning-rate must be from 0.0001 to 1000, got 0\n"), err());
    }

    @Test
    void degenerateDataTrainsOrSaysWhyAndNeverThrows(@TempDir Path dir) throws Exception {
        double[] same = new double[30];
        Arrays.fill(same, 0.5);
        int[] mixed = new int[30];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = i % 2;
        }
        Object[][] cases = {
            {
                "one-class",
                new Dataset("c", new double[] {0, 1, 2}, new double[] {1, 0, 2}, new int[] {1, 1, 1}),
                "logistic: logistic regression: needs points of both classes; this data has only class 1"
            },
            {
                "two-points",
                new Dataset("c", new double[] {0, 1}, new double[] {1, 0}, new int[] {0, 1}),
                "logistic: C = 1.000, training accuracy 100.0%"
            },
            {"identical", new Dataset("c", same, same.clone(), mixed), "logistic: C = "},
            {"many", DatasetKind.MOONS.generate(100_000, 4), "logistic: C = "},
        };
        for (Object[] c : cases) {
            Path f = dir.resolve(c[0] + ".csv");
            CsvData.write((Dataset) c[1], f);
            int status = run("train", "--data", f.toString(), "--epochs", "50");
            assertEquals(Cli.OK, status, c[0] + ": " + err());
            assertEquals("", err(), (String) c[0]);
            assertTrue(out().contains((String) c[2]), c[0] + ":\n" + out());
            assertTrue(out().contains("50 epochs"), out());
            assertTrue(!out().contains("NaN"), out());
        }
    }

    @Test
    void emptyAndHeaderOnlyFilesAreBadInputWithFileAndLine(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertEquals(Cli.BAD_INPUT, run("train", "--data", empty.toString(), "--epochs", "5"));
        assertTrue(err().startsWith("boundary-lab: " + empty + ", line 1: "), err());
        assertEquals(1, err().lines().count(), err());
        Path header = Files.writeString(dir.resolve("header.csv"), "x1,x2,label\n");
        assertEquals(Cli.BAD_INPUT, run("train", "--data", header.toString(), "--epochs", "5"));
        assertTrue(err().startsWith("boundary-lab: " + header + ", line "), err());
        assertEquals(1, err().lines().count(), err());
    }

    @Test
    void columnsAreGuessedOrNamedWithColumnsAndAFailedGuessSaysSoInOneLine(@TempDir Path dir) throws Exception {
        Path guessed = Files.writeString(dir.resolve("guessed.csv"), "id;X;Y;Class\n1;0;0;no\n2;1;1;yes\n3;0;1;no\n");
        assertEquals(Cli.OK, run("train", "--data", guessed.toString(), "--epochs", "5"), err());
        assertTrue(out().contains("guessed.csv, 3 points"), out());
        Path odd = Files.writeString(dir.resolve("odd.csv"), "a,b,c\n0,0,p\n1,1,q\n");
        assertEquals(Cli.BAD_INPUT, run("train", "--data", odd.toString(), "--epochs", "5"));
        assertEquals(
                "boundary-lab: " + odd + ", line 1: cannot tell which columns are x1, x2 and the label from the "
                        + "header's names, 'a', 'b', 'c'; pass --columns NAME,NAME,NAME to say which are x1, x2 and "
                        + "the label\n",
                err());
        assertEquals(Cli.OK, run("train", "--data", odd.toString(), "--columns", "b,a,c", "--epochs", "5"), err());
        assertEquals(
                Cli.OK,
                run(
                        "sweep",
                        "--data",
                        odd.toString(),
                        "--columns",
                        "a,b,c",
                        "--hidden",
                        "1,2",
                        "--epochs",
                        "5",
                        "--png-columns",
                        "2"),
                err());
        assertEquals(Cli.BAD_INPUT, run("train", "--data", odd.toString(), "--columns", "a,b", "--epochs", "5"));
        assertTrue(err().startsWith("boundary-lab: --columns needs three different column names"), err());
        assertEquals(Cli.BAD_INPUT, run("train", "--data", odd.toString(), "--columns", "a,b,z", "--epochs", "5"));
        assertEquals(
                "boundary-lab: " + odd + ", line 1: no column is named 'z'; the columns are 'a', 'b', 'c'\n", err());
        assertEquals(Cli.BAD_INPUT, run("train", "--columns", "a,b,c", "--epochs", "5"));
        assertTrue(err().contains("give --data FILE.csv too"), err());
    }

    @Test
    void aSweepWithHeldOutPointsReportsTheirAccuracy(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("sweep.json");
        assertEquals(
                0,
                run(
                        "sweep",
                        "--hidden",
                        "1,4",
                        "--epochs",
                        "2000",
                        "--test-fraction",
                        "0.3",
                        "--report",
                        report.toString()));
        com.google.gson.JsonObject json =
                com.google.gson.JsonParser.parseString(Files.readString(report)).getAsJsonObject();
        assertEquals(60, json.getAsJsonObject("config").get("testPoints").getAsInt());
        assertEquals(140, json.getAsJsonObject("config").get("samples").getAsInt());
        com.google.gson.JsonArray sizes = json.getAsJsonArray("sizes");
        double oneUnit = sizes.get(0).getAsJsonObject().get("testAccuracy").getAsDouble();
        double fourUnits = sizes.get(1).getAsJsonObject().get("testAccuracy").getAsDouble();
        assertTrue(fourUnits > oneUnit + 0.1, "test accuracy with 1 and 4 units: " + oneUnit + ", " + fourUnits);
        // 60 test points: every accuracy is a whole number of them.
        assertEquals(0, Math.abs(fourUnits * 60 - Math.round(fourUnits * 60)), 1e-9);
        assertTrue(json.getAsJsonObject("logistic").has("testAccuracy"));

        assertEquals(0, run("sweep", "--hidden", "3", "--epochs", "100", "--test-fraction", "0.25"));
        assertTrue(out().matches("(?s)\\s*3 hidden: accuracy +[0-9.]+%, test +[0-9.]+%, cost .*"), out());
        assertEquals(2, run("sweep", "--test-fraction", "1"));
        assertEquals("boundary-lab: --test-fraction must be from 0 to 0.9, got 1\n", err().replace("\r\n", "\n"));
    }
}
