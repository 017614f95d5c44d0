package org.lmlens.engine.compact;

import java.io.IOException;
import java.nio.file.Path;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.arpa.ArpaWriter;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.smoothing.BackoffForm;
import org.lmlens.engine.smoothing.Estimator;

/**
 * Writes an in-process model as a compact model file: the same n-grams and values as its ARPA file
 * ({@link ArpaWriter}: log10 P(w | h) of every stored n-gram, log10 bow of every context, {@code <s>} at
 * -99), rounded to {@code float} the same way, so both files give the same probabilities.
 */
public final class CompactExport {
    /** KenLM's and SRILM's log10 for probability 0 ({@code <s>}). */
    public static final float LOG10_ZERO = -99f;

    private CompactExport() {
    }

    /** Writes the model; refuses, as {@link ArpaWriter#checkWritable} explains, a model that is no back-off model. */
    public static void write(LanguageModel lm, Path file) {
        ArpaWriter.checkWritable(lm);
        Estimator est = lm.estimator();
        BackoffForm backoff = (BackoffForm) est;
        NgramCounts counts = lm.counts();
        Vocabulary vocabulary = lm.vocabulary();
        int order = lm.order();
        long[] n = new long[order + 1];
        n[1] = vocabulary.size();
        for (int k = 2; k <= order; k++) {
            n[k] = counts.size(k);
        }
        try (CompactModelWriter out = new CompactModelWriter(file, order, n)) {
            out.vocabulary(vocabulary.words());
            int[] empty = new int[0];
            for (int w = 0; w < vocabulary.size(); w++) {
                double p = w == Vocabulary.BOS ? 0 : est.probability(empty, 0, 0, w);
                out.add(1, 0, w, log10Probability(p), order > 1 ? log10(backoff.backoffWeight(1, w)) : 0f);
            }
            for (int k = 2; k <= order; k++) {
                for (int i = 0, size = counts.size(k); i < size; i++) {
                    int[] ids = counts.ngram(k, i);
                    double p = est.probability(ids, 0, k - 1, ids[k - 1]);
                    out.add(k, counts.prefix(k, i), ids[k - 1], log10Probability(p),
                            k < order ? log10(backoff.backoffWeight(k, i)) : 0f);
                }
            }
        } catch (IOException e) {
            throw new LmLensException(EngineMessages.get("compact.cannotWrite", file, e.getMessage()), e);
        }
    }

    /** log10 of a probability as a float, never above 0 (1 + rounding is 0), -99 for 0: as in ARPA files. */
    public static float log10Probability(double p) {
        return p >= 1 ? 0f : log10(p);
    }

    /** log10 as a float; -99 for 0. */
    public static float log10(double v) {
        return v > 0 ? (float) Math.log10(v) : LOG10_ZERO;
    }
}
