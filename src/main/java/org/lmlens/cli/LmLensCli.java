package org.lmlens.cli;

import java.io.PrintWriter;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code lm-lens COMMAND [options]}. Commands only parse, call the engine and print.
 * Every failure is one line on standard error and a non-zero exit: 1 for a problem with the input, 2 for
 * a usage error, 3 for an internal error (a bug: reported without a stack trace, but with its type).
 */
@Command(name = "lm-lens", mixinStandardHelpOptions = true, versionProvider = LmLensCli.Version.class,
        description = "Build, inspect and evaluate n-gram language models.",
        subcommands = {StatsCommand.class, CountsCommand.class, ProbCommand.class, DistCommand.class,
                ScoreCommand.class, EvalCommand.class, GenerateCommand.class, ExportArpaCommand.class})
public final class LmLensCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the configured command line (tests call it with their own writers). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new LmLensCli());
        // "--train a.txt --typo" must report the typo, not look for a file called "--typo".
        cl.setUnmatchedOptionsAllowedAsOptionParameters(false);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof LmLensException) {
                err.println("lm-lens: " + e.getMessage());
                err.flush();
                return 1;
            }
            if (e instanceof Progress.CancelledException) {
                err.println("lm-lens: cancelled");
                err.flush();
                return 1;
            }
            err.println("lm-lens: internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); please report it");
            err.flush();
            return 3;
        });
        cl.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("lm-lens: " + e.getMessage() + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help')");
            err.flush();
            return 2;
        });
        return cl;
    }

    public static int execute(String... args) {
        try {
            return commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("lm-lens: out of memory: try a lower --order, a --min-count above 1,"
                    + " or a larger heap (java -Xmx4g -jar …)");
            return 1;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = LmLensCli.class.getPackage().getImplementationVersion();
            return new String[] {"LM Lens " + (v == null ? "0.1.0" : v)};
        }
    }
}
