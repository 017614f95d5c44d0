package org.lmlens.engine.smoothing;

import java.util.List;
import org.lmlens.engine.count.NgramCounts;

/**
 * Lidstone (add-k) smoothing, SLP3 eq. 3.27: P(w | h) = (c(h w) + k) / (c(h) + k·|O|), with O the outcomes
 * (vocabulary words, {@code </s>}, {@code <unk>}). k = 1 is Laplace; a small k moves less mass to unseen
 * events.
 */
public final class Lidstone implements SmoothingMethod {
    public static final ParameterSpec K =
            new ParameterSpec("k", "pseudo-count added to every n-gram", 1e-6, 10, 0.1);

    private static final Formula FORMULA = Formula.of(Lidstone.class, List.of(K),
            in -> FormulaCases.additive(in, in.parameters().valueOf(K)));

    @Override
    public String name() {
        return "lidstone";
    }

    @Override
    public String description() {
        return "Lidstone (add-k): add a fraction k to every count (k = 1 is Laplace)";
    }

    /** {@code Lidstone.tex}. */
    @Override
    public Formula formula() {
        return FORMULA;
    }

    @Override
    public ArpaForm arpaForm() {
        return ArpaForm.refused("arpa.why.additive");
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(K);
    }

    @Override
    public Estimator estimate(NgramCounts counts, int order, Parameters parameters, EstimationContext context) {
        return new AdditiveEstimator(counts, order, parameters.valueOf(K));
    }
}
