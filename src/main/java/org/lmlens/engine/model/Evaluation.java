package org.lmlens.engine.model;

/**
 * Test-set figures with KenLM's conventions ({@code query}'s summary): tokens are the words plus one
 * {@code </s>} per sentence ({@code <s>} is never predicted); an OOV is a test word not in the
 * vocabulary, scored as {@code <unk>}. Perplexity including OOVs is 10^(-log10P / tokens); excluding
 * them, the OOV tokens and their log probabilities are left out of both sums. Cross-entropy is in bits
 * per token. Infinite values (MLE with an unseen event) are {@link Double#POSITIVE_INFINITY}, never NaN:
 * every test corpus has at least one in-vocabulary token ({@code </s>}).
 *
 * @param inVocabularyLog10Prob the log10 probability of the non-OOV tokens only
 * @param zeroProbabilityTokens tokens the model gave probability 0 (only MLE does): the reason for an
 *                              infinite perplexity
 */
public record Evaluation(long sentences, long tokens, long oov, double log10Prob, double inVocabularyLog10Prob,
                        long zeroProbabilityTokens) {
    static final double LOG2_10 = Math.log(10) / Math.log(2);

    public double perplexity() {
        return Math.pow(10, -log10Prob / tokens);
    }

    public double perplexityExcludingOov() {
        return Math.pow(10, -inVocabularyLog10Prob / (tokens - oov));
    }

    public double crossEntropyBits() {
        return -log10Prob / tokens * LOG2_10;
    }

    public double oovRate() {
        return (double) oov / tokens;
    }
}
