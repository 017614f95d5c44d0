package org.lmlens.ui.explain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.smoothing.Explanation;

/**
 * LaTeX formulas of the smoothing methods, keyed by method name, and the same formula with the numbers
 * of one P(w | h) substituted from the engine's {@link Explanation}. The substituted value is computed
 * here from those numbers (not copied from the explanation's probability), so that a test can check it
 * against the engine. Pure Java: no JavaFX, no rendering.
 */
public final class FormulaTemplates {
    /** What a substitution needs besides the explanation. */
    public record Inputs(Explanation e, List<String> context, String word, int outcomes, double k) {
    }

    /**
     * A formula with numbers.
     *
     * @param latex the substituted formula, ending with "= value"
     * @param value the number the substituted formula evaluates to
     */
    public record Substitution(String latex, double value) {
    }

    /** One method's formula. */
    public interface Template {
        /** The general formula. */
        String general();

        Substitution substitute(Inputs in);
    }

    /** Method names with their own template; any other method gets {@link #GENERIC}. */
    public static final List<String> KNOWN = List.of("mle", "laplace", "lidstone", "good-turing", "katz", "absolute", // i18n-ok: LaTeX source
            "witten-bell", "kneser-ney", "modified-kneser-ney", "jelinek-mercer", "stupid-backoff");

    private static final String PWH = "P(w \\mid h)"; // i18n-ok: LaTeX source

    static final Template MLE = template(PWH + " = \\frac{c(h\\,w)}{c(h)}", // i18n-ok: LaTeX source
            in -> ratio(in, in.e().count(), in.e().contextCount()));
    static final Template LAPLACE = template(PWH + " = \\frac{c(h\\,w) + 1}{c(h) + |V|}",
            in -> {
                Explanation e = in.e();
                double v = (e.count() + 1.0) / (e.contextCount() + (double) in.outcomes());
                return new Substitution(lhs(in) + " = \\frac{" + e.count() + " + 1}{" + e.contextCount() + " + " // i18n-ok: LaTeX source
                        + in.outcomes() + "} = " + num(v), v);
            });
    static final Template LIDSTONE = template(PWH + " = \\frac{c(h\\,w) + k}{c(h) + k\\,|V|}",
            in -> {
                Explanation e = in.e();
                double v = (e.count() + in.k()) / (e.contextCount() + in.k() * in.outcomes());
                return new Substitution(lhs(in) + " = \\frac{" + e.count() + " + " + num(in.k()) + "}{" // i18n-ok: LaTeX source
                        + e.contextCount() + " + " + num(in.k()) + " \\times " + in.outcomes() + "} = " + num(v), v); // i18n-ok: LaTeX source
            });
    static final Template GOOD_TURING = template(
            "c^{*} = (c+1)\\,\\frac{N_{c+1}}{N_c}, \\quad " + PWH + " = \\frac{c^{*}(h\\,w)}{c(h)}", // i18n-ok: LaTeX source
            in -> adjusted(in));
    static final Template KATZ = template(PWH + " = \\begin{cases} d_{c}\\,\\frac{c(h\\,w)}{c(h)} & c(h\\,w) > 0 \\\\" // i18n-ok: LaTeX source
            + " \\alpha(h)\\, P(w \\mid h') & \\text{otherwise} \\end{cases}", // i18n-ok: LaTeX source
            in -> in.e().count() > 0 && in.e().contextCount() > 0 ? adjusted(in) : backoff(in, "\\alpha")); // i18n-ok: LaTeX source
    static final Template ABSOLUTE = template(PWH + " = \\frac{\\max(c(h\\,w) - D,\\,0)}{c(h)} + \\gamma(h)\\,"
            + "P(w \\mid h'), \\quad \\gamma(h) = \\frac{D\\,N_{1+}(h\\,\\bullet)}{c(h)}", FormulaTemplates::discounted);
    static final Template KNESER_NEY = template(PWH + " = \\frac{\\max(c(h\\,w) - D,\\,0)}{c(h)} + \\gamma(h)\\,"
            + "P_{\\mathrm{cont}}(w \\mid h'), \\quad P_{\\mathrm{cont}}(w) = \\frac{N_{1+}(\\bullet\\,w)}{N_{1+}(\\bullet\\,\\bullet)}",
            FormulaTemplates::discounted);
    static final Template MODIFIED_KNESER_NEY = template(PWH + " = \\frac{\\max(c(h\\,w) - D(c),\\,0)}{c(h)} + "
            + "\\gamma(h)\\,P(w \\mid h'), \\quad D(c) \\in \\{D_1, D_2, D_{3+}\\}", FormulaTemplates::discounted);
    static final Template WITTEN_BELL = template(PWH + " = \\frac{c(h\\,w) + N_{1+}(h\\,\\bullet)\\,P(w \\mid h')}"
            + "{c(h) + N_{1+}(h\\,\\bullet)} = (1-\\gamma)\\,\\frac{c(h\\,w)}{c(h)} + \\gamma\\,P(w \\mid h')",
            FormulaTemplates::mixed);
    static final Template JELINEK_MERCER = template(PWH + " = \\lambda\\,\\frac{c(h\\,w)}{c(h)} + (1-\\lambda)\\,"
            + "P(w \\mid h'), \\quad \\gamma = 1-\\lambda", FormulaTemplates::mixed); // i18n-ok: LaTeX source
    static final Template STUPID_BACKOFF = template("S(w \\mid h) = \\begin{cases} \\frac{c(h\\,w)}{c(h)} & c(h\\,w) > 0" // i18n-ok: LaTeX source
            + " \\\\ 0.4\\, S(w \\mid h') & \\text{otherwise} \\end{cases}", // i18n-ok: LaTeX source
            in -> in.e().count() > 0 && in.e().contextCount() > 0 ? ratio(in, in.e().count(), in.e().contextCount())
                    : backoff(in, "\\alpha")); // i18n-ok: LaTeX source
    static final Template GENERIC = template(PWH + " = \\alpha(h, w) + \\gamma(h)\\,P(w \\mid h')", in -> {
        Explanation e = in.e();
        double alpha = e.probability() - e.lowerOrderWeight() * e.lowerOrderProbability();
        double v = alpha + e.lowerOrderWeight() * e.lowerOrderProbability();
        return new Substitution(lhs(in) + " = " + num(alpha) + " + " + num(e.lowerOrderWeight()) + " \\times " // i18n-ok: LaTeX source
                + num(e.lowerOrderProbability()) + " = " + num(v), v);
    });

