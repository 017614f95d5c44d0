package org.lmlens.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.model.TrainedText;

/** Small corpora shared by tests, and the location of the shared corpora (if present). */
public final class TestCorpora {
    /** The SLP3 ch. 3 mini-corpus. */
    public static final String MINI = "I am Sam\nSam I am\nI do not like green eggs and ham\n";

    private TestCorpora() {
    }

    public static List<List<String>> sentences(String text) {
        return Arrays.stream(text.split("\n")).filter(s -> !s.isBlank())
                .map(s -> Arrays.asList(s.trim().split("\\s+"))).toList();
    }

    public static TrainedText mini(int order) {
        Corpus corpus = CorpusBuilder.train(sentences(MINI), 1);
        return TrainedText.of(corpus, order);
    }

    /** The shared corpora folder, or null when this checkout has none (tests then skip). */
    public static Path corpora() {
        String p = System.getProperty("lmlens.corpora", "../shared/corpora");
        Path dir = Path.of(p);
        return Files.isDirectory(dir) ? dir : null;
    }
}
