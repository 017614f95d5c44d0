package org.lmlens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.compact.CompactExport;
import org.lmlens.engine.model.LanguageModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export-model", mixinStandardHelpOptions = true,
        description = "Write the model as a compact model file (memory-mapped by --model: opens at once, whatever its size);"
                + " interpolated methods and ARPA models.")
final class ExportModelCommand extends ModelCommand {
    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The compact model file to write.")
    Path out;

    @Override
    int run(ModelSource source) {
        LanguageModel lm = source.model();
        for (Path in : inputs()) {
            try {
                if (Files.exists(out) && Files.isSameFile(in, out)) {
                    throw new LmLensException("--out " + out + " is an input file: choose another file name");
                }
            } catch (IOException e) {
                throw new LmLensException("Cannot check --out " + out + ": " + e.getMessage(), e);
            }
        }
        long t0 = System.nanoTime();
        CompactExport.write(lm, out);
        long t1 = System.nanoTime();
        long bytes;
        try {
            bytes = Files.size(out);
        } catch (IOException e) {
            bytes = -1;
        }
        print(Json.object("file", out.toString(), "method", lm.method().name(), "order", lm.order(), "bytes", bytes,
                "seconds", Json.object("load", loadNanos / 1e9, "write", (t1 - t0) / 1e9)),
                "wrote " + out + ": " + lm.method().name() + ", order " + lm.order() + ", " + bytes + " bytes in "
                        + Format.seconds(t1 - t0));
        return 0;
    }

    private java.util.List<Path> inputs() {
        java.util.List<Path> in = new java.util.ArrayList<>(model.train);
        if (model.arpa != null) {
            in.add(model.arpa);
        }
        return in;
    }
}
