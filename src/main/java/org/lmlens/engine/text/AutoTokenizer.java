package org.lmlens.engine.text;

import java.util.function.Consumer;

/**
 * The {@code auto} choice. Reading a text replaces it by the tokenizer that {@link TokenizerChooser}
 * picks from a sample of the whole text (see {@link TextInfo#tokenizer()}); a model keeps that concrete
 * tokenizer. Used on its own (a single sentence), it applies the same rule to that sentence.
 */
public final class AutoTokenizer implements Tokenizer {
    public static final String NAME = "auto";
    private final UserDictionary dictionary;

    public AutoTokenizer() {
        this(null);
    }

    /** Choosing {@code zh-word} gives it this user dictionary (null for none). */
    public AutoTokenizer(UserDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public UserDictionary dictionary() {
        return dictionary;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void tokenize(CharSequence sentence, Consumer<String> sink) {
        Tokenizers.withDictionary(TokenizerChooser.choose(sentence).tokenizer(), dictionary).tokenize(sentence, sink);
    }
}
