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
    java.util.Map<String, Path> outputs() {
        return java.util.Map.of("--out", out); // refused before any work when it names an input
    }

    @Override
    int run(ModelSource source) {
        LanguageModel lm = source.model();
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
}
