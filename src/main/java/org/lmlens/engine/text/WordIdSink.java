package org.lmlens.engine.text;

import java.util.Arrays;

/** Receives sentences as word ids, one at a time. The array is reused by the caller: copy what you keep. */
@FunctionalInterface
public interface WordIdSink {
    /** A sentence of {@code length} ids ({@code length > 0}; dropped tokens are already left out). */
    void sentence(int[] ids, int length);

    /**
     * A sink of sentences of tokens that maps each token with {@code words}, leaves out those it maps to
     * -1, and hands the sentence to {@code sink} unless nothing is left: what the byte path does, for
     * tokens that come as strings (the character path, tokenised sentences). Not thread-safe.
     */
    static SentenceSink mapping(WordIds words, WordIdSink sink) {
        int[][] ids = {new int[64]};
        return tokens -> {
            int n = 0;
            for (String t : tokens) {
                int id = words.id(t);
                if (id >= 0) {
                    if (n == ids[0].length) {
                        ids[0] = Arrays.copyOf(ids[0], 2 * n);
                    }
                    ids[0][n++] = id;
                }
            }
            if (n > 0) {
                sink.sentence(ids[0], n);
            }
        };
    }
}
