package org.lmlens.cli;

/**
 * Padding by display width for the readable tables: a wide character (Chinese, full-width punctuation)
 * takes two terminal columns, so 李白 lines up with a four-letter name.
 */
final class TextWidth {
    private TextWidth() {
    }

    static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    /** East Asian wide ranges (Unicode UAX #11, the common blocks). */
    private static boolean isWide(int cp) {
        return cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3
                || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60
                || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000 && cp <= 0x3FFFD;
    }

    static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - of(s)));
    }

    static String padLeft(String s, int width) {
        return " ".repeat(Math.max(1, width - of(s))) + s;
    }
}
