package org.lmlens.engine.text;

/**
 * Recognises files that are not plain text from their first bytes, so that a PDF or a picture is refused
 * with a message saying what it is, instead of being counted as garbage words. Checks, in order: the
 * magic numbers of common formats; NUL bytes (never in text, except UTF-16, which
 * {@link EncodingDetector} recognises before this check is made); a share of control characters above
 * 5% in the decoded sample (tab, line breaks, form feed and escape are not counted).
 */
final class BinaryDetector {
    private record Magic(String what, int[] bytes) {
    }

    private static final Magic[] MAGICS = {
        magic("format.pdf", "%PDF"),
        magic("format.png", 0x89, 'P', 'N', 'G'),
        magic("format.jpeg", 0xFF, 0xD8, 0xFF),
        magic("format.gif", "GIF8"),
        magic("format.zip", 'P', 'K', 3, 4),
        magic("format.gzip", 0x1F, 0x8B),
        magic("format.7z", '7', 'z', 0xBC, 0xAF),
        magic("format.rar", "Rar!"),
        magic("format.ole", 0xD0, 0xCF, 0x11, 0xE0),
        magic("format.executable", 0x7F, 'E', 'L', 'F'),
        magic("format.executable", 'M', 'Z'),
        magic("format.javaClass", 0xCA, 0xFE, 0xBA, 0xBE),
        magic("format.bzip2", "BZh"),
        magic("format.mp3", "ID3"),
        magic("format.riff", "RIFF"),
        magic("format.sqlite", "SQLite format 3"),
    };

    private BinaryDetector() {
    }

    /**
     * The message key of the kind of file the bytes start like ({@code format.pdf}: "a PDF file", see
     * {@link org.lmlens.engine.EngineMessages}), or null when no known format matches.
     */
    static String knownFormat(byte[] b, int n) {
        for (Magic m : MAGICS) {
            if (n >= m.bytes.length) {
                boolean match = true;
                for (int i = 0; i < m.bytes.length && match; i++) {
                    match = (b[i] & 0xFF) == m.bytes[i];
                }
                if (match) {
                    // "MZ", "ID3", "BZh", "RIFF" and "Rar!" can start a line of text: require a NUL soon after.
                    boolean wordLike = m.bytes[0] == 'M' || m.bytes[0] == 'I' || m.bytes[0] == 'B' || m.bytes[0] == 'R';
                    if (wordLike && !hasNul(b, Math.min(n, 64))) {
                        continue;
                    }
                    return m.what;
                }
            }
        }
        return null;
    }

    static boolean hasNul(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static long nulCount(byte[] b, int n) {
        long count = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                count++;
            }
        }
        return count;
    }

    /** The offset of the first NUL byte, or -1. */
    static int firstNul(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The share of characters that are control characters no text file contains. */
    static double controlShare(CharSequence text) {
        if (text.length() == 0) {
            return 0;
        }
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isBadControl(text.charAt(i))) {
                bad++;
            }
        }
        return (double) bad / text.length();
    }

    /** {@link #controlShare(CharSequence)} of plain ASCII bytes (each byte one character). */
    static double controlShare(byte[] ascii, int n) {
        if (n == 0) {
            return 0;
        }
        return (double) AsciiScan.badControls(ascii, n) / n;
    }

    private static boolean isBadControl(char c) {
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x1B || c == 0x1A) {
            return false;
        }
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0);
    }

    private static Magic magic(String what, String ascii) {
        return new Magic(what, ascii.chars().toArray());
    }

    private static Magic magic(String what, int... bytes) {
        return new Magic(what, bytes);
    }
}
