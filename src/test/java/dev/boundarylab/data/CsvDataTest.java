package dev.boundarylab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.boundarylab.files.FileFormatException;
import dev.boundarylab.testutil.Golden;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading and writing labelled points as CSV: exact round trips, forgiving forms, one clear message per fault. */
class CsvDataTest {
    @TempDir
    Path dir;

    @Test
    void writtenFileReadsBackToTheSameBits() throws Exception {
        double[] a = {0.1, -0.0, 0.0, Double.MIN_VALUE, -Double.MAX_VALUE, 1e-300, 123456789.123456789, 1.0 / 3};
        double[] b = {-2.5, 1e22, Math.PI, -Double.MIN_NORMAL, 7, Math.nextUp(1.0), -1e-7, 2.0 / 3};
        int[] y = {0, 1, 1, 0, 1, 0, 0, 1};
        Dataset extremes = new Dataset("extremes", a, b, y);
        Path file = dir.resolve("extremes.csv");
        CsvData.write(extremes, file);
        Dataset back = CsvData.read(file);
        assertEquals(extremes, back);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.x1(1)));
        assertEquals("extremes.csv", back.name());

        Dataset spiral = DatasetKind.SPIRAL.generate(5000, 0.1, 2);
        CsvData.write(spiral, file);
        assertEquals(spiral, CsvData.read(file));
    }

    @Test
    void writesTheHeaderThenOneLinePerPointWithUnixLineEnds() throws Exception {
        Dataset d = new Dataset("d", new double[] {0.5, -1e-5}, new double[] {2, 3.25}, new int[] {1, 0});
        StringWriter out = new StringWriter();
        CsvData.write(d, out);
        assertEquals("x1,x2,label\n0.5,2.0,1\n-1.0E-5,3.25,0\n", out.toString());
        Path file = dir.resolve("d.csv");
        CsvData.write(d, file);
        assertEquals(out.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void readsTheGoldenCsvFromScikitLearn() throws Exception {
        Path golden = resource("/golden/gaussian_quantiles_200_seed3.csv");
        Dataset d = CsvData.read(golden);
        assertEquals(200, d.size());
        assertEquals(100, d.countOnes());
        assertEquals("gaussian_quantiles_200_seed3.csv", d.name());
        // The file's first lines: 0.93366672774280268,-0.025353616006556112,0 and
        // -1.0761366633816258,-0.956906333570822,1 (17 significant digits, each the nearest double).
        assertEquals(0.93366672774280268, d.x1(0));
        assertEquals(-0.025353616006556112, d.x2(0));
        assertEquals(0, d.label(0));
        assertEquals(-1.0761366633816258, d.x1(1));
        assertEquals(-0.956906333570822, d.x2(1));
        assertEquals(1, d.label(1));
        assertEquals(Golden.seedData(), d);
    }

    @Test
    void acceptsByteOrderMarkCrlfSpacesBlankLinesAndLabelsWrittenAsDecimals() throws Exception {
        String text = "\uFEFF X1 ,\tx2, Label \r\n"
                + "  1.5 , -2 ,1\r\n"
                + "\r\n"
                + ".5,3.,0.0\r\n"
                + "-1e-3,+2E+2,1.0\r\n"
                + "0,0, 1e0 \r\n"
                + " \t \r\n";
        Dataset d = CsvData.read(new StringReader(text), "windows.csv");
        assertArrayEquals(new double[] {1.5, 0.5, -0.001, 0}, d.x1());
        assertArrayEquals(new double[] {-2, 3, 200, 0}, d.x2());
        assertArrayEquals(new int[] {1, 0, 1, 1}, d.labels());
        assertEquals("windows.csv", d.name());
    }

    @Test
    void acceptsOldMacLineEndsAndNoFinalLineEnd() throws Exception {
        Dataset d = CsvData.read(new StringReader("x1,x2,label\r1,2,0\r3,4,1"), "mac.csv");
        assertArrayEquals(new double[] {1, 3}, d.x1());
        assertArrayEquals(new int[] {0, 1}, d.labels());
    }

    @Test
    void aFileOfOneClassIsAllowed() throws Exception {
        Dataset d = CsvData.read(new StringReader("x1,x2,label\n1,2,1\n3,4,1\n"), "ones.csv");
        assertEquals(2, d.countOnes());
    }

    static Stream<Arguments> badFiles() {
        String h = "x1,x2,label\n";
        StringBuilder sixteen = new StringBuilder(h);
        for (int i = 2; i <= 16; i++) {
            sixteen.append(i).append(".5,-").append(i).append(",").append(i % 2).append('\n');
        }
        return Stream.of(
                bad("empty file", "", 1, "the file is empty; it needs the header x1,x2,label and a line per point"),
                bad(
                        "blank lines only",
                        "\n  \r\n\t\n",
                        1,
                        "the file is empty; it needs the header x1,x2,label and a line per point"),
                bad(
                        "byte-order mark only",
                        "\uFEFF",
                        1,
                        "the file is empty; it needs the header x1,x2,label and a line per point"),
                bad("header only", "x1,x2,label", 2, "no points after the header x1,x2,label"),
                bad("header and blank lines", "x1,x2,label\r\n\r\n  \r\n", 2, "no points after the header x1,x2,label"),
                bad(
                        "missing header",
                        "0.5,1.5,1\n2,3,0\n",
                        1,
                        "no header: the first line must be x1,x2,label, but it is a point, '0.5,1.5,1'"),
                bad("wrong header", "x,y,class\n1,2,0\n", 1, "the header is 'x,y,class'; it must be x1,x2,label"),
                bad(
                        "semicolon header",
                        "x1;x2;label\n1;2;0\n",
                        1,
                        "the header is 'x1;x2;label'; it must be x1,x2,label"),
                bad(
                        "header with a fourth column",
                        "x1,x2,label,weight\n",
                        1,
                        "the header is 'x1,x2,label,weight'; it must be x1,x2,label"),
                bad(
                        "missing column",
                        h + "1,2,0\n3,4\n",
                        3,
                        "2 values where 3 are needed: x1,x2,label separated by commas"),
                bad("one column", h + "1;2;0\n", 2, "1 value where 3 are needed: x1,x2,label separated by commas"),
                bad("extra column", h + "1,2,0,7\n", 2, "4 values where 3 are needed: x1,x2,label separated by commas"),
                bad("text for a number", sixteen + "1.5,abc,0\n", 17, "'abc' in column x2 is not a number"),
                bad("empty value", h + "1,,0\n", 2, "no value in column x2"),
                bad("NaN", h + "NaN,1,0\n", 2, "'NaN' in column x1 is not a finite number; coordinates must be finite"),
                bad(
                        "infinity",
                        h + "1,-Infinity,0\n",
                        2,
                        "'-Infinity' in column x2 is not a finite number; coordinates must be finite"),
                bad(
                        "inf",
                        h + "1,2,0\ninf,2,0\n",
                        3,
                        "'inf' in column x1 is not a finite number; coordinates must be finite"),
                bad(
                        "overflowing number",
                        h + "1e400,2,0\n",
                        2,
                        "'1e400' in column x1 is too large for a finite number"),
                bad("hexadecimal number", h + "0x1p3,2,0\n", 2, "'0x1p3' in column x1 is not a number"),
                bad("Java float suffix", h + "1f,2,0\n", 2, "'1f' in column x1 is not a number"),
                bad(
                        "decimal comma",
                        h + "\"1,5\",2,0\n",
                        2,
                        "4 values where 3 are needed: x1,x2,label separated by commas"),
                bad("label 2", h + "1,2,2\n", 2, "'2' in column label is not a class; labels are 0 or 1"),
                bad("label 0.5", h + "1,2,0.5\n", 2, "'0.5' in column label is not a class; labels are 0 or 1"),
                bad("label -1", h + "1,2,-1\n", 2, "'-1' in column label is not a class; labels are 0 or 1"),
                bad("label as a word", h + "1,2,yes\n", 2, "'yes' in column label is not a class; labels are 0 or 1"),
                bad("label NaN", h + "1,2,NaN\n", 2, "'NaN' in column label is not a class; labels are 0 or 1"),
                bad("empty label", h + "1,2,\n", 2, "no value in column label; labels are 0 or 1"),
                bad(
                        "long line",
                        h + "1,2," + "0".repeat(2000) + "\n",
                        2,
                        "the line is longer than 1000 characters; a point's line is x1,x2,label"),
                bad(
                        "long text quoted short",
                        h + "1," + "z".repeat(100) + ",0\n",
                        2,
                        "'" + "z".repeat(40) + "...' in column x2 is not a number"),
                bad("undecodable bytes", h + "1.\u00ff\u00fe,2,0\n", 2, null));
    }

    private static Arguments bad(String what, String text, int line, String reason) {
        return Arguments.of(what, text, line, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedNamingTheFileTheLineAndTheReason(String what, String text, int line, String reason)
            throws Exception {
        Path file = dir.resolve("points.csv");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (reason == null) {
            // Latin-1 bytes 0xFF 0xFE are not UTF-8; they become U+FFFD, shown in the message.
            bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            reason = "'1.\uFFFD\uFFFD' in column x1 is not a number";
        }
        Files.write(file, bytes);
        FileFormatException e = assertThrows(FileFormatException.class, () -> CsvData.read(file));
        assertEquals(file + ", line " + line + ": " + reason, e.getMessage());
        assertEquals(file.toString(), e.source());
        assertEquals(line, e.line());
        assertEquals(reason, e.reason());
    }

    @Test
    void moreThanTheMostPointsIsRefusedAtTheFirstPointTooMany() throws Exception {
        String text = "x1,x2,label\n1,2,0\n\n3,4,1\n5,6,1\n";
        assertEquals(3, CsvData.read(new StringReader(text), "limit.csv", 3).size());
        FileFormatException e =
                assertThrows(FileFormatException.class, () -> CsvData.read(new StringReader(text), "limit.csv", 2));
        assertEquals("limit.csv, line 5: more than 2 points; that is the most a data set may hold", e.getMessage());
        assertEquals(10_000_000, CsvData.MAX_POINTS);
    }

    @Test
    void aMissingFileOrAFolderIsAnIoErrorSayingSo() {
        Path missing = dir.resolve("nowhere.csv");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> CsvData.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
        IOException f = assertThrows(IOException.class, () -> CsvData.read(dir));
        assertEquals(dir + ": a folder, not a CSV file", f.getMessage());
    }

    @Test
    void writingReplacesAnEarlierFileAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("points.csv");
        CsvData.write(DatasetKind.MOONS.generate(100, 0.1, 1), file);
        Dataset second = DatasetKind.CIRCLES.generate(50, 0.1, 2);
        CsvData.write(second, file);
        assertEquals(second, CsvData.read(file));
        assertEquals(List.of("points.csv"), listing(dir));
    }

    @Test
    void aWrittenFileHasTheFoldersUsualPermissionsNotAPrivateTemporaryFilesOnes() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path usual = Files.createFile(dir.resolve("usual.txt"));
        Path file = dir.resolve("points.csv");
        CsvData.write(DatasetKind.XOR.generate(10, 0.1, 1), file);
        assertEquals(
                PosixFilePermissions.toString(Files.getPosixFilePermissions(usual)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void writingUnderARegularFileFailsClearlyAndCreatesNothing() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "hello");
        Path target = notAFolder.resolve("points.csv");
        IOException e =
                assertThrows(IOException.class, () -> CsvData.write(DatasetKind.BLOBS.generate(10, 0.5, 1), target));
        assertEquals("cannot write " + target + ": " + notAFolder + " is a file, not a folder", e.getMessage());
        assertEquals("hello", Files.readString(notAFolder));
        assertEquals(List.of("notes.txt"), listing(dir));
    }

    @Test
    void writingIntoAMissingFolderOrOverAFolderFailsClearly() throws Exception {
        Path target = dir.resolve("absent").resolve("points.csv");
        IOException e =
                assertThrows(IOException.class, () -> CsvData.write(DatasetKind.BLOBS.generate(10, 0.5, 1), target));
        assertEquals(
                "cannot write " + target + ": the folder " + dir.resolve("absent") + " does not exist", e.getMessage());
        Path folder = Files.createDirectory(dir.resolve("points.csv"));
        IOException f =
                assertThrows(IOException.class, () -> CsvData.write(DatasetKind.BLOBS.generate(10, 0.5, 1), folder));
        assertEquals("cannot write " + folder + ": it is a folder", f.getMessage());
        assertEquals(List.of("points.csv"), listing(dir));
    }

    @Test
    void writingIntoAReadOnlyFolderFailsClearlyAndLeavesTheEarlierFileWhole() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Path file = folder.resolve("points.csv");
        Dataset earlier = DatasetKind.MOONS.generate(20, 0.1, 1);
        CsvData.write(earlier, file);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // Root ignores permissions; the regular-file test above covers failure there.
            assumeFalse(Files.isWritable(folder), "running as root: a read-only folder is writable anyway");
            IOException e = assertThrows(
                    IOException.class, () -> CsvData.write(DatasetKind.CIRCLES.generate(20, 0.1, 1), file));
            assertEquals("cannot write " + file + ": the folder " + folder + " is not writable", e.getMessage());
            assertEquals(earlier, CsvData.read(file));
            assertEquals(List.of("points.csv"), listing(folder));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("usual.txt"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CsvDataTest.class.getResource(name).toURI());
    }
}
