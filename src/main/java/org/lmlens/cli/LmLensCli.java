package org.lmlens.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code lm-lens COMMAND [options]}. Commands only parse, call the engine and print.
 * Every failure is one line on standard error and a non-zero exit: 1 for a problem with the input (or
 * standard output that cannot be written), 2 for a usage error (an unknown option, or an option value out
 * of range or unknown, such as {@code --smoothing nope}), 3 for an internal error (a bug: reported without
 * a stack trace, but with its type); 141 when the reader of standard output closed it ({@code | head}).
 * Results go to standard output, status lines and notices to standard error.
 */
@Command(name = "lm-lens", mixinStandardHelpOptions = true, versionProvider = LmLensCli.Version.class,
        description = "Build, inspect and evaluate n-gram language models.",
        footer = {"",
            "Input: - is standard input for --train, --test and --arpa; pipes, FIFOs, /dev/stdin and <(...) are read"
                    + " once. Compressed files (gzip, bzip2, xz), ARPA files too, are decompressed.",
            "Output: results on standard output, status lines and notices on standard error; export-arpa --out FILE"
                    + " is written atomically, --out - writes to standard output.",
            "Per sentence: 'score' without --sentence scores every sentence of --test FILE or standard input;"
                    + " --per sentence|token --json writes JSON Lines (one object a line, like KenLM's query -v).",
            "Exit codes: 0 done, 1 bad input or unwritable output, 2 usage error, 3 internal error, 141 output pipe closed.",
            "Run 'lm-lens COMMAND --help' for a command's options."})
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
        m.put("tokenize", TokenizeCommand::new);
        m.put("bpe-train", BpeTrainCommand::new);
        m.put("classify", ClassifyCommand::new);
        m.put("train-neural", TrainNeuralCommand::new);
        m.put("export-model", ExportModelCommand::new);
        return m;
    }

    /** Builds the configured command line with every command (tests call it with their own writers). */
    public static CommandLine commandLine() {
        return commandLine(COMMANDS.keySet());
    }

    /** A command line and the arguments to give it. */
    record Invocation(CommandLine commandLine, String[] args) {
        int execute() {
            return commandLine.execute(args);
        }
    }

    /**
     * The command line for these arguments. When the first names a command, that command alone is built,
     * as its own top-level command named {@code lm-lens NAME} (same usage and messages, and its {@code -V}
     * prints the version), and {@code --version} builds none: picocli builds a command by reflection over
     * its options, which a short command's start-up feels.
     */
    static Invocation invocationFor(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // The version alone needs no command: building all eight was most of its start-up.
            return new Invocation(commandLine(java.util.List.of()), args);
        }
        if (args.length == 0 || !COMMANDS.containsKey(args[0])) {
            return new Invocation(commandLine(COMMANDS.keySet()), args);
        }
        CommandLine cl = new CommandLine(COMMANDS.get(args[0]).get());
        cl.getCommandSpec().name("lm-lens " + args[0]).versionProvider(new Version());
        return new Invocation(configure(cl), java.util.Arrays.copyOfRange(args, 1, args.length));
    }

    private static CommandLine commandLine(java.util.Collection<String> names) {
        CommandLine cl = new CommandLine(new LmLensCli());
        for (String name : names) {
            cl.addSubcommand(name, COMMANDS.get(name).get());
        }
        return configure(cl);
    }

    /** The settings and error handlers every command line gets (subcommands inherit them). */
    private static CommandLine configure(CommandLine cl) {
        // "--train a.txt --typo" must report the typo, not look for a file called "--typo".
        cl.setUnmatchedOptionsAllowedAsOptionParameters(false);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof LmLensException) {
                err.println("lm-lens: " + e.getMessage());
                err.flush();
                return 1;
            }
            if (e instanceof StandardOutput.Closed) {
                return 1; // the reason is reported once the output is flushed (afterOutput)
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
        StandardOutput stdout = new StandardOutput();
        int code;
        try {
            Invocation invocation = invocationFor(args);
            invocation.commandLine().setOut(stdout.writer());
            code = invocation.execute();
        } catch (OutOfMemoryError e) {
            boolean arpa = java.util.Arrays.asList(args).contains("--arpa");
            System.err.println(arpa ? "lm-lens: out of memory reading the ARPA file: start Java with more memory"
                    + " (java -Xmx8g -jar …) or use a smaller (pruned) model"
                    : "lm-lens: out of memory: try a lower --order, a --min-count above 1,"
                    + " or a larger heap (java -Xmx4g -jar …)");
            return 1;
        }
        return afterOutput(code, stdout.failure(), new PrintWriter(System.err, true));
    }

    /**
     * The exit code once standard output is flushed: a write that failed ({@code > /dev/full}) is an error
     * with its reason, whatever the command returned; a closed pipe ({@code | head}) ends quietly with 141.
     */
    static int afterOutput(int code, java.io.IOException failure, PrintWriter err) {
        if (failure == null) {
            return code;
        }
        if (StandardOutput.isBrokenPipe(failure)) {
            return StandardOutput.BROKEN_PIPE_EXIT;
        }
        err.println("lm-lens: cannot write to standard output: " + failure.getMessage());
        err.flush();
        return code == 0 ? 1 : code;
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
