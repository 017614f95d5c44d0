package org.lmlens.engine.smoothing;

import java.util.List;
import java.util.Locale;
import org.lmlens.engine.count.Vocabulary;

/** Corpus words and numbers as LaTeX math, the way {@link Formula}s show them. */
public final class LatexText {
    private LatexText() {
    }

    /** P(word | context words), the words escaped; ∅ for an empty context. */
    public static String conditional(List<String> context, String word) {
        return "P(" + word(word) + " \\mid " + context(context) + ")";
    }

    /** Context words, escaped and spaced; ∅ for an empty context. */
    public static String context(List<String> context) {
        StringBuilder h = new StringBuilder();
        for (String c : context) {
            h.append(h.length() == 0 ? "" : "\\ ").append(word(c));
        }
        return h.length() == 0 ? "\\varnothing" : h.toString();
    }

    /** A corpus word as LaTeX text: markers as angle brackets, special characters escaped. */
    public static String word(String w) {
        switch (w) {
            case Vocabulary.BOS_WORD:
                return "\\langle s \\rangle";
            case Vocabulary.EOS_WORD:
                return "\\langle /s \\rangle";
            case Vocabulary.UNK_WORD:
                return "\\langle \\mathrm{unk} \\rangle";
            default:
                break;
        }
        StringBuilder sb = new StringBuilder();
        for (char ch : w.toCharArray()) {
            switch (ch) {
                case '\\' -> sb.append("\\backslash ");
                case '{', '}', '$', '&', '#', '_', '%' -> sb.append('\\').append(ch);
                case '^' -> sb.append("\\hat{}");
                case '~' -> sb.append("\\sim ");
                default -> sb.append(ch);
            }
        }
        return "\\text{" + sb + "}";
    }

    /** A number as a formula shows it: up to 4 significant digits, ×10^n when small or large. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "\\mathrm{undefined}" : v > 0 ? "\\infty" : "-\\infty";
        }
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
        String[] parts = s.split("e");
        return parts[0] + " \\times 10^{" + Integer.parseInt(parts[1]) + "}";
    }
}
