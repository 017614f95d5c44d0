package org.lmlens.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/**
 * Loads files as the app does ({@link TrainedText#load}, memory guard included) and prints the result or
 * the guard's message: how the README's limits were measured (run by hand, with the default heap).
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) org.lmlens.bench.LoadFiles ORDER FILE...</pre>
 */
public final class LoadFiles {
    private LoadFiles() {
    }

    public static void main(String[] args) {
        int order = Integer.parseInt(args[0]);
        List<Path> files = Arrays.stream(args).skip(1).map(Path::of).toList();
        long start = System.nanoTime();
        try {
            TrainedText t = TrainedText.load(TextSource.ofFiles(files), TextOptions.defaults().withTokenizer(
                    Tokenizers.byName("whitespace")), 1, order, Progress.NONE);
            System.out.printf(Locale.ROOT, "loaded %,d tokens at order %d in %.1f s (max heap %.2f GB)%n",
                    t.corpus().wordTokens(), order, (System.nanoTime() - start) / 1e9,
                    Runtime.getRuntime().maxMemory() / 1e9);
        } catch (LmLensException e) {
            System.out.printf(Locale.ROOT, "refused after %.1f s: %s%n", (System.nanoTime() - start) / 1e9,
                    e.getMessage());
            System.exit(2);
        }
    }
}
