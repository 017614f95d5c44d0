package org.lmlens.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/** The benchmark data: the Brown train/test split, whitespace-tokenised, found through {@code lmlens.corpora}. */
final class Brown {
    static final TextOptions WHITESPACE = TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace"));

    private Brown() {
    }

    static Path corpora() {
        return Path.of(System.getProperty("lmlens.corpora", "../shared/corpora"));
    }

    static Path train() {
        return existing(corpora().resolve("brown/train.txt"));
    }

    static Path test() {
        return existing(corpora().resolve("brown/test.txt"));
    }

    private static Path existing(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(p.toAbsolutePath() + " not found: run from the repository root or set"
                    + " -Dlmlens.corpora=DIR (pass it to JMH forks with -jvmArgsAppend)");
        }
        return p;
    }

    static Corpus trainCorpus() {
        return CorpusBuilder.train(TextSource.ofFile(train()), WHITESPACE, 1, Progress.NONE);
    }

    static Corpus testCorpus(Corpus train) {
        return CorpusBuilder.encode(TextSource.ofFile(test()), WHITESPACE, train.vocabulary(), Progress.NONE);
    }

    static NgramCounts counts(Corpus train, int order) {
        return NgramCounter.count(train, order, Progress.NONE);
    }

    /** The lines of a file split on white space (the peers' input form). */
    static List<String[]> sentences(Path file) {
        try {
            List<String[]> out = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String[] words = Arrays.stream(line.trim().split("\\s+")).filter(w -> !w.isEmpty())
                        .toArray(String[]::new);
                if (words.length > 0) {
                    out.add(words);
                }
            }
            return out;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
