package dev.boundarylab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Imports point one way: every reference from one of the app's packages to another (an import or a qualified
 * name) is one the layering allows, and only the window knows JavaFX.
 */
class LayeringTest {
    /** What each package may use besides itself. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "files", Set.of(),
            "model", Set.of("data"),
            "data", Set.of("files"),
            "train", Set.of("model", "data", "files"),
            "render", Set.of("model", "data"),
            "io", Set.of("model", "data", "files"),
            "figure", Set.of("model", "data", "train", "render"),
            "cli", Set.of("model", "data", "train", "render", "io", "figure", "files"),
            "ui", Set.of("model", "data", "train", "render", "io", "figure", "files"));

    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.boundarylab\\.(\\w+)\\.");

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() throws IOException {
        Path root = Path.of("src/main/java/dev/boundarylab");
        assertTrue(Files.isDirectory(root), "run from the project folder: " + root.toAbsolutePath());
        List<String> wrong = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path f : all.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                Path rel = root.relativize(f);
                if (rel.getNameCount() < 2) {
                    continue; // the launcher, above everything
                }
                String pkg = rel.getName(0).toString();
                assertTrue(ALLOWED.containsKey(pkg), "a package the layering does not know: " + pkg);
                String text = Files.readString(f);
                files++;
                Matcher m = REFERENCE.matcher(text);
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
                        wrong.add(rel + " uses " + used);
                    }
                }
                if (!pkg.equals("ui") && text.contains("javafx.")) {
                    wrong.add(rel + " uses JavaFX");
                }
                if ((pkg.equals("model") || pkg.equals("data") || pkg.equals("train")) && text.contains("java.awt")) {
                    wrong.add(rel + " uses AWT");
                }
            }
        }
        assertTrue(files > 40, "sources checked: " + files);
        assertEquals(List.of(), wrong.stream().distinct().collect(Collectors.toList()));
    }
}
