package org.lmlens.engine.text;

import java.util.List;

/**
 * Joins tokens back into readable text: a space between tokens, except between two tokens of scripts
 * written without spaces (Chinese, Japanese, Thai…, and their full-width punctuation), so that a
 * generated Tang line reads 床前明月光 rather than 床 前 明 月 光. The Chinese dashes and ellipsis (——, ……) and
 * the middle dot count as such punctuation.
 */
public final class Detokenizer {
    private Detokenizer() {
    }

    public static String join(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        String previous = null;
        for (String t : tokens) {
            if (previous != null && spaceBetween(previous, t)) {
                sb.append(' ');
            }
            sb.append(t);
            previous = t;
        }
        return sb.toString();
    }

    /**
     * Two unspaced tokens join directly; so do ASCII punctuation (Chinese text often has a half-width
     * comma: 辨,踪) and a number (北京3月15日电) next to an unspaced token, while between Latin words they keep
     * their spaces as before. A Latin word next to Chinese keeps its space (用 Python 训练), as many Chinese
     * writers set it. A per cent sign follows its number directly (3.5%). {@link #spaceBetween} is the
     * negation, for views that place the tokens themselves.
     */
    public static boolean spaceBetween(String left, String right) {
        return !joinsWithoutSpace(left, right);
    }

    private static boolean joinsWithoutSpace(String left, String right) {
        boolean l = isUnspaced(left);
        boolean r = isUnspaced(right);
        return l && r || l && (isAsciiPunctuation(right) || isNumber(right))
                || r && (isAsciiPunctuation(left) || isNumber(left))
                || isNumber(left) && (right.equals("%") || right.equals("％"));
    }

    /** 3, 15, 3.14, 1,000, 50%: digits with the signs that go inside or after a number. */
    private static boolean isNumber(String token) {
        return !token.isEmpty() && Character.isDigit(token.codePointAt(0))
                && token.codePoints().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',' || c == '%');
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
                || cp == 0x2018 || cp == 0x2019 || cp == 0x2026 || cp == 0x2014 || cp == 0x2015)
                || cp == 0x00B7;
    }
}
