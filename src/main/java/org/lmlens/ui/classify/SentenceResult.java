package org.lmlens.ui.classify;

import org.lmlens.engine.classify.Decision;

/**
 * The typed line's decision by the generative classifier (bars, per-token table, posterior) and the
 * log-linear posterior beside it (null until that model is trained); or a message when there is nothing
 * to show.
 */
public record SentenceResult(Decision decision, double[] logLinearPosterior, String message) {
    static final SentenceResult EMPTY = new SentenceResult(null, null, null);

    static SentenceResult error(String message) {
        return new SentenceResult(null, null, message);
    }
}
