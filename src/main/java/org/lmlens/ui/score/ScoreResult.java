package org.lmlens.ui.score;

import java.util.List;
import org.lmlens.engine.model.SentenceScore;
import org.lmlens.engine.model.TokenScore;

/**
 * The scores of the typed sentences under the current model, or an error message. Totals are over all
 * sentences: log10 P is the sum, perplexity is 10^(-log10 P / tokens) over the predicted tokens (words
 * and one {@code </s>} per sentence), infinite when some token has probability 0.
 */
public record ScoreResult(List<SentenceScore> sentences, int order, String error, boolean normalised) {
    public static final ScoreResult EMPTY = new ScoreResult(List.of(), 0, null, true);

    /** Scores of a normalised method (probabilities). */
    public ScoreResult(List<SentenceScore> sentences, int order, String error) {
        this(sentences, order, error, true);
    }

    public static ScoreResult error(String message) {
        return new ScoreResult(List.of(), 0, message);
    }

    public double log10Prob() {
        return sentences.stream().mapToDouble(SentenceScore::log10Prob).sum();
    }

    public int tokens() {
        return sentences.stream().mapToInt(SentenceScore::tokens).sum();
    }

    public double perplexity() {
        return tokens() == 0 ? Double.NaN : Math.pow(10, -log10Prob() / tokens());
    }

    public double bitsPerToken() {
        return tokens() == 0 ? Double.NaN : -log10Prob() / tokens() * Math.log(10) / Math.log(2);
    }

    /** Characters as {@link org.lmlens.engine.model.Evaluation} defines them, over all sentences. */
    public int characters() {
        return sentences.stream().mapToInt(SentenceScore::characters).sum();
    }

    public double perplexityPerCharacter() {
        return characters() == 0 ? Double.NaN : Math.pow(10, -log10Prob() / characters());
    }

    public double bitsPerCharacter() {
        return characters() == 0 ? Double.NaN : -log10Prob() / characters() * Math.log(10) / Math.log(2);
    }

    /** Whether some token got probability 0 (MLE and an unseen event): the reason for ∞. */
    public boolean hasZero() {
        return tokenScores().stream().anyMatch(t -> t.probability() == 0);
    }

    public List<TokenScore> tokenScores() {
        return sentences.stream().flatMap(s -> s.scores().stream()).toList();
    }

    /** Whether the model used fewer context words than it could (a back-off to a shorter n-gram). */
    public static boolean backedOff(TokenScore t) {
        return t.suppliedByOrder() > 0 && t.suppliedByOrder() < t.context().size() + 1;
    }

    /** Colour bin of a token by log10 P: 0 = P ≥ 0.1, 1 = ≥ 0.01, 2 = ≥ 0.001, 3 = smaller, 4 = P = 0. */
    public static int bin(double probability) {
        if (probability <= 0) {
            return 4;
        }
        double l = Math.log10(probability);
        return l >= -1 ? 0 : l >= -2 ? 1 : l >= -3 ? 2 : 3;
    }
}
