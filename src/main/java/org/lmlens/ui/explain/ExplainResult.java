package org.lmlens.ui.explain;

import java.util.List;
import org.lmlens.engine.smoothing.Explanation;

/**
 * What the Smoothing-explained view shows for one P(word | context) under the current method.
 *
 * @param general       the method's formula (LaTeX)
 * @param substituted   the formula with this case's numbers (LaTeX), or null if no word is chosen
 * @param formulaValue  what the substituted formula evaluates to
 * @param probability   the engine's P(word | context)
 * @param seenMass      P mass on the words seen after the context used (c(h w) &gt; 0)
 * @param mleSeenMass   the same under MLE: 1 for a seen context, empty for an unseen one (MLE has no
 *                      distribution there; the chart shows no MLE bar and says why)
 * @param defined       whether the method has a distribution after this context (false: MLE, c(h) = 0)
 * @param error         a message instead of the above, or null
 */
public record ExplainResult(String method, List<String> context, String word, String general, String substituted,
                            double formulaValue, double probability, Explanation explanation, double seenMass,
                            java.util.OptionalDouble mleSeenMass, boolean defined, String error) {
    public static ExplainResult error(String method, String message) {
        return new ExplainResult(method, List.of(), null, null, null, Double.NaN, Double.NaN, null, Double.NaN,
                java.util.OptionalDouble.empty(), false, message);
    }

    public double unseenMass() {
        return 1 - seenMass;
    }

    /** Whether the substituted formula reproduces the engine's value (relative error below 1e-9). */
    public boolean matches() {
        return Math.abs(formulaValue - probability) <= 1e-9 * Math.max(1e-300, Math.abs(probability))
                || formulaValue == probability;
    }
}
