package org.lmlens.toy;

import java.util.List;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.smoothing.ArpaForm;
import org.lmlens.engine.smoothing.EstimationContext;
import org.lmlens.engine.smoothing.Estimator;
import org.lmlens.engine.smoothing.Formula;
import org.lmlens.engine.smoothing.FormulaCases;
import org.lmlens.engine.smoothing.FixedInterpolation;
import org.lmlens.engine.smoothing.ParameterSpec;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;

/**
 * A method outside the engine, as an extension would add one: each level's relative frequency mixed with
 * the shorter context at a fixed weight, P(w | h) = λ·c(h w)/c(h) + (1 − λ)·P(w | h') (Jelinek-Mercer with
 * one λ for every context, Chen &amp; Goodman 1998, eq. 5; the tests' {@link FixedInterpolation} estimator). Its formula is {@code ToyMethod.tex} beside this
 * class; whether it has an ARPA form is what the constructor is told, so a test can see both outcomes.
 */
public final class ToyMethod implements SmoothingMethod {
    public static final ParameterSpec LAMBDA = new ParameterSpec("lambda", "weight of the longer context", 0, 0.99, 0.7);
    private static final Formula FORMULA = Formula.of(ToyMethod.class, List.of(LAMBDA), FormulaCases::mixed);

    private final String name;
    private final ArpaForm arpaForm;

    public ToyMethod(String name, ArpaForm arpaForm) {
        this.name = name;
        this.arpaForm = arpaForm;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "Toy: a fixed mix of each context and the shorter one";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(LAMBDA);
    }

    @Override
    public Formula formula() {
        return FORMULA;
    }

    @Override
    public ArpaForm arpaForm() {
        return arpaForm;
    }

    @Override
    public Estimator estimate(NgramCounts counts, int order, Parameters parameters, EstimationContext context) {
        return new FixedInterpolation(counts, order, parameters.valueOf(LAMBDA));
    }
}
