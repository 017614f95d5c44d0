package org.lmlens.engine.smoothing;

import org.lmlens.engine.count.NgramCounts;

/**
 * Laplace (add-one) smoothing, SLP3 eq. 3.24: P(w | h) = (c(h w) + 1) / (c(h) + |O|), with O the outcomes
 * (vocabulary words, {@code </s>}, {@code <unk>}). Every event gets one imaginary extra occurrence.
 */
public final class Laplace implements SmoothingMethod {
    private static final Formula FORMULA = Formula.of(Laplace.class, in -> FormulaCases.additive(in, 1));

    @Override
    public String name() {
        return "laplace";
    }

    @Override
    public String description() {
        return "Laplace (add-one): pretend every n-gram was seen once more than it was";
    }

    /** {@code Laplace.tex}. */
    @Override
    public Formula formula() {
        return FORMULA;
    }

    @Override
    public ArpaForm arpaForm() {
        return ArpaForm.refused("arpa.why.additive");
    }

    @Override
    public boolean inDefaultComparison() {
        return true;
    }

    @Override
    public Estimator estimate(NgramCounts counts, int order, Parameters parameters, EstimationContext context) {
        return new AdditiveEstimator(counts, order, 1.0);
    }
}
