package org.lmlens.engine.text;

import java.util.function.Consumer;

/**
 * Every Han character (and kana, Thai…: the scripts written without spaces) is a token: the usual unit
 * for Chinese. A Latin word or a number stays whole ({@code Python}, {@code GPT-3}, {@code 3.14}), as in
 * the basic tokenizer of Chinese BERT, since a letter of a word is not a unit of meaning; every other
 * visible character (each punctuation mark) is a token of its own. Words and numbers follow the rules of
 * {@link WordTokenizer}. Surrogate pairs stay together; combining marks and variation selectors stay with
 * the character before them, so that "é" written as e + U+0301 is one token, and emoji joined by
 * zero-width joiners stay one.
 */
public final class CharTokenizer implements Tokenizer {
    @Override
    public String name() {
        return "char";
    }

    @Override
    public void tokenize(CharSequence s, Consumer<String> sink) {
        WordTokenizer.scan(s, sink, false);
    }

    /**
     * White space, control characters and invisible format characters that carry no text: a byte-order
     * mark inside text (U+FEFF), zero-width space (U+200B), word joiner (U+2060) and the bidirectional
     * marks and embeddings (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). They separate tokens and are
     * never tokens themselves. Zero-width (non-)joiners are not among them: they belong to words.
     */
    static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)
                || cp == 0xFEFF || cp == 0x200B || cp == 0x2060 || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /**
     * The end of the character starting at {@code i} as a reader sees it: the code point, the marks and
     * variation selectors attached to it, and code points joined by a zero-width joiner (emoji such as
     * 👨‍👩‍👧).
     */
    static int clusterEnd(CharSequence s, int i) {
        int n = s.length();
        int end = i + Character.charCount(Character.codePointAt(s, i));
        while (end < n) {
            int follower = Character.codePointAt(s, end);
            if (!isAttached(follower)) {
                break;
            }
            end += Character.charCount(follower);
            if (follower == 0x200D && end < n && !isSeparator(Character.codePointAt(s, end))) {
                end += Character.charCount(Character.codePointAt(s, end));
            }
        }
        return end;
    }

    static boolean isAttached(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == 0x200D
                || (cp >= 0xFE00 && cp <= 0xFE0F);
    }
}
