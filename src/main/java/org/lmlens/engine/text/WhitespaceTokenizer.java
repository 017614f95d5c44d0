package org.lmlens.engine.text;

import java.util.function.Consumer;

/** Splits on white space only: for pre-tokenised corpora such as the Brown files. */
public final class WhitespaceTokenizer implements Tokenizer {
    @Override
    public String name() {
        return "whitespace";
    }

    @Override
    public void tokenize(CharSequence s, Consumer<String> sink) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                sink.accept(s.subSequence(start, i).toString());
            }
        }
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || CharTokenizer.isSeparator(c);
    }
}
