package org.lmlens.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
        description = "Build, inspect and evaluate n-gram language models.")
public final class LmLensCli implements Runnable {
    /** The commands, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("stats", StatsCommand::new);
        m.put("counts", CountsCommand::new);
        m.put("prob", ProbCommand::new);
        m.put("dist", DistCommand::new);
        m.put("score", ScoreCommand::new);
        m.put("eval", EvalCommand::new);
        m.put("generate", GenerateCommand::new);
        m.put("export-arpa", ExportArpaCommand::new);
        return m;
    }

    /** Builds the configured command line with every command (tests call it with their own writers). */
    public static CommandLine commandLine() {
        return commandLine(COMMANDS.keySet());
    }

    /**
     * The command line for these arguments: when the first names a command, only that command is built.
     * Picocli builds a command by reflection over its options, about 1 ms for all eight even in a warm
     * JVM; that was a tenth of a whole {@code eval} on a 100k-word text.
     */
    static CommandLine commandLineFor(String... args) {
        return commandLine(args.length > 0 && COMMANDS.containsKey(args[0]) ? List.of(args[0]) : COMMANDS.keySet());
    }

    private static CommandLine commandLine(java.util.Collection<String> names) {
        CommandLine cl = new CommandLine(new LmLensCli());
        for (String name : names) {
            cl.addSubcommand(name, COMMANDS.get(name).get());
        }
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
            return commandLineFor(args).execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("lm-lens: out of memory: try a lower --order, a --min-count above 1,"
                    + " or a larger heap (java -Xmx4g -jar …)");
            return 1;
        }
    }

    /** Public, with a public constructor: picocli makes one by reflection, and a private class made it throw and retry. */
    public static final class Version implements CommandLine.IVersionProvider {
        public Version() {
        }

        @Override
        public String[] getVersion() {
            String v = LmLensCli.class.getPackage().getImplementationVersion();
            return new String[] {"LM Lens " + (v == null ? "0.1.0" : v)};
        }
    }
}
