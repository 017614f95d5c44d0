package org.lmlens.engine.text;

/**
 * Recognises a decoding that is a jumble rather than text: bytes read in the wrong encoding (English read
 * as UTF-16 becomes a run of rare CJK ideographs and symbols, such as {@code 攠⁴}; Big5 read as Shift_JIS
 * becomes half-width katakana and unassigned code points). Such a decoding decodes without error, so no
 * strict decoder refuses it; counting it would give a model of noise and a test set of 100 % OOV.
 *
 * <p>Only the characters above ASCII are judged (ASCII reads the same in every encoding this project
 * detects). A decoding is garbage when most of its characters are above ASCII and either more than a
 * quarter of those are unassigned, private-use, lone surrogates or from blocks
 * that ordinary text almost never uses (CJK Extension A and beyond, Yi, half-width katakana, the
 * symbol and compatibility blocks U+2400–U+2FFF and U+3190–U+33FF), or more than half are CJK ideographs of which fewer than
 * 5 % are among the most common (real Chinese, classical or modern, has 30 % and more; random ideographs
 * about 3 %).
 */
final class GarbageDecoding {
    /** Below this many non-ASCII characters a sample is too short to judge. */
    private static final int MIN_JUDGED = 32;

    private GarbageDecoding() {
    }

    /** True when {@code text} (a decoded sample) looks like bytes read in the wrong encoding. */
    static boolean looksLikeGarbage(CharSequence text) {
        int total = 0;
        int nonAscii = 0;
        int rare = 0;
        int han = 0;
        StringBuilder hanChars = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            total++;
            if (cp < 0x80) {
                continue;
            }
            nonAscii++;
            if (isRare(cp)) {
                rare++;
            } else if (cp >= 0x4E00 && cp <= 0x9FFF) {
                han++;
                hanChars.appendCodePoint(cp);
            }
        }
        if (nonAscii < MIN_JUDGED || nonAscii * 2 < total) {
            return false;
        }
        if (rare * 4 > nonAscii) {
            return true;
        }
        return han * 2 > nonAscii && CommonHanzi.share(hanChars.toString()) < 0.05;
    }

    private static boolean isRare(int cp) {
        int type = Character.getType(cp);
        // Not U+FFFD: a byte sequence invalid in the encoding is the strict decoder's to report, with its line.
        if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
            return true;
        }
        return cp >= 0x2400 && cp < 0x3000 // control pictures, box drawing, dingbats, Braille, radicals
                || cp >= 0x3190 && cp < 0x3400 // kanbun, strokes, enclosed and compatibility CJK
                || cp >= 0x3400 && cp < 0x4E00 // CJK Extension A, hexagrams
                || cp >= 0xA000 && cp < 0xAC00 // Yi and other rare scripts
                || cp >= 0xFF61 && cp <= 0xFF9F // half-width katakana (legacy Japanese mis-decodings)
                || cp >= 0x20000; // CJK Extension B and beyond, other supplementary planes
    }
}
