package org.lmlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lmlens.engine.io.InputFile;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Base of every command that needs a model: parses the shared options, loads the model's source (a
 * training text or an ARPA file, see {@link ModelSource}), and prints either JSON or readable text, with
 * the model's notices (fallback discounts, ARPA fix-ups) on standard error or under {@code "notices"}.
 * Subclasses only parse their own options and print.
 */
abstract class ModelCommand implements Callable<Integer> {
    @Mixin
    ModelOptions model;

    @Mixin
    ModelFiles files;

    @Spec
    CommandSpec spec;

    /** Time spent reading and counting the training text (or reading the ARPA file), for timings. */
    long loadNanos;

    private ModelSource source;

    @Override
    public final Integer call() {
        model.files = files;
        checkOptions();
        checkInputsAndOutputs();
        long start = System.nanoTime();
        source = ModelSource.load(model);
        loadNanos = System.nanoTime() - start;
        return run(source);
    }

    abstract int run(ModelSource source);

    /** Test texts the command will encode (a list of files each): inputs, checked with the others. */
    List<List<Path>> testFiles() {
        return List.of();
    }

    /** Checks the command's own option values before anything is read; throw {@link #usageError}. */
    void checkOptions() {
    }

    /** Files the command writes, by option ({@code --out}); never one of its inputs. */
    Map<String, Path> outputs() {
        return Map.of();
    }

    /** Every input of the run: training text, ARPA file, held-out text, test texts. */
    List<Path> inputs() {
        List<Path> in = new ArrayList<>(model.inputs());
        testFiles().forEach(in::addAll);
        return in;
    }

    /** Standard input is read once: one option may name it. Outputs are checked before the work. */
    private void checkInputsAndOutputs() {
        long stdin = inputs().stream().filter(InputFile::isStdin).count();
        if (stdin > 1) {
            throw usageError("standard input (-) can be read only once: give it to one option");
        }
        List<Path> streams = inputs().stream().filter(p -> !InputFile.isStdin(p) && InputFile.isReadOnce(p))
                .map(p -> p.toAbsolutePath().normalize()).toList();
        if (streams.size() != new java.util.HashSet<>(streams).size()) {
            throw usageError("a pipe or FIFO can be read only once: give it to one option");
        }
        outputs().forEach((option, target) -> OutputFiles.checkTarget(option, target, inputs()));
    }

    ParameterException usageError(String message) {
        return model.usageError(message);
    }

    /** A status line ("wrote …"): standard error, so that standard output holds only the results. */
    void status(String line) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(line);
        err.flush();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Prints JSON when --json is given (notices under "notices"), otherwise the readable form (notices to stderr). */
    void print(Object jsonValue, String readable) {
        print(jsonValue, () -> readable);
    }

    /** As {@link #print(Object, String)}, building the readable form only when it is printed. */
    void print(Object jsonValue, java.util.function.Supplier<String> readableForm) {
        List<String> notices = source == null ? List.of() : source.notices();
        if (model.json) {
            Object value = jsonValue;
            if (jsonValue instanceof Map<?, ?> map) {
                Map<Object, Object> copy = new LinkedHashMap<>(map);
                copy.put("notices", notices);
                value = copy;
            }
            out().println(Json.write(value));
        } else {
            out().println(readableForm.get());
            PrintWriter err = spec.commandLine().getErr();
            notices.forEach(n -> err.println("lm-lens: note: " + n));
            err.flush();
        }
        out().flush();
    }
}
