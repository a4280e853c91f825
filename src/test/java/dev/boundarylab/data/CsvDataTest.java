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

    @Test
    void readsQuotesCommentsSemicolonsAnyHeaderNamesAndIgnoresOtherColumns() throws Exception {
        String text = "\uFEFF# exported by a spreadsheet\r\n"
                + "id;\"X\";\"Y\";Class;\"note; with a semicolon\"\r\n"
                + "1;\"1.5\"; -2 ;yes;\"said \"\"hi\"\"\"\r\n"
                + "# a comment between points\r\n"
                + "\r\n"
                + "2; \" .5 \" ;\"3\";no;\r\n";
        Dataset d = CsvData.read(new StringReader(text), "sheet.csv");
        assertArrayEquals(new double[] {1.5, 0.5}, d.x1());
        assertArrayEquals(new double[] {-2, 3}, d.x2());
        assertArrayEquals(new int[] {1, 0}, d.labels());
        assertEquals(List.of("no", "yes"), d.labelNames());
    }

    @Test
    void readsTabsAndSkipsALineOfTabsOnly() throws Exception {
        Dataset d = CsvData.read(new StringReader("x1\tx2\tlabel\n1\t2\t0\n\t\t\n \t \n3\t4e1\t1\n"), "tabs.tsv");
        assertArrayEquals(new double[] {2, 40}, d.x2());
        assertArrayEquals(new int[] {0, 1}, d.labels());
    }

    @Test
    void theDelimiterIsTheOneThatSplitsTheHeaderMostTiesGoingToTheComma() {
        assertEquals(',', CsvReader.delimiter("x1,x2,label"));
        assertEquals(';', CsvReader.delimiter("x1;x2;label"));
        assertEquals('\t', CsvReader.delimiter("x1\tx2\tlabel"));
        assertEquals(';', CsvReader.delimiter("\"x,1\";\"x,2\";label"), "commas inside quotes do not count");
        assertEquals(',', CsvReader.delimiter("a;b,c;d,e"), "a tie goes to the comma");
        assertEquals(';', CsvReader.delimiter("a;b\tc;d\te"), "a tie of semicolon and tab goes to the semicolon");
        assertEquals(',', CsvReader.delimiter("one"));
    }

    static Stream<Arguments> labelForms() {
        return Stream.of(
                Arguments.of("0 and 1", "0", "1", List.of("0", "1"), new int[] {0, 1}),
                Arguments.of("1 and 0", "1", "0", List.of("0", "1"), new int[] {1, 0}),
                Arguments.of("-1 and 1", "1", "-1", List.of("-1", "1"), new int[] {1, 0}),
                Arguments.of("numbers by value, not text", "10", "9", List.of("9", "10"), new int[] {1, 0}),
                Arguments.of("decimals", "2.5", "-0.5", List.of("-0.5", "2.5"), new int[] {1, 0}),
                Arguments.of("true and false", "true", "false", List.of("false", "true"), new int[] {1, 0}),
                Arguments.of("two words", "dog", "cat", List.of("cat", "dog"), new int[] {1, 0}),
                Arguments.of(
                        "quoted words",
                        "\"setosa, small\"",
                        "virginica",
                        List.of("setosa, small", "virginica"),
                        new int[] {0, 1}),
                Arguments.of("a number and a word, as text", "yes", "0", List.of("0", "yes"), new int[] {1, 0}),
                Arguments.of("0 and 1 as decimals", "1.0", "0e0", List.of("0", "1"), new int[] {1, 0}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labelForms")
    void anyTwoLabelsAreClassesInSortedOrderAndKeepTheirNames(
            String what, String first, String second, List<String> names, int[] classes) throws Exception {
        String text = "x1,x2,label\n1,2," + first + "\n3,4," + second + "\n5,6," + first + "\n";
        Dataset d = CsvData.read(new StringReader(text), "labels.csv");
        assertEquals(names, d.labelNames());
        assertArrayEquals(new int[] {classes[0], classes[1], classes[0]}, d.labels());
        // Written and read again: the same classes and names.
        StringWriter out = new StringWriter();
        CsvData.write(d, out);
        assertEquals(d, CsvData.read(new StringReader(out.toString()), "again.csv"), out.toString());
    }

    @Test
    void aLabelWrittenTwoWaysIsOneClassAndOneClassOfAnyValueIsAllowed() throws Exception {
        Dataset same = CsvData.read(new StringReader("x1,x2,label\n1,2,1\n3,4,1.0\n5,6,1e0\n7,8,-1\n"), "a.csv");
        assertArrayEquals(new int[] {1, 1, 1, 0}, same.labels());
        assertEquals(List.of("-1", "1"), same.labelNames());
        Dataset ones = CsvData.read(new StringReader("x1,x2,label\n1,2,1\n"), "ones.csv");
        assertArrayEquals(new int[] {1}, ones.labels());
        assertEquals(List.of("0", "1"), ones.labelNames());
        Dataset cats = CsvData.read(new StringReader("x,y,class\n1,2,cat\n3,4,cat\n"), "cats.csv");
        assertArrayEquals(new int[] {0, 0}, cats.labels());
        assertEquals(List.of("cat", "not cat"), cats.labelNames());
        Dataset minus = CsvData.read(new StringReader("x1,x2,label\n1,2,-1\n"), "minus.csv");
        assertEquals(List.of("-1", "not -1"), minus.labelNames());
    }

    @Test
    void columnsAreChosenByNameAndTheHeaderCanBeReadAlone() throws Exception {
        Path file = Files.writeString(dir.resolve("table.csv"), "# from R\nrow,b,a,Group\n1,2,3,p\n2,5,6,q\n");
        assertEquals(List.of("row", "b", "a", "Group"), CsvData.header(file));
        Dataset d = CsvData.read(file, new CsvColumns("a", "b", "group"));
        assertArrayEquals(new double[] {3, 6}, d.x1());
        assertArrayEquals(new double[] {2, 5}, d.x2());
        assertEquals(List.of("p", "q"), d.labelNames());
        assertEquals("table.csv", d.name());
        FileFormatException e =
                assertThrows(FileFormatException.class, () -> CsvData.read(file, new CsvColumns("x1", "b", "Group")));
        assertEquals(
                file + ", line 2: no column is named 'x1'; the columns are 'row', 'b', 'a', 'Group'", e.getMessage());
        FileFormatException guess = assertThrows(FileFormatException.class, () -> CsvData.read(file));
        assertEquals(
                file + ", line 2: cannot tell which columns are x1, x2 and the label from the header's names, "
                        + "'row', 'b', 'a', 'Group'",
                guess.getMessage());
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertThrows(FileFormatException.class, () -> CsvData.header(empty));
    }

    @Test
    void theCommandLinesLoaderSaysToPassColumnsWhenItCannotGuess() throws Exception {
        Path file = Files.writeString(dir.resolve("odd.csv"), "p,q,r\n1,2,0\n");
        FileFormatException e =
                assertThrows(FileFormatException.class, () -> DataLoader.load(file, null, "moons", 10, 0.1, 1));
        assertEquals(
                file + ", line 1: cannot tell which columns are x1, x2 and the label from the header's names, 'p', "
                        + "'q', 'r'; pass --columns NAME,NAME,NAME to say which are x1, x2 and the label",
                e.getMessage());
        Dataset d = DataLoader.load(file, CsvColumns.parse("q,p,r"), "moons", 10, 0.1, 1);
        assertArrayEquals(new double[] {2}, d.x1());
    }

    @Test
    void namesThatWouldNotReadBackAsTheSameClassesAreWrittenAs0And1() throws Exception {
        double[] a = {1, 2};
        double[] b = {3, 4};
        int[] y = {0, 1};
        StringWriter out = new StringWriter();
        CsvData.write(new Dataset("d", a, b, y, List.of("yes", "no")), out);
        assertEquals("x1,x2,label\n1.0,3.0,0\n2.0,4.0,1\n", out.toString(), "yes, no would swap");
        Dataset quoted = new Dataset("d", a, b, y, List.of("a \"b\"", "c,d"));
        out = new StringWriter();
        CsvData.write(quoted, out);
        assertEquals("x1,x2,label\n1.0,3.0,\"a \"\"b\"\"\"\n2.0,4.0,\"c,d\"\n", out.toString());
        assertEquals(quoted, CsvData.read(new StringReader(out.toString()), "q.csv"));
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
                        "comments only",
                        "# made by hand\n\n#\n",
                        1,
                        "the file holds only comments; it needs the header x1,x2,label and a line per point"),
                bad(
                        "missing header",
                        "0.5,1.5,1\n2,3,0\n",
                        1,
                        "no header: the first line must name the columns, as x1,x2,label does, but it is a point, "
                                + "'0.5,1.5,1'"),
                bad(
                        "header commented out, as numpy's savetxt writes it",
                        "# x1,x2,label\n0.5,1.5,1\n",
                        2,
                        "no header: the first line must name the columns, as x1,x2,label does, but it is a point, "
                                + "'0.5,1.5,1'; lines starting with # are comments"),
                bad(
                        "header of names that say nothing",
                        "a,b,c\n1,2,0\n",
                        1,
                        "cannot tell which columns are x1, x2 and the label from the header's names, 'a', 'b', 'c'"),
                bad(
                        "header without a label column",
                        "X;Y;weight\n1;2;0\n",
                        1,
                        "cannot tell which columns are x1, x2 and the label from the header's names, 'X', 'Y', "
                                + "'weight'"),
                bad(
                        "header split by spaces",
                        "x1 x2 label\n1 2 0\n",
                        1,
                        "the header 'x1 x2 label' has one column; it needs at least three (x1, x2 and the label), "
                                + "separated by commas, semicolons or tabs"),
                bad(
                        "header of two columns",
                        "x1,x2\n1,2\n",
                        1,
                        "the header 'x1,x2' has 2 columns; it needs at least three (x1, x2 and the label), "
                                + "separated by commas, semicolons or tabs"),
                bad(
                        "header with a fourth column and no points",
                        "x1,x2,label,weight\n",
                        2,
                        "no points after the header x1,x2,label,weight"),
                bad(
                        "quote in the header never closed",
                        "x1,\"x2,label\n1,2,0\n",
                        1,
                        "a quote (\") opens a value and is never closed"),
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
                        "decimal comma in quotes",
                        h + "\"1,5\",2,0\n",
                        2,
                        "'1,5' in column x1 has a decimal comma; write the number with a point, 1.5"),
                bad(
                        "decimal comma between semicolons",
                        "x;y;class\n1;2;0\n-0,25;2;1\n",
                        3,
                        "'-0,25' in column x has a decimal comma; write the number with a point, -0.25"),
                bad(
                        "decimal comma in a label",
                        "x1;x2;label\n1;2;0,5\n",
                        2,
                        "'0,5' in column label has a decimal comma; write the number with a point, 0.5"),
                bad(
                        "commas in a semicolon file",
                        "x1;x2;label\n1,2,0\n",
                        2,
                        "1 value where 3 are needed: x1;x2;label separated by semicolons"),
                bad(
                        "missing value in a tab file",
                        "x1\tx2\tlabel\n1\t2\n",
                        2,
                        "2 values where 3 are needed: x1 x2 label separated by tabs"),
                bad(
                        "a ninth label",
                        h + "1,2,0\n3,4,1\n\n5,6,2\n1,1,3\n1,1,4\n1,1,5\n1,1,6\n1,1,7\n1,1,7.0\n1,1,8\n",
                        12,
                        "a ninth label, '8', in column label, after '0', '1', '2', '3', '4', '5', '6' and '7'; the labels "
                                + "must be at most 8 values, one per class"),
                bad(
                        "a ninth label as a word",
                        "x,y,class\n1,2,a\n1,2,b\n1,2,c\n1,2,d\n1,2,e\n1,2,f\n1,2,g\n1,2,h\n1,2,A\n",
                        10,
                        "a ninth label, 'A', in column class, after 'a', 'b', 'c', 'd', 'e', 'f', 'g' and 'h'; the "
                                + "labels must be at most 8 values, one per class"),
                bad("empty label", h + "1,2,\n", 2, "no value in column label"),
                bad(
                        "quote never closed",
                        h + "1,2,0\n\"3,4,1\n5,6,0\n",
                        3,
                        "a quote (\") opens a value and is never closed"),
                bad(
                        "text after a closing quote",
                        h + "1,2,0\n\"3\"4,4,1\n",
                        3,
                        "text after a quoted value's closing quote; a quote inside quotes is written \"\""),
                bad(
                        "a quoted value over two lines",
                        h + "1,\"2\r\n\",0\n",
                        2,
                        "a quoted value goes on to line 3; each point must be on one line"),
                bad(
                        "long line",
                        h + "1,2," + "0".repeat(2000) + "\n",
                        2,
                        "the line is longer than 1000 characters; a point's line is x1,x2,label"),
                bad(
                        "long line after a bad one",
                        h + "1,2,0\n1,x,0\n1,2," + "0".repeat(2000) + "\n",
                        3,
                        "'x' in column x2 is not a number"),
                bad(
                        "long header",
                        "x1,x2,label" + ",".repeat(1000) + "\n1,2,0\n",
                        1,
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
