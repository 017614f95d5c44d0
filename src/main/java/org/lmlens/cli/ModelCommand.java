package org.lmlens.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.lmlens.engine.model.TrainedText;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every command that needs a trained text: parses the shared options, loads the text, and
 * prints either JSON or readable text. Subclasses only parse their own options and print.
 */
abstract class ModelCommand implements Callable<Integer> {
    @Mixin
    ModelOptions model;

    @Spec
    CommandSpec spec;

    /** Time spent reading and counting the training text, for commands that report timings. */
    long loadNanos;

    @Override
    public final Integer call() {
        long start = System.nanoTime();
        TrainedText text = model.loadText();
        loadNanos = System.nanoTime() - start;
        return run(text);
    }

    abstract int run(TrainedText text);

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Prints JSON when --json is given, otherwise the readable form. */
    void print(Object jsonValue, String readable) {
        out().println(model.json ? Json.write(jsonValue) : readable);
        out().flush();
    }

    /** Splits a context or sentence the way the training text was split. */
    List<String> tokens(TrainedText text, String s) {
        List<String> out = new java.util.ArrayList<>();
        if (s == null) {
            return out;
        }
        // Markers such as <s> pass through whole, whatever the tokenizer.
        for (String part : s.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (Arrays.asList("<s>", "</s>", "<unk>").contains(part)) {
                out.add(part);
            } else {
                text.options().tokenizer().tokenize(part, t -> out.add(text.options().lowercase()
                        ? t.toLowerCase(java.util.Locale.ROOT) : t));
            }
        }
        return out;
    }
}
