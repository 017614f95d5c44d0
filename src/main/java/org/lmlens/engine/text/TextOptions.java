package org.lmlens.engine.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * How raw text becomes sentences of tokens: the tokenizer, the sentence mode, lowercasing and the
 * character encoding of files. Immutable; the {@code with…} methods return modified copies.
 */
public record TextOptions(Tokenizer tokenizer, SentenceMode sentenceMode, boolean lowercase, Charset encoding) {
    public TextOptions {
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(sentenceMode, "sentenceMode");
        Objects.requireNonNull(encoding, "encoding");
    }

    /** Word tokens, one sentence per line, case kept, UTF-8. */
    public static TextOptions defaults() {
        return new TextOptions(Tokenizers.byName("word"), SentenceMode.LINE, false, StandardCharsets.UTF_8);
    }

    public TextOptions withTokenizer(Tokenizer t) {
        return new TextOptions(t, sentenceMode, lowercase, encoding);
    }

    public TextOptions withSentenceMode(SentenceMode m) {
        return new TextOptions(tokenizer, m, lowercase, encoding);
    }

    public TextOptions withLowercase(boolean lower) {
        return new TextOptions(tokenizer, sentenceMode, lower, encoding);
    }

    public TextOptions withEncoding(Charset cs) {
        return new TextOptions(tokenizer, sentenceMode, lowercase, cs);
    }

    String normalise(String token) {
        return lowercase ? token.toLowerCase(Locale.ROOT) : token;
    }
}
