package org.lmlens.engine.model;

/**
 * Test-set figures with KenLM's conventions ({@code query}'s summary): tokens are the words plus one
 * {@code </s>} per sentence ({@code <s>} is never predicted); an OOV is a test word not in the
 * vocabulary, scored as {@code <unk>}. Perplexity including OOVs is 10^(-log10P / tokens); excluding
 * them, the OOV tokens and their log probabilities are left out of both sums. Cross-entropy is in bits
 * per token. Infinite values (MLE with an unseen event) are {@link Double#POSITIVE_INFINITY}, never NaN:
 * every test corpus has at least one in-vocabulary token ({@code </s>}).
 *
 * <p><b>Per character.</b> Per-token figures depend on the tokenizer (the same Chinese text has fewer
 * tokens with {@code zh-word} than with {@code char}), so the same probability is also given per
 * character, which depends on the text alone. A <em>character</em> is a Unicode code point of the text's
 * words — white space is not counted (every tokenizer drops it) — and each sentence end counts as one
 * character: it stands for the line break or end mark that {@code </s>} predicts. An {@code <unk>}
 * counts the characters of the word it replaced. Then perplexity per character is 10^(-log10P / C) and
 * bits per character -log2 P / C. The same definition is used for every language, in the CLI's
 * {@code score} and {@code eval} and in the app.
 *
 * @param inVocabularyLog10Prob the log10 probability of the non-OOV tokens only
 * @param zeroProbabilityTokens tokens the model gave probability 0 (only MLE does): the reason for an
 *                              infinite perplexity
 * @param characters            the characters of the test text as defined above, or -1 when not known (a
 *                              part of a corpus whose {@code <unk>} spellings were not kept)
 */
public record Evaluation(long sentences, long tokens, long oov, double log10Prob, double inVocabularyLog10Prob,
                        long zeroProbabilityTokens, long characters) {
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

    /** 10^(-log10P / characters), or NaN when the characters are not known. */
    public double perplexityPerCharacter() {
        return characters > 0 ? Math.pow(10, -log10Prob / characters) : Double.NaN;
    }

    /** -log2 P / characters, or NaN when the characters are not known. */
    public double bitsPerCharacter() {
        return characters > 0 ? -log10Prob / characters * LOG2_10 : Double.NaN;
    }

    public double oovRate() {
        return (double) oov / tokens;
    }
}
