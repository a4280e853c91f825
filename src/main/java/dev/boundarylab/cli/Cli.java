package dev.boundarylab.cli;

import dev.boundarylab.cli.Options.UsageException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The headless command line: {@code train} trains both models and reports, {@code sweep} trains one network per
 * hidden size. Exit status 0 on success, 2 on bad input or a file that cannot be read or written, 3 when the
 * network's cost diverged.
 */
public final class Cli {
    /** Exit status for success. */
    public static final int OK = 0;
    /** Exit status for bad input: an unknown option, a value out of range, a missing or malformed file. */
    public static final int BAD_INPUT = 2;
    /** Exit status when the network's cost diverged (non-finite or exploding). */
    public static final int DIVERGED = 3;

    private final PrintStream out;
    private final PrintStream err;

    /** A command line writing to the given streams. */
    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command line and exits the JVM with its status. */
    public static void main(String[] args) {
        // Never look for a screen: with DISPLAY set to a server that is gone (an ssh session, a CI runner), AWT
        // would otherwise fail on the first picture drawn, even into an image.
        System.setProperty("java.awt.headless", "true");
        System.exit(new Cli(System.out, System.err).run(args));
    }

    /** Runs a command and returns its exit status; never throws. */
    public int run(String... args) {
        List<String> list = Arrays.asList(args);
        if (list.isEmpty()
                || list.get(0).equals("--help")
                || list.get(0).equals("-h")
                || list.get(0).equals("help")) {
            out.print(usage());
            return OK;
        }
        if (list.get(0).equals("--version")) {
            out.println("boundary-lab " + Version.current());
            return OK;
        }
        String command = list.get(0);
        List<String> rest = list.subList(1, list.size());
        try {
            switch (command) {
                case "train":
                    return new TrainCommand(out, err).run(rest);
                case "sweep":
                    return new SweepCommand(out, err).run(rest);
                default:
                    throw new UsageException("unknown command '" + command + "'; commands: train, sweep (see --help)");
            }
        } catch (UsageException e) {
            err.println("boundary-lab: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException | OutOfMemoryError e) {
            // Anything unexpected still ends as one line, never a stack trace.
            err.println("boundary-lab: internal error: " + e);
            return BAD_INPUT;
        }
    }

    static String usage() {
        return "Boundary Lab: a shallow neural network and a logistic-regression baseline on 2-D data.\n\n"
                + "Usage:\n"
                + "  java -jar boundary-lab.jar                 open the window\n"
                + "  java -jar boundary-lab.jar train [options] train both models headless\n"
                + "  java -jar boundary-lab.jar sweep [options] train one network per hidden size (1,2,3,4,5,20,50)\n"
                + "  java -jar boundary-lab.jar <command> --help list the options of a command\n"
                + "  java -jar boundary-lab.jar --version        print the version\n\n"
                + EXIT_STATUS;
    }

    /** The exit statuses, as every command's help lists them. */
    static final String EXIT_STATUS = "Exit status: 0 done, 2 bad input or a file that cannot be read or written, 3 the"
            + " network's cost\ndiverged (try a smaller --learning-rate).\n";
}
