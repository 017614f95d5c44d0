package org.lmlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lmlens.engine.arpa.ArpaTextHeader;
import org.lmlens.engine.arpa.ArpaWriter;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.text.TextOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export-arpa", mixinStandardHelpOptions = true,
        description = "Write the model as an ARPA back-off file (KenLM/SRILM format): the interpolated methods and"
                + " Katz. The file records how the text was split; --arpa applies it when the file is read back.")
final class ExportArpaCommand extends ModelCommand {
    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The ARPA file to write (atomically: the old file stays until the new one is complete;"
                    + " never an input file); - writes to standard output.")
    Path out;

    @Override
    Map<String, Path> outputs() {
        return Map.of("--out", out);
    }

    @Override
    int run(ModelSource source) {
        LanguageModel lm = source.model();
        ArpaWriter.checkWritable(lm);
        List<String> comments = comments(source, lm);
        long t0 = System.nanoTime();
        long[][] written = new long[1][];
        OutputFiles.write("--out", out, inputs(), out(), w -> written[0] = ArpaWriter.write(lm, w, comments));
        long t1 = System.nanoTime();
        long[] n = written[0];
        boolean toStdout = OutputFiles.isStdout(out);
        Long bytes = toStdout ? null : fileSize(out);
        Map<String, Object> ngrams = new LinkedHashMap<>();
        StringBuilder sb = new StringBuilder("wrote ").append(toStdout ? "standard output" : out.toString())
                .append(": ").append(lm.method().name()).append(", order ").append(lm.order())
                .append(bytes == null ? "" : ", " + bytes + " bytes").append(" in ").append(Format.seconds(t1 - t0));
        for (int k = 1; k < n.length; k++) {
            ngrams.put(String.valueOf(k), n[k]);
            sb.append("\n").append(k).append("-grams ").append(n[k]);
        }
        Map<String, Object> json = Json.object("file", toStdout ? "-" : out.toString(), "method", lm.method().name(),
                "order", lm.order(), "ngrams", ngrams, "bytes", bytes,
                "seconds", Json.object("load", loadNanos / 1e9, "write", (t1 - t0) / 1e9));
        if (model.json && !toStdout) {
            print(json, "");
        } else {
            // The file is the result; the summary is status, on standard error (standard output may hold the file).
            status(model.json ? Json.write(json) : sb.toString());
            source.notices().forEach(notice -> status("lm-lens: note: " + notice));
        }
        return 0;
    }

    private static Long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** What the file cannot say in ARPA itself: how the text was split, and the method behind the numbers. */
    private List<String> comments(ModelSource source, LanguageModel lm) {
        List<String> c = new ArrayList<>();
        c.add("Written by " + new LmLensCli.Version().getVersion()[0] + " (export-arpa)");
        c.add("method " + lm.method().name() + " " + lm.parameters().asMap() + ", order " + lm.order());
        lm.estimator().fittedParameters().forEach((k, v) -> c.add("fitted " + k + ": " + v));
        if (source.isArpa()) {
            c.add("re-exported from the ARPA file " + source.arpa().name());
            ArpaTextHeader recorded = source.arpa().textHeader();
            c.add(ArpaTextHeader.of(source.textOptions(), recorded == null ? 1 : recorded.minCount()).comment());
        } else {
            // The tokenizer actually used ("auto" resolved), so that the file says how to split a test text.
            TextOptions used = source.text("export-arpa").options();
            c.add("trained on " + model.train + " with --tokenizer " + used.tokenizer().name() + " --sentences "
                    + used.sentenceMode().cliName() + (used.lowercase() ? " --lowercase" : "") + " --min-count "
                    + model.minCount + ": split test text the same way (lm-lens --arpa reads the next line)");
            c.add(ArpaTextHeader.of(used, model.minCount).comment());
        }
        lm.estimator().notices().forEach(n -> c.add("note: " + n));
        return c;
    }
}
