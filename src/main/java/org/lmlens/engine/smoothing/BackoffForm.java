package org.lmlens.engine.smoothing;

/**
 * An estimator that is exactly a back-off model over the n-grams its counts store, so that it can be
 * written as an ARPA file: for every stored n-gram h w, {@code probability(h, w)} is the value to write;
 * for every stored n-gram h, {@link #backoffWeight} is bow(h); and for any history the estimator's value is
 * the ARPA rule
 *
 * <pre>
 *   P(w | h) = p(h w)                 if h w is stored
 *            = bow(h) · P(w | h')     otherwise (bow(h) = 1 when h is not stored)
 * </pre>
 *
 * Interpolated methods have this form (bow = γ); additive methods (Laplace, Lidstone) and MLE do not.
 */
public interface BackoffForm {
    /** bow(h) for the stored n-gram h = (contextOrder, index), 1 when h is never a context. */
    double backoffWeight(int contextOrder, int index);
}
