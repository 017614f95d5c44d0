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
        String previous = null;
        for (String t : tokens) {
            if (previous != null && !joinsWithoutSpace(previous, t)) {
                sb.append(' ');
            }
            sb.append(t);
            previous = t;
        }
        return sb.toString();
    }

    /**
     * Two unspaced tokens join directly; so does ASCII punctuation next to an unspaced token (Chinese text
     * often has a half-width comma: 辨,踪), while between Latin words it keeps its spaces as before.
     */
    private static boolean joinsWithoutSpace(String left, String right) {
        boolean l = isUnspaced(left);
        boolean r = isUnspaced(right);
        return l && r || l && isAsciiPunctuation(right) || r && isAsciiPunctuation(left);
    }

    private static boolean isAsciiPunctuation(String token) {
        return !token.isEmpty() && token.chars().allMatch(c -> c < 0x80 && ".,!?;:\"'()[]".indexOf(c) >= 0);
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
