package org.lmlens.engine.text;

import java.util.List;
import org.lmlens.engine.LmLensException;

/** The tokenizers the engine offers, by the names the CLI and the settings use. */
public final class Tokenizers {
    private static final List<Tokenizer> ALL =
            List.of(new WordTokenizer(), new WhitespaceTokenizer(), new CharTokenizer());

    private Tokenizers() {
    }

    public static List<Tokenizer> all() {
        return ALL;
    }

    public static Tokenizer byName(String name) {
        for (Tokenizer t : ALL) {
            if (t.name().equalsIgnoreCase(name.trim())) {
                return t;
            }
        }
        throw new LmLensException("Unknown tokenizer '" + name + "' (expected one of: " + names() + ")");
    }

    public static String names() {
        return String.join(", ", ALL.stream().map(Tokenizer::name).toList());
    }
}
