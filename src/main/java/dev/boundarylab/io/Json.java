package dev.boundarylab.io;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The project's one configured JSON writer. */
public final class Json {
    /** Pretty-printed, with every double written so that it reads back exactly. */
    public static final Gson GSON = new GsonBuilder()
            .setPrettyPrinting()
            .serializeSpecialFloatingPointValues()
            .create();

    private Json() {}
}
