package dev.boundarylab.cli;

import dev.boundarylab.train.Limit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small table of command-line options, each with a value name, a default and a line of help; parses
 * {@code --name value} and {@code --name=value} and reports bad input as a {@link UsageException}.
 */
final class Options {
    /** One option of the table. */
    record Option(String name, String valueName, String defaultValue, String help) {
        boolean isFlag() {
            return valueName == null;
        }
    }

    private final Map<String, Option> table = new LinkedHashMap<>();

    Options add(String name, String valueName, String defaultValue, String help) {
        table.put(name, new Option(name, valueName, defaultValue, help));
        return this;
    }

    Options flag(String name, String help) {
        table.put(name, new Option(name, null, null, help));
        return this;
    }

    /** The help text: one line per option, with its default. */
    String help() {
        StringBuilder sb = new StringBuilder();
        for (Option o : table.values()) {
            String left = "  --" + o.name() + (o.isFlag() ? "" : " " + o.valueName());
            sb.append(String.format("%-30s %s", left, o.help()));
            if (o.defaultValue() != null) {
                sb.append(" (default ").append(o.defaultValue()).append(")");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Parses {@code args}: values by option name ({@code "true"} for a flag given). */
    Parsed parse(List<String> args) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                rest.add(a);
                continue;
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            Option o = table.get(name);
            if (o == null) {
                throw new UsageException("unknown option --" + name + " (see --help)");
            }
            if (o.isFlag()) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                value = "true";
            } else if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--" + name + " needs a value: " + o.valueName());
                }
                value = args.get(++i);
            }
            if (values.containsKey(name)) {
                throw new UsageException("--" + name + " is given twice");
            }
            values.put(name, value);
        }
        if (!rest.isEmpty()) {
            throw new UsageException("unexpected argument '" + rest.get(0) + "' (see --help)");
        }
        return new Parsed(values);
    }

    /** Parsed option values, with typed getters that name the option in their errors. */
    static final class Parsed {
        private final Map<String, String> values;

        Parsed(Map<String, String> values) {
            this.values = values;
        }

        boolean has(String name) {
            return values.containsKey(name);
        }

        String string(String name, String dflt) {
            return values.getOrDefault(name, dflt);
        }

        long integer(String name, long dflt, long min, long max) throws UsageException {
            String v = values.get(name);
            if (v == null) {
                return dflt;
            }
            long x;
            try {
                x = Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--" + name + " must be a whole number, got '" + v + "'");
            }
            if (x < min || x > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max + ", got " + x);
            }
            return x;
        }

        /** The value of the option of {@code limit}, or {@code dflt} if it is not given. */
        double number(Limit limit, double dflt) throws UsageException {
            String v = values.get(limit.option());
            if (v == null) {
                return dflt;
            }
            double x;
            try {
                x = Double.parseDouble(v.trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--" + limit.option() + " must be a number, got '" + v + "'");
            }
            if (!limit.allows(x)) {
                throw new UsageException(limit.optionMessage(v.trim()));
            }
            return x;
        }
    }

    /** Bad command-line input: the message is the one line the user sees. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
