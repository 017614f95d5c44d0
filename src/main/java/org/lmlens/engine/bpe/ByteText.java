package org.lmlens.engine.bpe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * How the bytes of a token are shown. A byte-level token need not be whole UTF-8: GPT-2 cuts most Chinese
 * characters (three bytes each) into two or three tokens. Here a token's bytes are decoded where they form
 * complete UTF-8 characters, and every byte that does not is shown as {@code <0xE6>} (the convention of
 * SentencePiece's byte fallback and of Hugging Face's tokenizer viewers). So 我 (E6 88 91) split in two
 * shows as {@code <0xE6><0x88>} and {@code <0x91>}.
 */
public final class ByteText {
    /** Stands for a space inside a token, as SentencePiece writes it (U+2581). */
    public static final char SPACE_MARK = '\u2581';

    private ByteText() {
    }

    /** The bytes as text: complete UTF-8 characters decoded, other bytes as {@code <0xHH>}. */
    public static String show(byte[] bytes) {
        return show(bytes, 0, bytes.length);
    }

    public static String show(byte[] bytes, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int n = charLength(bytes, i, to);
            if (n == 0) {
                sb.append(hex(bytes[i]));
                i++;
            } else {
                sb.append(new String(bytes, i, n, StandardCharsets.UTF_8));
                i += n;
            }
        }
        return sb.toString();
    }

    /**
     * As {@link #show}, with white space made visible: a space as {@link #SPACE_MARK}, a line break as ↵, a
     * tab as →, any other space or control character as its bytes ({@code <0xC2><0xA0>}). This is also the spelling of a BPE token in an n-gram model's vocabulary, where a space
     * would break the ARPA format and the tables.
     */
    public static String visible(byte[] bytes) {
        String s = show(bytes);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case ' ' -> sb.append(SPACE_MARK);
                case '\n' -> sb.append('\u21B5');
                case '\r' -> sb.append('\u240D');
                case '\t' -> sb.append('\u2192');
                default -> {
                    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                            sb.append(hex(b)); // other spaces and controls: invisible, so shown by their bytes
                        }
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** {@code <0xE6>}. */
    public static String hex(byte b) {
        return String.format("<0x%02X>", b & 0xFF);
    }

    /** The bytes in hexadecimal, space-separated: {@code E6 88 91}. */
    public static String hexBytes(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(String.format("%02X", b & 0xFF));
        }
        return sb.toString();
    }

    /**
     * The length (1..4) of the well-formed UTF-8 character starting at {@code i}, or 0 when the bytes there
     * are not one (a continuation byte, a lead byte cut off before {@code to}, an overlong or surrogate form).
     */
    static int charLength(byte[] b, int i, int to) {
        int lead = b[i] & 0xFF;
        if (lead < 0x80) {
            return 1;
        }
        int n;
        int min;
        if (lead >= 0xC2 && lead <= 0xDF) {
            n = 2;
            min = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            n = 3;
            min = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            n = 4;
            min = 0x10000;
        } else {
            return 0;
        }
        if (i + n > to) {
            return 0;
        }
        int cp = lead & (0xFF >> (n + 1));
        for (int k = 1; k < n; k++) {
            int c = b[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return 0;
            }
            cp = cp << 6 | c & 0x3F;
        }
        boolean valid = cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
        return valid ? n : 0;
    }

    /**
     * A token as the merges file writes it: UTF-8 text, with {@code \xHH} for a byte that is not part of a
     * complete character and for white space, control characters, {@code #} and the backslash, so that a
     * line splits on its one space and never starts like a comment.
     */
    static String escape(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < bytes.length) {
            int n = charLength(bytes, i, bytes.length);
            int b = bytes[i] & 0xFF;
            if (n == 0 || n == 1 && (b <= 0x20 || b == 0x7F || b == '#' || b == '\\')) {
                sb.append(String.format("\\x%02x", b));
                i++;
            } else {
                String ch = new String(bytes, i, n, StandardCharsets.UTF_8);
                int cp = ch.codePointAt(0);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT
                        || Character.isISOControl(cp)) {
                    for (int k = 0; k < n; k++) {
                        sb.append(String.format("\\x%02x", bytes[i + k] & 0xFF));
                    }
                } else {
                    sb.append(ch);
                }
                i += n;
            }
        }
        return sb.toString();
    }

    /** The inverse of {@link #escape}; {@code null} for a malformed escape. */
    static byte[] unescape(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 4 > s.length() || s.charAt(i + 1) != 'x') {
                    return null;
                }
                int hi = Character.digit(s.charAt(i + 2), 16);
                int lo = Character.digit(s.charAt(i + 3), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                out.write(hi << 4 | lo);
                i += 4;
            } else {
                int cp = s.codePointAt(i);
                byte[] enc = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(enc, 0, enc.length);
                i += Character.charCount(cp);
            }
        }
        return out.toByteArray();
    }
}
