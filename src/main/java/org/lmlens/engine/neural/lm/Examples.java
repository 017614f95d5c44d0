package org.lmlens.engine.neural.lm;

import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.Vocabulary;

/**
 * The (context, next word) pairs of a corpus, one per predicted token (every word and each sentence's
 * {@code </s>}; {@code <s>} is never predicted), as the n-gram models count them. A context that would
 * reach before the sentence start is padded with {@code <s>}: the n-gram models cut a context at its last
 * {@code <s>}, so a padded context and a cut one name the same history.
 */
public final class Examples {
    private final int contextLength;
    private final int[] contexts;
    private final int[] targets;

    private Examples(int contextLength, int[] contexts, int[] targets) {
        this.contextLength = contextLength;
        this.contexts = contexts;
        this.targets = targets;
    }

    public static Examples of(Corpus corpus, int contextLength) {
        int[] tokens = corpus.tokenArray();
        int n = 0;
        for (int s = 0; s < corpus.sentenceCount(); s++) {
            n += corpus.sentenceEnd(s) - corpus.sentenceStart(s) - 1;
        }
        int[] contexts = new int[Math.multiplyExact(n, contextLength)];
        int[] targets = new int[n];
        int e = 0;
        for (int s = 0; s < corpus.sentenceCount(); s++) {
            int start = corpus.sentenceStart(s);
            for (int i = start + 1; i < corpus.sentenceEnd(s); i++) {
                fillContext(tokens, start, i, contexts, e * contextLength, contextLength);
                targets[e++] = tokens[i];
            }
        }
        return new Examples(contextLength, contexts, targets);
    }

    /**
     * Writes the {@code length} ids before {@code tokens[i]} into {@code out[at..]}, positions before the
     * sentence start {@code tokens[start]} (its {@code <s>}) as {@code <s>}.
     */
    static void fillContext(int[] tokens, int start, int i, int[] out, int at, int length) {
        for (int j = 0; j < length; j++) {
            int pos = i - length + j;
            out[at + j] = pos < start ? Vocabulary.BOS : tokens[pos];
        }
    }

    /** At most {@code max} examples drawn without replacement (seeded), in their original order; all if fewer. */
    public Examples sample(int max, long seed) {
        if (max >= size()) {
            return this;
        }
        int[] picked = org.lmlens.engine.eval.HeldOutSplit.testSentences(size(), max / (double) size(), seed);
        return new Examples(contextLength, contexts(picked), targets(picked));
    }

    public int size() {
        return targets.length;
    }

    public int contextLength() {
        return contextLength;
    }

    /** The contexts of examples {@code indexes}, one after the other. */
    int[] contexts(int[] indexes) {
        int[] out = new int[indexes.length * contextLength];
        for (int i = 0; i < indexes.length; i++) {
            System.arraycopy(contexts, indexes[i] * contextLength, out, i * contextLength, contextLength);
        }
        return out;
    }

    int[] targets(int[] indexes) {
        int[] out = new int[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            out[i] = targets[indexes[i]];
        }
        return out;
    }

    /** The word predicted by example i. */
    public int target(int i) {
        return targets[i];
    }

    /** Context word j of example i. */
    public int context(int i, int j) {
        return contexts[i * contextLength + j];
    }
}
