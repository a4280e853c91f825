package dev.boundarylab;

import dev.boundarylab.cli.Cli;

/**
 * The entry point of {@code java -jar boundary-lab.jar}: no arguments open the window, a subcommand runs headless.
 * It does not extend {@code Application}, so a plain classpath launch finds JavaFX without module flags.
 */
public final class Launcher {
    private Launcher() {}

    /** Opens the window, or runs the command line when given arguments. */
    public static void main(String[] args) {
        if (args.length == 0) {
            dev.boundarylab.ui.BoundaryLabApp.main(args);
        } else {
            Cli.main(args);
        }
    }
}
