package org.lmlens.cli;

import java.util.Locale;

/**
 * Number formatting and column padding for the human-readable (non-JSON) output. Columns are padded by
 * display width, not by characters: a terminal shows CJK characters and full-width forms two columns
 * wide (Unicode's East Asian Width W and F) and combining marks on the character before them. Java has
 * no East Asian Width table and picocli keeps its own private; the ranges below are the W/F blocks.
 */
final class Format {
    private Format() {
    }

    static String number(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        if (Double.isNaN(v)) {
            return "undefined";
        }
        if (v != 0 && (Math.abs(v) < 1e-4 || Math.abs(v) >= 1e7)) {
            return String.format(Locale.ROOT, "%.6g", v);
        }
        return String.format(Locale.ROOT, "%.6f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** The text followed by spaces up to {@code columns} display columns (at least one space if it is wider). */
    static String pad(String text, int columns) {
        int width = width(text);
        return text + " ".repeat(Math.max(columns - width, 0));
    }

    /** Columns the text takes in a terminal. */
    static int width(String text) {
        return text.codePoints().map(Format::columns).sum();
    }

    private static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || cp == 0x200B) {
            return 0;
        }
        boolean wide = cp >= 0x1100 && cp <= 0x115F || cp >= 0x2E80 && cp <= 0x303E || cp >= 0x3041 && cp <= 0x33FF
                || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0xA000 && cp <= 0xA4CF
                || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0xFE30 && cp <= 0xFE4F
                || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x1F300 && cp <= 0x1F64F
                || cp >= 0x1F900 && cp <= 0x1F9FF || cp >= 0x20000 && cp <= 0x3FFFD;
        return wide ? 2 : 1;
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f s", nanos / 1e9);
    }
}
