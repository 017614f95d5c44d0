package org.lmlens.engine.smoothing;

/**
 * The cases most methods' formulas share, as {@link Formula.Fill}s: each names the section of the method's
 * template it fills ({@code ratio}, {@code adjusted}, {@code backoff}, {@code discounted}, {@code mixed})
 * or of {@code common.tex} ({@code undefined}, {@code unseenContext}). The values are the explanation's
 * terms; the result is recomputed from them.
 */
public final class FormulaCases {
    private FormulaCases() {
    }

    /** Whether the n-gram h w was seen after a seen context: a back-off method's own case. */
    public static boolean seen(FormulaInputs in) {
        return in.explanation().count() > 0 && in.explanation().contextCount() > 0;
    }

    /** (c(h w) + k) / (c(h) + k·|V|) (section {@code additive}; Laplace is k = 1). */
    public static Formula.Fill additive(FormulaInputs in, double k) {
        Explanation e = in.explanation();
        double v = (e.count() + k) / (e.contextCount() + k * in.outcomes());
        return Formula.fill("additive", v).with("count", e.count()).with("contextCount", e.contextCount())
                .with("k", k).with("outcomes", (long) in.outcomes());
    }

    /** c(h w) / c(h) (section {@code ratio}), or 0/0 (section {@code undefined}) for a context never seen. */
    public static Formula.Fill ratio(FormulaInputs in) {
        Explanation e = in.explanation();
        if (e.contextCount() == 0) {
            // c(h) = 0: the relative frequency is 0/0, undefined (the engine refuses a distribution here)
            return Formula.fill("undefined", Double.NaN).with("count", e.count());
        }
        return Formula.fill("ratio", (double) e.count() / e.contextCount())
                .with("count", e.count()).with("contextCount", e.contextCount());
    }

    /** c*(h w) / c(h) (section {@code adjusted}), from the reconstituted count; an unseen context backs off. */
    public static Formula.Fill adjusted(FormulaInputs in) {
        Explanation e = in.explanation();
        if (e.contextCount() == 0) {
            return unseenContext(in);
        }
        return Formula.fill("adjusted", e.adjustedCount() / e.contextCount())
                .with("adjusted", e.adjustedCount()).with("contextCount", e.contextCount());
    }

    /** weight · P(w | h') for a back-off to the shorter context (section {@code backoff}). */
    public static Formula.Fill backoff(FormulaInputs in) {
        return weighted("backoff", in.explanation());
    }

    /** γ(h) · P(w | h') for a context the method has no counts for (section {@code unseenContext}). */
    public static Formula.Fill unseenContext(FormulaInputs in) {
        return weighted("unseenContext", in.explanation());
    }

    /** Absolute discounting and Kneser-Ney: max(c − D, 0)/c(h) + γ(h)·P_lower (section {@code discounted}). */
    public static Formula.Fill discounted(FormulaInputs in) {
        Explanation e = in.explanation();
        if (e.contextCount() == 0) {
            return unseenContext(in);
        }
        double v = Math.max(e.count() - e.discount(), 0) / e.contextCount()
                + e.lowerOrderWeight() * e.lowerOrderProbability();
        return Formula.fill("discounted", v).with("count", e.count()).with("discount", e.discount())
                .with("contextCount", e.contextCount()).with("weight", e.lowerOrderWeight())
                .with("lower", e.lowerOrderProbability());
    }

    /** Witten-Bell and Jelinek-Mercer: (1 − γ)·c/c(h) + γ·P_lower (section {@code mixed}). */
    public static Formula.Fill mixed(FormulaInputs in) {
        Explanation e = in.explanation();
        if (e.contextCount() == 0) {
            return unseenContext(in);
        }
        double g = e.lowerOrderWeight();
        double v = (1 - g) * e.count() / e.contextCount() + g * e.lowerOrderProbability();
        return Formula.fill("mixed", v).with("weight", g).with("count", e.count())
                .with("contextCount", e.contextCount()).with("lower", e.lowerOrderProbability());
    }

    /** Any method: α(h, w) + γ(h)·P_lower with α what the weighted lower order leaves (section {@code generic}). */
    static Formula.Fill generic(FormulaInputs in) {
        Explanation e = in.explanation();
        double alpha = e.probability() - e.lowerOrderWeight() * e.lowerOrderProbability();
        double v = alpha + e.lowerOrderWeight() * e.lowerOrderProbability();
        return Formula.fill("generic", v).with("alpha", alpha).with("weight", e.lowerOrderWeight())
                .with("lower", e.lowerOrderProbability());
    }

    private static Formula.Fill weighted(String section, Explanation e) {
        return Formula.fill(section, e.lowerOrderWeight() * e.lowerOrderProbability())
                .with("weight", e.lowerOrderWeight()).with("lower", e.lowerOrderProbability());
    }
}
