package dev.boundarylab.model;

import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Lists of names for messages. */
final class Names {
    private Names() {}

    static <T> String list(T[] values, Function<T, String> id) {
        return Stream.of(values).map(id).collect(Collectors.joining(", "));
    }
}
