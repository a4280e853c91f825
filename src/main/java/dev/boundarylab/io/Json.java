package dev.boundarylab.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import dev.boundarylab.files.FileFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The project's one configured JSON writer. */
public final class Json {
    /** Pretty-printed, with every double written so that it reads back exactly. */
    public static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .serializeSpecialFloatingPointValues()
            .create();

    private Json() {}

    /**
     * The text of {@code file}, UTF-8.
     *
     * @param expected what the file should hold, for the message about an empty one
     * @throws FileFormatException if it is missing, cannot be read, or is empty
     */
    static String readText(Path file, String expected) throws FileFormatException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new FileFormatException(file, "no such file");
        } catch (IOException e) {
            throw new FileFormatException(file, "cannot be read (" + e.getMessage() + ")");
        }
        if (text.isBlank()) {
            throw new FileFormatException(file, "the file is empty; expected " + expected);
        }
        return text;
    }
}