    private static final Map<String, Template> BY_NAME = Map.ofEntries(Map.entry("mle", MLE), // i18n-ok: LaTeX source
            Map.entry("laplace", LAPLACE), Map.entry("lidstone", LIDSTONE), Map.entry("good-turing", GOOD_TURING), // i18n-ok: LaTeX source
            Map.entry("katz", KATZ), Map.entry("absolute", ABSOLUTE), Map.entry("witten-bell", WITTEN_BELL), // i18n-ok: LaTeX source
            Map.entry("kneser-ney", KNESER_NEY), Map.entry("modified-kneser-ney", MODIFIED_KNESER_NEY),
            Map.entry("jelinek-mercer", JELINEK_MERCER), Map.entry("stupid-backoff", STUPID_BACKOFF));

    private FormulaTemplates() {
    }

    public static Template forMethod(String name) {
        return BY_NAME.getOrDefault(name, GENERIC);
    }

    public static boolean hasOwnTemplate(String name) {
        return BY_NAME.containsKey(name);
    }

    private static Template template(String general, java.util.function.Function<Inputs, Substitution> f) {
        return new Template() {
            @Override
            public String general() {
                return general;
            }

            @Override
            public Substitution substitute(Inputs in) {
                return f.apply(in);
            }
        };
    }

    private static Substitution ratio(Inputs in, long numerator, long denominator) {
        if (denominator == 0) {
            // c(h) = 0: the relative frequency is 0/0, undefined (the engine refuses a distribution here)
            return new Substitution(lhs(in) + " = \\frac{" + numerator + "}{0}", Double.NaN); // i18n-ok: LaTeX source
        }
        double v = (double) numerator / denominator;
        return new Substitution(lhs(in) + " = \\frac{" + numerator + "}{" + denominator + "} = " + num(v), v); // i18n-ok: LaTeX source
    }

    /** c*(h w) / c(h), from the reconstituted count (Good-Turing, Katz for seen n-grams). */
    private static Substitution adjusted(Inputs in) {
        Explanation e = in.e();
        if (e.contextCount() == 0) {
            return backoff(in, "\\gamma"); // i18n-ok: LaTeX source
        }
        double v = e.adjustedCount() / e.contextCount();
        return new Substitution(lhs(in) + " = \\frac{c^{*}}{c(h)} = \\frac{" + num(e.adjustedCount()) + "}{" // i18n-ok: LaTeX source
                + e.contextCount() + "} = " + num(v), v);
    }

