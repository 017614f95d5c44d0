package org.lmlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Spec
    CommandSpec spec;

    /** Time spent reading and counting the training text (or reading the ARPA file), for timings. */
    long loadNanos;

    private ModelSource source;

    @Override
    public final Integer call() {
        long start = System.nanoTime();
        source = ModelSource.load(model);
        loadNanos = System.nanoTime() - start;
        return run(source);
    }

    abstract int run(ModelSource source);

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
