package org.lmlens.engine.text;

import java.util.function.Consumer;

/**
 * Every code point that is not white space becomes a token: the usual unit for Chinese. Surrogate
 * pairs stay together; combining marks and variation selectors stay with the character before them,
 * so that "é" written as e + U+0301 is one token.
 */
public final class CharTokenizer implements Tokenizer {
    @Override
    public String name() {
        return "char";
    }

    @Override
    public void tokenize(CharSequence s, Consumer<String> sink) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(s, i);
            int next = i + Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                i = next;
                continue;
            }
            while (next < n) {
                int follower = Character.codePointAt(s, next);
                if (!isAttached(follower)) {
                    break;
                }
                next += Character.charCount(follower);
            }
            sink.accept(s.subSequence(i, next).toString());
            i = next;
        }
    }

    static boolean isAttached(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == 0x200D
                || (cp >= 0xFE00 && cp <= 0xFE0F);
    }
}
