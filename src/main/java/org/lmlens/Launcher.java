package org.lmlens;

import org.lmlens.cli.LmLensCli;

/**
 * Entry point of the runnable jar. It does not extend {@code javafx.application.Application}, which
 * lets a plain classpath jar start JavaFX. With a subcommand it runs the CLI; with no arguments it
 * starts the desktop app.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            startGui(args);
            return;
        }
        System.exit(LmLensCli.execute(args));
    }

    private static void startGui(String[] args) {
        // Until the desktop app lands: explain how to use the command line.
        System.out.println("LM Lens: the desktop app is not part of this build yet; the command line is:");
        LmLensCli.execute("--help");
    }
}
