package org.lmlens.engine.bpe;

/**
 * The result of {@link BpeTrainer#train}: the model, and for each merge k (0-based) the pair's frequency
 * when it was chosen and the number of tokens of the training text after it. Before any merge the text is
 * {@code initialTokens} tokens (its bytes).
 */
public record BpeTraining(BpeModel model, long[] frequencies, long[] tokensAfter, long initialTokens,
                          long characters, long words, int mergesAsked) {
    public int merges() {
        return frequencies.length;
    }

    /** True when training ran out of pairs occurring often enough before {@link #mergesAsked()}. */
    public boolean stoppedEarly() {
        return merges() < mergesAsked;
    }

    /** Tokens of the training text after the first {@code k} merges (k = 0: its bytes). */
    public long tokensAfter(int k) {
        return k == 0 ? initialTokens : tokensAfter[Math.min(k, merges()) - 1];
    }

    public double tokensPerCharacter(int k) {
        return characters == 0 ? 0 : (double) tokensAfter(k) / characters;
    }

    public double tokensPerWord(int k) {
        return words == 0 ? 0 : (double) tokensAfter(k) / words;
    }
}
