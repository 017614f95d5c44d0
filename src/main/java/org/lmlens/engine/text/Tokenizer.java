package org.lmlens.engine.text;

import java.util.function.Consumer;

/**
 * Cuts one sentence (a piece of one line) into tokens. Implementations are stateless and thread-safe.
 * Tokens are passed to a consumer rather than collected, so that counting a large corpus builds no
 * intermediate lists.
 */
public interface Tokenizer {
    /** The name used on the command line and in saved settings, e.g. {@code word}. */
    String name();

    void tokenize(CharSequence sentence, Consumer<String> sink);
}
