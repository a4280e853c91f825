package dev.boundarylab.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way the app writes files: all or nothing, with one clear line when it cannot. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    private static AtomicFiles.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesTheContentAndReplacesAnEarlierFileLeavingNoTemporaryFile() throws IOException {
        Path file = dir.resolve("costs.csv");
        AtomicFiles.write(file, text("first"));
        assertEquals("first", Files.readString(file));
        // Bigger than the write buffer, so the content reaches the disk in more than one piece.
        String big = "epoch,cost\n" + "1,0.5\n".repeat(50_000);
        AtomicFiles.write(file, text(big));
        assertEquals(big, Files.readString(file));
        assertEquals(List.of("costs.csv"), listing(dir));
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheEarlierFileWholeAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("figure.png");
        AtomicFiles.write(file, text("the earlier figure"));
        // As a full disk fails: after part of the content has gone out.
        IOException e = assertThrows(
                IOException.class,
                () -> AtomicFiles.write(file, out -> {
                    out.write(new byte[200_000]);
                    throw new IOException("No space left on device");
                }));
        assertEquals("cannot write " + file + ": No space left on device", e.getMessage());
        assertEquals("the earlier figure", Files.readString(file));
        assertEquals(List.of("figure.png"), listing(dir));

        Path fresh = dir.resolve("new.png");
        assertThrows(
                IllegalStateException.class,
                () -> AtomicFiles.write(fresh, out -> {
                    out.write(1);
                    throw new IllegalStateException("a bug in the content");
                }));
        assertEquals(List.of("figure.png"), listing(dir), "no new file and no temporary file");
    }

    @Test
    void aMissingFolderIsNamedAndNothingIsCreated() {
        Path target = dir.resolve("absent").resolve("figure.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, text("x")));
        assertEquals(
                "cannot write " + target + ": the folder " + dir.resolve("absent") + " does not exist", e.getMessage());
        assertEquals(
                e.getMessage(),
                assertThrows(IOException.class, () -> AtomicFiles.check(target)).getMessage());
        assertTrue(Files.notExists(dir.resolve("absent")));
    }

    @Test
    void aRegularFileWhereTheFolderShouldBeIsNamedAndLeftAlone() throws IOException {
        // How a folder that cannot be written is simulated when the tests run as root, who may write anywhere.
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "hello");
        Path target = notAFolder.resolve("figure.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, text("x")));
        assertEquals("cannot write " + target + ": " + notAFolder + " is a file, not a folder", e.getMessage());
        assertEquals("hello", Files.readString(notAFolder));
        assertEquals(List.of("notes.txt"), listing(dir));
    }

    @Test
    void anEmptyFolderUnderTheTargetNameIsRefusedNotReplaced() throws IOException {
        // A plain (non-atomic) move with REPLACE_EXISTING would delete an empty folder and put the file there.
        Path folder = Files.createDirectory(dir.resolve("figure.png"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(folder, text("x")));
        assertEquals("cannot write " + folder + ": it is a folder", e.getMessage());
        assertTrue(Files.isDirectory(folder));
        assertEquals(List.of("figure.png"), listing(dir));
    }

    @Test
    void aDeviceIsRefusedNotReplaced() {
        Path device = Path.of("/dev/null");
        assumeTrue(Files.exists(device) && !Files.isRegularFile(device));
        // Only checked, never written: if the check were wrong, a test run as root would replace /dev/null.
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.check(device));
        assertEquals("cannot write /dev/null: it is not a regular file", e.getMessage());
    }

    @Test
    void aLinkIsFollowedSoTheFileItPointsToIsReplacedAndTheLinkKept() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
            return;
        }
        AtomicFiles.write(link, text("new"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(List.of("link.json", "real.json"), listing(dir));
    }

    @Test
    void aWrittenFileHasTheFoldersUsualPermissionsNotAPrivateTemporaryFilesOnes() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path usual = Files.createFile(dir.resolve("usual.txt"));
        Path file = dir.resolve("figure.png");
        AtomicFiles.write(file, text("x"));
        assertEquals(
                PosixFilePermissions.toString(Files.getPosixFilePermissions(usual)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aPathWithNoFileNameIsRefused() {
        Path root = dir.getRoot();
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(root, text("x")));
        assertEquals("cannot write " + root + ": it names no file", e.getMessage());
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
