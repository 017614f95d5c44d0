package org.lmlens.engine.text;

import java.util.List;

/**
 * Joins tokens back into readable text: a space between tokens, except between two tokens of scripts
 * written without spaces (Chinese, Japanese, Thai…, and their full-width punctuation), so that a
 * generated Tang line reads 床前明月光 rather than 床 前 明 月 光.
 */
public final class Detokenizer {
    private Detokenizer() {
    }

    public static String join(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        boolean previousUnspaced = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean unspaced = isUnspaced(t);
            if (i > 0 && !(unspaced && previousUnspaced)) {
                sb.append(' ');
            }
            sb.append(t);
            previousUnspaced = unspaced;
        }
        return sb.toString();
    }

    /** True when every character of the token belongs to a script written without spaces. */
    public static boolean isUnspaced(String token) {
        if (token.isEmpty()) {
            return false;
        }
        return token.codePoints().allMatch(cp -> WordTokenizer.isUnspacedScript(cp) || isFullWidthPunctuation(cp)
                || CharTokenizer.isAttached(cp));
    }

    private static boolean isFullWidthPunctuation(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (cp == 0x201C || cp == 0x201D
                || cp == 0x2018 || cp == 0x2019 || cp == 0x2026);
    }
}
