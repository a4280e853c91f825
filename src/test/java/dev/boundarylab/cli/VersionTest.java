package dev.boundarylab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code --version} prints the pom's version, which the build writes into a resource. */
class VersionTest {
    @Test
    void versionPrintsThePomsVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>boundary-lab</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertTrue(m.find(), "the pom names its version");
        String version = m.group(1);
        assertEquals(version, Version.current());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run("--version");
        assertEquals(0, status);
        assertEquals("boundary-lab " + version + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
    }
}
