package org.lmlens.ui.common;

import java.util.List;
import java.util.Locale;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.i18n.I18n;

/** Small helpers shared by the teaching views: typed text to sentences, numbers to text. */
public final class Texts {
    private Texts() {
    }

    /** Typed text as sentences of tokens, read exactly like the training text (tokenizer, case, sentence mode). */
    public static List<List<String>> sentences(String typed, TextOptions options) {
        return org.lmlens.engine.text.TypedText.sentences(typed, options);
    }

    /** A probability for a table: 4 significant digits, scientific when small. */
    public static String probability(double p) {
        if (p == 0) {
            return "0";
        }
        if (Double.isNaN(p)) {
            return "—";
        }
        return p >= 1e-3 ? String.format(Locale.ROOT, "%.4f", p) : String.format(Locale.ROOT, "%.3e", p);
    }

    /** log10 or perplexity-like numbers; infinities as the ∞ sign. */
    public static String number(double v, int decimals) {
        if (v == Double.POSITIVE_INFINITY) {
            return "∞";
        }
        if (v == Double.NEGATIVE_INFINITY) {
            return "−∞";
        }
        if (Double.isNaN(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", v); // i18n-ok: internal marker
    }

    public static String percent(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    /** The user-facing message of an error: the engine's own text, or a generic one. */
    public static String message(Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && !(e instanceof LmLensException)) {
            e = e.getCause();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? I18n.get("teach.error.generic", e.getClass().getSimpleName()) : m;
    }
}
