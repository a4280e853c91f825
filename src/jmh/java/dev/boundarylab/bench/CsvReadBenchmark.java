package dev.boundarylab.bench;

import dev.boundarylab.data.CsvData;
import dev.boundarylab.data.Dataset;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a CSV file of a million points from the disk (the page cache, after the first read), in milliseconds: the
 * issue asks for about 2 s at most. {@code plain} is what {@link CsvData#write} writes (x1,x2,label, 0/1, about 40
 * bytes a line); {@code spreadsheet} is a semicolon table as a spreadsheet exports it, with CRLF line ends, a
 * byte-order mark, every value quoted, an id column that is ignored, a guessed header and word labels.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class CsvReadBenchmark {
    private static final int POINTS = 1_000_000;

    @Param({"plain", "spreadsheet"})
    public String form;

    private Path file;

    @Setup(Level.Trial)
    public void write() throws IOException {
        file = Files.createTempFile("csv-read-benchmark", ".csv");
        long state = 17;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            boolean plain = form.equals("plain");
            w.write(plain ? "x1,x2,label\n" : "\uFEFF\"id\";\"X\";\"Y\";\"Class\"\r\n");
            for (int i = 0; i < POINTS; i++) {
                state = state * 6364136223846793005L + 1442695040888963407L;
                double a = (state >> 11) * 0x1.0p-53 * 4 - 2;
                state = state * 6364136223846793005L + 1442695040888963407L;
                double b = (state >> 11) * 0x1.0p-53 * 4 - 2;
                int y = (int) (state >>> 63);
                if (plain) {
                    w.write(a + "," + b + "," + y + "\n");
                } else {
                    w.write("\"" + i + "\";\"" + a + "\";\"" + b + "\";\"" + (y == 0 ? "no" : "yes") + "\"\r\n");
                }
            }
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Dataset read() throws Exception {
        return CsvData.read(file);
    }
}
