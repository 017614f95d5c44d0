package org.lmlens.engine.classify;

import java.util.ArrayList;
import java.util.List;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.text.Detokenizer;
import org.lmlens.engine.text.TextReader;

/**
 * Held-out lines with their true class, read like the training lines and encoded with the training
 * vocabulary. The tokens are kept as read (an unknown word keeps its spelling) so that a misclassified
 * line can be shown as it was written. Immutable.
 */
public final class TestLines {
    private final List<List<String>> tokens;
    private final int[] gold;
    private final Corpus encoded;

    private TestLines(List<List<String>> tokens, int[] gold, Corpus encoded) {
        this.tokens = tokens;
        this.gold = gold;
        this.encoded = encoded;
    }

    /**
     * Reads test texts; each must be labelled with one of the training classes.
     *
     * @throws LmLensException for a label the training set does not have, or an unreadable text
     */
    public static TestLines read(ClassData training, List<LabelledText> tests, Progress progress) {
        List<List<String>> tokens = new ArrayList<>();
        List<Integer> gold = new ArrayList<>();
        for (LabelledText t : tests) {
            int c = training.indexOf(t.label());
            if (c < 0) {
                throw new LmLensException(EngineMessages.get("classify.unknownTestClass", t.label(),
                        String.join(", ", training.labels())));
            }
            progress.checkCancelled();
            TextReader.read(t.source(), training.options(), s -> {
                tokens.add(List.copyOf(s));
                gold.add(c);
            }, progress);
        }
        return of(training, tokens, gold.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Lines already tokenised, with their class indexes. */
    public static TestLines of(ClassData training, List<List<String>> lines, int[] gold) {
        if (lines.size() != gold.length) {
            throw new IllegalArgumentException(lines.size() + " lines, " + gold.length + " labels");
        }
        return new TestLines(List.copyOf(lines), gold.clone(),
                CorpusBuilder.encode(lines, training.vocabulary()));
    }

    public int size() {
        return gold.length;
    }

    public int gold(int line) {
        return gold[line];
    }

    public List<String> tokens(int line) {
        return tokens.get(line);
    }

    /** The line as text: Chinese characters unspaced, other tokens joined by spaces. */
    public String text(int line) {
        return Detokenizer.join(tokens.get(line));
    }

    /** The lines as word ids over the training vocabulary, one sentence per line. */
    public Corpus encoded() {
        return encoded;
    }
}
