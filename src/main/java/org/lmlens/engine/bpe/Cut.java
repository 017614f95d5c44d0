package org.lmlens.engine.bpe;

import java.util.List;

/**
 * A text cut into tokens by one tokenizer: each token's id and its place in the text's UTF-8 bytes.
 * Tokens of a byte-level tokenizer cover the whole text; word and character tokenizers leave out the
 * white space between their tokens.
 */
public record Cut(String tokenizer, byte[] text, List<Token> tokens) {
    /** A token: its id and its bytes {@code [start, end)} in the text. */
    public record Token(int id, int start, int end) {
        public int length() {
            return end - start;
        }
    }

    public byte[] bytes(Token t) {
        return java.util.Arrays.copyOfRange(text, t.start(), t.end());
    }

    /** The token as shown to a reader: decoded where whole characters, {@code <0xE6>} for stray bytes. */
    public String show(Token t) {
        return ByteText.show(text, t.start(), t.end());
    }

    /** True when the token's bytes are not whole characters: a piece of a character cut across tokens. */
    public boolean partial(Token t) {
        int i = t.start();
        while (i < t.end()) {
            int n = ByteText.charLength(text, i, t.end());
            if (n == 0) {
                return true;
            }
            i += n;
        }
        return false;
    }

    /** As {@link #show}, white space made visible ({@link ByteText#visible}). */
    public String visible(Token t) {
        return ByteText.visible(bytes(t));
    }
}
