package org.lmlens.engine.model;

import java.util.List;

/**
 * The chain-rule breakdown of one sentence. {@code tokens} counts the predicted tokens: the words and
 * {@code </s>}. Log probabilities are base 10 (KenLM's convention); perplexity is 10^(-log10P / tokens)
 * and is {@link Double#POSITIVE_INFINITY} when a token has probability 0. {@code characters} are the
 * sentence's characters as {@link Evaluation} defines them (its words' code points, plus one for its end).
 */
public record SentenceScore(List<TokenScore> scores, double log10Prob, int tokens, int oov, int characters) {
    public double perplexity() {
        return Math.pow(10, -log10Prob / tokens);
    }

    public double perplexityPerCharacter() {
        return Math.pow(10, -log10Prob / characters);
    }

    public double bitsPerCharacter() {
        return -log10Prob / characters * Evaluation.LOG2_10;
    }

    public double bitsPerToken() {
        return -log10Prob / tokens * Evaluation.LOG2_10;
    }
}