    /** weight · P(w | h') for a back-off to the shorter context. */
    private static Substitution backoff(Inputs in, String symbol) {
        Explanation e = in.e();
        double v = e.lowerOrderWeight() * e.lowerOrderProbability();
        return new Substitution(lhs(in) + " = " + symbol + "(h)\\,P(w \\mid h') = " + num(e.lowerOrderWeight()) // i18n-ok: LaTeX source
                + " \\times " + num(e.lowerOrderProbability()) + " = " + num(v), v); // i18n-ok: LaTeX source
    }

    /** Absolute discounting and Kneser-Ney: max(c − D, 0)/c(h) + γ(h)·P_lower. */
    private static Substitution discounted(Inputs in) {
        Explanation e = in.e();
        if (e.contextCount() == 0) {
            return backoff(in, "\\gamma"); // i18n-ok: LaTeX source
        }
        double v = Math.max(e.count() - e.discount(), 0) / e.contextCount()
                + e.lowerOrderWeight() * e.lowerOrderProbability();
        return new Substitution(lhs(in) + " = \\frac{\\max(" + e.count() + " - " + num(e.discount()) + ",\\,0)}{" // i18n-ok: LaTeX source
                + e.contextCount() + "} + " + num(e.lowerOrderWeight()) + " \\times " + num(e.lowerOrderProbability()) // i18n-ok: LaTeX source
                + " = " + num(v), v);
    }

    /** Witten-Bell and Jelinek-Mercer: (1 − γ)·c/c(h) + γ·P_lower. */
    private static Substitution mixed(Inputs in) {
        Explanation e = in.e();
        if (e.contextCount() == 0) {
            return backoff(in, "\\gamma"); // i18n-ok: LaTeX source
        }
        double g = e.lowerOrderWeight();
        double v = (1 - g) * e.count() / e.contextCount() + g * e.lowerOrderProbability();
        return new Substitution(lhs(in) + " = (1 - " + num(g) + ")\\,\\frac{" + e.count() + "}{" + e.contextCount() // i18n-ok: LaTeX source
                + "} + " + num(g) + " \\times " + num(e.lowerOrderProbability()) + " = " + num(v), v); // i18n-ok: LaTeX source
    }

    /** P(word | context words), the words escaped for LaTeX. */
    static String lhs(Inputs in) {
        StringBuilder h = new StringBuilder();
        for (String c : in.context()) {
            h.append(h.length() == 0 ? "" : "\\ ").append(word(c));
        }
        return "P(" + word(in.word()) + " \\mid " + (h.length() == 0 ? "\\varnothing" : h) + ")"; // i18n-ok: LaTeX source
    }

    /** A corpus word as LaTeX text: markers as angle brackets, special characters escaped. */
    static String word(String w) {
        switch (w) {
            case Vocabulary.BOS_WORD:
                return "\\langle s \\rangle"; // i18n-ok: LaTeX source
            case Vocabulary.EOS_WORD:
                return "\\langle /s \\rangle"; // i18n-ok: LaTeX source
            case Vocabulary.UNK_WORD:
                return "\\langle \\mathrm{unk} \\rangle"; // i18n-ok: LaTeX source
            default:
                break;
        }
        StringBuilder sb = new StringBuilder();
        for (char ch : w.toCharArray()) {
            switch (ch) {
                case '\\' -> sb.append("\\backslash "); // i18n-ok: LaTeX source
                case '{', '}', '$', '&', '#', '_', '%' -> sb.append('\\').append(ch);
                case '^' -> sb.append("\\hat{}"); // i18n-ok: LaTeX source
                case '~' -> sb.append("\\sim "); // i18n-ok: LaTeX source
                default -> sb.append(ch);
            }
        }
        return "\\text{" + sb + "}"; // i18n-ok: LaTeX source
    }

    /** A number as the formula shows it: up to 4 significant digits, ×10^n when small. */
    static String num(double v) {
        if (v == 0) {
            return "0";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return String.valueOf((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e5) {
            String s = String.format(Locale.ROOT, "%.4g", v);
            return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
        String s = String.format(Locale.ROOT, "%.3e", v);
        String[] parts = s.split("e"); // i18n-ok: LaTeX source
        return parts[0] + " \\times 10^{" + Integer.parseInt(parts[1]) + "}"; // i18n-ok: LaTeX source
    }
}
