package dev.boundarylab.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lessons' pages, read from the app's resource {@code lessons/lessons.txt}: each an id ("1" to "6", "7a" to
 * "7c" for the three parts of the last step), a title and a short text. What each page sets up is {@link
 * LessonSteps}'s business.
 */
final class Lessons {
    /** Where the texts are, beside this class. */
    static final String RESOURCE = "lessons/lessons.txt";

    private Lessons() {}

    /**
     * One page of the lessons.
     *
     * @param id the page's id: its step's number, and a letter for a part of a step
     * @param title what it is about, one line
     * @param text what it shows and what to look at, paragraphs separated by a blank line
     */
    record Page(String id, String title, String text) {
        /** The step's number, 1 to 7 (the part's letter dropped). */
        int step() {
            return Integer.parseInt(id.replaceAll("[a-z]$", ""));
        }

        /** The part of its step, e.g. "part 2 of 3" for "7b" of 7a..7c; "" for a step of one page. */
        String part(List<Page> all) {
            List<Page> same = all.stream().filter(p -> p.step() == step()).toList();
            return same.size() == 1 ? "" : "part " + (same.indexOf(this) + 1) + " of " + same.size();
        }
    }

    /** The pages in order, read once. */
    static List<Page> pages() {
        return PAGES;
    }

    private static final List<Page> PAGES = read();

    private static List<Page> read() {
        InputStream in = Lessons.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the lessons' texts are missing from the app: " + RESOURCE);
        }
        List<Page> pages = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String id = null;
            String title = null;
            StringBuilder text = new StringBuilder();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("== ")) {
                    if (id != null) {
                        pages.add(new Page(id, title, text.toString().strip()));
                    }
                    String[] head = line.substring(3).split("\\|", 2);
                    id = head[0].strip();
                    title = head[1].strip();
                    text.setLength(0);
                } else if (id != null) {
                    // A blank line starts a paragraph; the lines of one paragraph join with spaces.
                    text.append(
                                    line.isBlank()
                                            ? "\n\n"
                                            : (text.isEmpty() || text.toString().endsWith("\n") ? "" : " "))
                            .append(line.strip());
                }
            }
            if (id != null) {
                pages.add(new Page(id, title, text.toString().strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(pages);
    }
}
