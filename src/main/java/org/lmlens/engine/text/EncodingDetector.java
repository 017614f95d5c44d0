package org.lmlens.engine.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds the character encoding of a file from a sample of its first bytes. The order, first match wins:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16 LE/BE) always wins, even over an encoding the user named;</li>
 *   <li>an encoding the user named;</li>
 *   <li>UTF-16 without a byte-order mark: the sample has NUL bytes (at least one per 8 KB) and decodes strictly, in one byte
 *       order, to text with line breaks or spaces and almost no control characters (see
 *       {@link #utf16WithoutBom});</li>
 *   <li>the sample decodes as strict UTF-8 (this includes plain ASCII): UTF-8. Text in GBK or Big5 that
 *       is also valid UTF-8 is practically impossible beyond a few bytes, so this check is safe and it
 *       makes the common case independent of any heuristic;</li>
 *   <li>Mozilla's universalchardet (juniversalchardet), which weighs character frequencies, when its
 *       guess decodes the sample strictly; a single-byte guess (windows-1252, KOI8-R…) loses to GB18030
 *       or Big5 when that decoding is ordinary Chinese (a quarter of its characters among the most
 *       common ones, or nothing but common Han characters and CJK punctuation), which happens on a line
 *       or two of Chinese;</li>
 *   <li>strict decoding in a fixed order: GB18030 (a superset of GBK and GB2312), then Big5, then
 *       Shift_JIS, then EUC-KR. When both GB18030 and Big5 decode, the one whose text has more of the
 *       most common Chinese characters wins (short samples where the statistics above are weak);</li>
 *   <li>UTF-8, so that reading fails with a message naming the file, the encoding and the line.</li>
 * </ol>
 */
public final class EncodingDetector {
    /** How much of each file is examined. */
    public static final int SAMPLE_BYTES = 64 * 1024;
    /**
     * UTF-16 text has at least one NUL byte per this many bytes: a line of 4,000 Chinese characters
     * without a single ASCII character, line break excepted, is longer than any real paragraph.
     */
    static final int UTF16_BYTES_PER_NUL = 8192;

    /** How an encoding was decided, as shown to the user. */
    public enum Method {
        BOM("byte-order mark"), GIVEN("given"), DETECTED("detected"), GUESSED("fallback");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Result(Charset charset, Method method, int bomLength) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final List<Charset> FALLBACKS = List.of(GB18030, BIG5, Charset.forName("Shift_JIS"),
            Charset.forName("EUC-KR"));

    private EncodingDetector() {
    }

    /**
     * Decides the encoding of a sample (the first bytes of a file).
     *
     * @param sample    the first bytes of the file
     * @param length    how many bytes of {@code sample} are valid
     * @param complete  true when the sample is the whole file (a sequence cut at the end is then an error)
     * @param given     the encoding the user named, or null for detection
     */
    public static Result detect(byte[] sample, int length, boolean complete, Charset given) {
        Result bom = bom(sample, length);
        if (bom != null) {
            return bom;
        }
        if (given != null) {
            return new Result(given, Method.GIVEN, 0);
        }
        Charset utf16 = utf16WithoutBom(sample, length, complete);
        if (utf16 != null) {
            return new Result(utf16, Method.DETECTED, 0);
        }
        if (isAscii(sample, length) || decodes(StandardCharsets.UTF_8, sample, length, complete)) {
            return new Result(StandardCharsets.UTF_8, Method.DETECTED, 0);
        }
        Charset guess = universalDetector(sample, length);
        if (guess != null && !guess.equals(StandardCharsets.UTF_8) && decodes(guess, sample, length, complete)) {
            if (guess.equals(GB18030) || guess.equals(BIG5)) {
                guess = betterChinese(sample, length, complete, guess);
            } else if (isSingleByte(guess)) {
                // On a line or two of Chinese the statistics may say windows-1252: believe it only when
                // neither Chinese decoding reads as ordinary Chinese.
                Charset chinese = betterChinese(sample, length, complete, GB18030);
                String text = decodeOrNull(chinese, sample, length, complete);
                if (text != null && (CommonHanzi.share(text) >= 0.25 || isCleanChinese(text))) {
                    return new Result(chinese, Method.DETECTED, 0);
                }
            }
            return new Result(guess, Method.DETECTED, 0);
        }
        for (Charset cs : FALLBACKS) {
            if (decodes(cs, sample, length, complete)) {
                Charset chosen = cs.equals(GB18030) ? betterChinese(sample, length, complete, cs) : cs;
                return new Result(chosen, Method.GUESSED, 0);
            }
        }
        return new Result(StandardCharsets.UTF_8, Method.GUESSED, 0);
    }

    /** True when every byte is below 0x80: valid UTF-8, and cheaper to see than to decode. */
    private static boolean isAscii(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The charset named by a byte-order mark at the start of the sample, or null. */
    public static Result bom(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Result(StandardCharsets.UTF_8, Method.BOM, 3);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Result(StandardCharsets.UTF_16BE, Method.BOM, 2);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Result(StandardCharsets.UTF_16LE, Method.BOM, 2);
        }
        return null;
    }

    /**
     * UTF-16 without a byte-order mark, or null. Needs NUL bytes, and enough of them: UTF-16 has one in
     * every ASCII character and line break (and in each U+xx00), so at least one per line; a sample with
     * fewer than one per {@value #UTF16_BYTES_PER_NUL} bytes is 8-bit text with a stray NUL (one NUL in a
     * megabyte of English once turned it into UTF-16BE). Then decodes the sample strictly both ways and
     * picks the byte order whose text has more line breaks and spaces (read the wrong way round, a line
     * break 0A 00 becomes U+0A00, not a break) and almost no control characters, provided that text is
     * not a jumble of rare characters ({@link GarbageDecoding}).
     */
    static Charset utf16WithoutBom(byte[] b, int n, boolean complete) {
        int usable = complete ? n : n & ~1;
        long nuls = BinaryDetector.nulCount(b, usable);
        if (nuls == 0 || nuls * UTF16_BYTES_PER_NUL < usable) {
            return null;
        }
        String leText = decodeOrNull(StandardCharsets.UTF_16LE, b, usable, complete);
        String beText = decodeOrNull(StandardCharsets.UTF_16BE, b, usable, complete);
        int le = separators(leText);
        int be = separators(beText);
        if (le > be) {
            return GarbageDecoding.looksLikeGarbage(leText) ? null : StandardCharsets.UTF_16LE;
        }
        return be > le && !GarbageDecoding.looksLikeGarbage(beText) ? StandardCharsets.UTF_16BE : null;
    }

    /** Line breaks and spaces in a plausible text, 0 for null or a text with control characters. */
    private static int separators(String text) {
        if (text == null || BinaryDetector.controlShare(text) >= 0.02) {
            return 0;
        }
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '\u3000') {
                count++;
            }
        }
        return count;
    }

    private static Charset universalDetector(byte[] sample, int length) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(sample, 0, length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        try {
            Charset cs = Charset.forName(name);
            // GB2312 and GBK are subsets of GB18030: decode with the superset so rarer characters work.
            String canonical = cs.name();
            if (canonical.equals("GB2312") || canonical.equals("GBK") || canonical.equals("x-EUC-CN")) {
                return GB18030;
            }
            return cs;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Chooses between GB18030 and Big5 by the share of common Chinese characters in each decoding. */
    private static Charset betterChinese(byte[] b, int n, boolean complete, Charset preferred) {
        String gb = decodeOrNull(GB18030, b, n, complete);
        String big5 = decodeOrNull(BIG5, b, n, complete);
        if (gb == null || big5 == null) {
            return gb != null ? GB18030 : big5 != null ? BIG5 : preferred;
        }
        double gbScore = CommonHanzi.share(gb);
        double big5Score = CommonHanzi.share(big5);
        if (Math.abs(gbScore - big5Score) < 0.02) {
            return preferred;
        }
        return gbScore > big5Score ? GB18030 : BIG5;
    }

    /**
     * True when every non-ASCII character is a common-block Han character or CJK punctuation: what a
     * short Chinese sample looks like. Text in a single-byte encoding (Russian, French) decoded as
     * GB18030 or Big5 rarely gets this far, since its spaces and ASCII letters break the byte pairs.
     */
    private static boolean isCleanChinese(String text) {
        boolean han = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c >= 0x4E00 && c <= 0x9FFF) {
                han = true;
            } else if (!(c >= 0x3000 && c <= 0x303F) && !(c >= 0xFF00 && c <= 0xFFEF)) {
                return false;
            }
        }
        return han;
    }

    private static boolean isSingleByte(Charset cs) {
        try {
            return cs.newEncoder().maxBytesPerChar() <= 1.0f;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    static boolean decodes(Charset cs, byte[] b, int n, boolean complete) {
        return decodeOrNull(cs, b, n, complete) != null;
    }

    /**
     * Decodes strictly; a multi-byte sequence cut by the end of an incomplete sample is not an error.
     * Returns null when the bytes are not valid in the charset.
     */
    static String decodeOrNull(Charset cs, byte[] b, int n, boolean complete) {
        CharsetDecoder decoder = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, 0, n);
        CharBuffer out = CharBuffer.allocate((int) (n * (double) decoder.maxCharsPerByte()) + 4);
        // Without end of input, a multi-byte sequence cut by the end of the sample is left unread, not an error.
        CoderResult r = decoder.decode(in, out, complete);
        if (r.isError()) {
            return null;
        }
        if (complete) {
            r = decoder.flush(out);
            if (r.isError() || in.hasRemaining()) {
                return null;
            }
        } else if (in.remaining() > 4) {
            return null;
        }
        out.flip();
        return out.toString();
    }

    /** Decodes a whole byte array strictly, or throws. */
    static String decodeStrict(Charset cs, byte[] b) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
    }
}
