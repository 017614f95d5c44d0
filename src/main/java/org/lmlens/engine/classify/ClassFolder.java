package org.lmlens.engine.classify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.text.TextSource;

/**
 * A labelled folder: one {@code NAME.train.txt} and one {@code NAME.test.txt} per class, the class being
 * the file's name (the layout of the shared corpora's {@code classes/} and of the shipped Tang poets).
 */
public final class ClassFolder {
    public static final String TRAIN = ".train.txt";
    public static final String TEST = ".test.txt";

    private ClassFolder() {
    }

    /** The training texts, one per class, sorted by file name. */
    public static List<LabelledText> training(Path folder) {
        return labelled(folder, TRAIN);
    }

    /** The test texts, one per class, sorted by file name. */
    public static List<LabelledText> test(Path folder) {
        return labelled(folder, TEST);
    }

    private static List<LabelledText> labelled(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted()
                    .map(f -> new LabelledText(label(f, suffix), TextSource.ofFile(f))).toList();
        } catch (IOException e) {
            throw new LmLensException(EngineMessages.get("classify.folder", folder, e.getMessage()), e);
        }
    }

    private static String label(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }
}
