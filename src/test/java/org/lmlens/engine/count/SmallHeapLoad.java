package org.lmlens.engine.count;

import java.nio.file.Path;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;

/**
 * Child JVM of {@link MemoryGuardTest}: loads a file at an order in whatever heap it was started with and
 * prints either the n-gram count or the engine's message (exit 2). An OutOfMemoryError is left uncaught
 * on purpose, so the test sees its stack trace if the guard ever lets one through.
 */
public final class SmallHeapLoad {
    private SmallHeapLoad() {
    }

    public static void main(String[] args) {
        int order = Integer.parseInt(args[1]);
        int minCount = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        try {
            TrainedText t = TrainedText.load(TextSource.ofFile(Path.of(args[0])), TextOptions.defaults()
                    .withTokenizer(org.lmlens.engine.text.Tokenizers.byName("whitespace")), minCount, order,
                    Progress.NONE);
            System.out.println("loaded " + t.counts().size(order) + " " + order + "-grams");
        } catch (LmLensException e) {
            System.out.println("refused: " + e.getMessage());
            System.exit(2);
        }
    }
}
