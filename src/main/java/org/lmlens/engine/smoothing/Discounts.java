package org.lmlens.engine.smoothing;

import java.util.List;
import java.util.OptionalDouble;
import org.lmlens.engine.EngineMessages;

/**
 * The one-discount-per-order estimate shared by absolute discounting and Kneser-Ney: D = n1 / (n1 + 2·n2)
 * (Ney, Essen &amp; Kneser 1994; Chen &amp; Goodman 1998, eq. 26), where n1 and n2 are the numbers of
 * n-grams of that order seen exactly once and twice.
 */
final class Discounts {
    /** The discount used when n1 or n2 is 0 and the formula says nothing useful. */
    static final double FALLBACK = 0.5;

    /** The {@code --discount} parameter: when set, it replaces the estimate at every order. */
    static final ParameterSpec DISCOUNT = new ParameterSpec("discount",
            "discount D subtracted from every seen count, at every order (default: n1/(n1+2·n2) per order)",
            0, 1, 0.75);

    private Discounts() {
    }

    /**
     * The discount for one order: the user's value if given, else n1/(n1+2·n2), else {@link #FALLBACK}
     * with a notice added to {@code notices}.
     */
    static double choose(Parameters parameters, int order, long n1, long n2, List<String> notices) {
        OptionalDouble user = parameters.get(DISCOUNT.name());
        if (user.isPresent()) {
            return parameters.valueOf(DISCOUNT);
        }
        if (n1 == 0 || n2 == 0) {
            notices.add(EngineMessages.get("notice.discountFallback", order, n1, n2, FALLBACK));
            return FALLBACK;
        }
        return (double) n1 / (n1 + 2.0 * n2);
    }
}
