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

    static void startGui(String[] args) {
        javafx.application.Application.launch(org.lmlens.ui.LmLensApp.class, args);
    }
}
