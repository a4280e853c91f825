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
    /** A row of the README's layout table: | `name/` | what it holds | uses |. */
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)/` \\|.*\\| ([^|]+) \\|$");

    /** What each package may use besides itself, as the README's layout table says. */
    private static final Map<String, Set<String>> ALLOWED = readmeTable();

    private static Map<String, Set<String>> readmeTable() {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("README.md"));
        } catch (IOException e) {
            throw new IllegalStateException("run from the project folder: " + e.getMessage(), e);
        }
        int start = lines.indexOf("## Layout");
        assertTrue(start >= 0, "the README has a Layout section");
        Map<String, String> uses = new java.util.LinkedHashMap<>();
        for (String line : lines.subList(start, lines.size())) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                uses.put(m.group(1), m.group(2).trim());
            } else if (line.startsWith("## ") && !line.equals("## Layout")) {
                break;
            }
        }
        Map<String, Set<String>> allowed = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : uses.entrySet()) {
            String text = e.getValue();
            Set<String> set = new java.util.TreeSet<>();
            if (text.startsWith("all but ")) {
                set.addAll(uses.keySet());
                set.remove(e.getKey());
                for (String but : text.substring("all but ".length()).split(",")) {
                    set.remove(but.replace("`", "").trim());
                }
            } else if (!text.equals("nothing")) {
                for (String used : text.split(",")) {
                    set.add(used.replace("`", "").trim());
                }
            }
            allowed.put(e.getKey(), set);
        }
        return allowed;
    }

    @Test
    void theReadmesTableNamesEveryPackageAndOnlyThose() throws IOException {
        Set<String> packages;
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/dev/boundarylab"))) {
            packages = dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
        }
        assertEquals(packages, new java.util.TreeSet<>(ALLOWED.keySet()));
        // The table's own sense: what the window and the command line may not use of each other.
        assertTrue(!ALLOWED.get("cli").contains("ui") && !ALLOWED.get("ui").contains("cli"));
        assertEquals(Set.of("model", "data"), ALLOWED.get("render"));
    }

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
