package org.lmlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.arpa.ArpaWriter;
import org.lmlens.engine.model.LanguageModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export-arpa", mixinStandardHelpOptions = true,
        description = "Write the model as an ARPA back-off file (KenLM/SRILM format); interpolated methods only.")
final class ExportArpaCommand extends ModelCommand {
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The ARPA file to write.")
    Path out;

    @Override
    int run(ModelSource source) {
        LanguageModel lm = source.model();
        ArpaWriter.checkWritable(lm);
        refuseInput(out);
        long t0 = System.nanoTime();
        ArpaWriter.Summary s = ArpaWriter.write(lm, out, comments(source, lm));
        long t1 = System.nanoTime();
        Map<String, Object> ngrams = new LinkedHashMap<>();
        StringBuilder sb = new StringBuilder("wrote ").append(out).append(": ").append(lm.method().name())
                .append(", order ").append(lm.order()).append(", ").append(s.bytes()).append(" bytes in ")
                .append(Format.seconds(t1 - t0));
        for (int k = 1; k < s.ngrams().length; k++) {
            ngrams.put(String.valueOf(k), s.ngrams()[k]);
            sb.append("\n").append(k).append("-grams ").append(s.ngrams()[k]);
        }
        print(Json.object("file", out.toString(), "method", lm.method().name(), "order", lm.order(), "ngrams", ngrams,
                "bytes", s.bytes(), "seconds", Json.object("load", loadNanos / 1e9, "write", (t1 - t0) / 1e9)),
                sb.toString());
        return 0;
    }

    /** What the file cannot say in ARPA itself: how the text was split, and the method behind the numbers. */
    private List<String> comments(ModelSource source, LanguageModel lm) {
        List<String> c = new ArrayList<>();
        c.add("Written by " + new LmLensCli.Version().getVersion()[0] + " (export-arpa)");
        c.add("method " + lm.method().name() + " " + lm.parameters().asMap() + ", order " + lm.order());
        lm.estimator().fittedParameters().forEach((k, v) -> c.add("fitted " + k + ": " + v));
        if (source.isArpa()) {
            c.add("re-exported from the ARPA file " + source.arpa().name());
        } else {
            // The tokenizer actually used ("auto" resolved), so the file says how to split a test text.
            String tokenizer = source.text("export-arpa").options().tokenizer().name();
            c.add("trained on " + model.train + " with --tokenizer " + tokenizer + " --sentences " + model.sentences
                    + (model.lowercase ? " --lowercase" : "") + " --min-count " + model.minCount
                    + ": split test text the same way");
        }
        lm.estimator().notices().forEach(n -> c.add("note: " + n));
        return c;
    }

    /** The app never writes over its input files. */
    private void refuseInput(Path target) {
        List<Path> inputs = new ArrayList<>(model.train);
        if (model.arpa != null) {
            inputs.add(model.arpa);
        }
        for (Path in : inputs) {
            try {
                if (Files.exists(target) && Files.isSameFile(in, target)) {
                    throw new LmLensException("--out " + target + " is an input file: choose another file name");
                }
            } catch (IOException e) {
                throw new LmLensException("Cannot check --out " + target + ": " + e.getMessage(), e);
            }
        }
    }
}
