package org.lmlens.engine.count;

import java.util.Arrays;

/**
 * Sentences as word ids over a frozen {@link Vocabulary}, stored as one int array: every sentence is
 * {@code <s> w1 … wn </s>}, sentence {@code i} occupying {@code tokens[starts[i] .. starts[i+1])}.
 * Immutable; built by {@link CorpusBuilder}. This is the only copy of the text the engine keeps.
 */
public final class Corpus {
    private final Vocabulary vocabulary;
    private final int[] tokens;
    private final int[] starts;
    private final long oovTokens;
    private final int rawTypes;
    /** Each id's number of tokens, when the builder knew them already (a training text's frequencies), or null. */
    private final int[] tokenCounts;
    /** The characters of the text (see {@link #characters()}), or -1 when not known. */
    private long characters = -1;

    Corpus(Vocabulary vocabulary, int[] tokens, int[] starts, long oovTokens, int rawTypes) {
        this(vocabulary, tokens, starts, oovTokens, rawTypes, null);
    }

    Corpus(Vocabulary vocabulary, int[] tokens, int[] starts, long oovTokens, int rawTypes, int[] tokenCounts) {
        this.vocabulary = vocabulary;
        this.tokens = tokens;
        this.starts = starts;
        this.oovTokens = oovTokens;
        this.rawTypes = rawTypes;
        this.tokenCounts = tokenCounts;
    }

    /**
     * How many tokens of each id the corpus holds (markers included), as a new array, when its builder
     * knew them (a training text's frequencies, so counting need not go over the tokens again); else null.
     */
    int[] knownTokenCounts() {
        return tokenCounts == null ? null : tokenCounts.clone();
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public int sentenceCount() {
        return starts.length - 1;
    }

    /** Word tokens: every token but the {@code <s>} and {@code </s>} markers. */
    public long wordTokens() {
        return tokens.length - 2L * sentenceCount();
    }

    /** Word tokens that were not in the vocabulary and became {@code <unk>} (0 for most training corpora). */
    public long oovTokens() {
        return oovTokens;
    }

    /**
     * The characters of the text as {@link org.lmlens.engine.model.Evaluation} defines them (the code points
     * of its words, white space not counted, plus one per sentence end), or -1 when they are not known: a
     * part of a corpus whose {@code <unk>} tokens stand for words of unknown spelling.
     */
    public long characters() {
        if (characters < 0 && oovTokens == 0) {
            long c = sentenceCount();
            for (int i = 0; i < sentenceCount(); i++) {
                for (int k = starts[i] + 1; k < starts[i + 1] - 1; k++) {
                    String w = vocabulary.word(tokens[k]);
                    c += w.codePointCount(0, w.length());
                }
            }
            characters = c;
        }
        return characters;
    }

    /** This corpus, knowing its characters (counted while the text was read). */
    Corpus withCharacters(long count) {
        Corpus c = new Corpus(vocabulary, tokens, starts, oovTokens, rawTypes, tokenCounts);
        c.characters = count;
        return c;
    }

    /** Distinct words in the text as read, before min-count mapped rare ones to {@code <unk>}. */
    public int rawTypes() {
        return rawTypes;
    }

    /** Sentence {@code i} with its markers: {@code <s> w1 … wn </s>} (a copy). */
    public int[] sentence(int i) {
        return Arrays.copyOfRange(tokens, starts[i], starts[i + 1]);
    }

    public int sentenceStart(int i) {
        return starts[i];
    }

    public int sentenceEnd(int i) {
        return starts[i + 1];
    }

    /** The backing array of all sentences, shared for speed (hot loops): callers must not modify it. */
    public int[] tokenArray() {
        return tokens;
    }

    public int[] startArray() {
        return starts;
    }

    /** A corpus of the chosen sentences (in the given order), over the same vocabulary. */
    public Corpus select(int[] sentenceIndexes) {
        int total = 0;
        for (int i : sentenceIndexes) {
            total += starts[i + 1] - starts[i];
        }
        int[] t = new int[total];
        int[] s = new int[sentenceIndexes.length + 1];
        int pos = 0;
        long oov = 0;
        for (int k = 0; k < sentenceIndexes.length; k++) {
            int i = sentenceIndexes[k];
            int len = starts[i + 1] - starts[i];
            System.arraycopy(tokens, starts[i], t, pos, len);
            s[k] = pos;
            pos += len;
        }
        s[sentenceIndexes.length] = pos;
        if (oovTokens > 0) {
            for (int x : t) {
                oov += x == Vocabulary.UNK ? 1 : 0;
            }
        }
        return new Corpus(vocabulary, t, s, oov, rawTypes);
    }
}
