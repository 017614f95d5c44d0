package org.lmlens.engine.text;

import java.util.List;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;

/**
 * The tokenizers the engine offers, by the names the CLI and the settings use: {@code word},
 * {@code whitespace}, {@code char}, {@code zh-word}, {@code auto} (chosen from the text when it is
 * read; see {@link TokenizerChooser}) and {@code bpe} (byte-level BPE learnt from the training text when it
 * is read; see {@link org.lmlens.engine.bpe.BpeTokenizer}).
 */
public final class Tokenizers {
    private static final List<Tokenizer> ALL = List.of(new WordTokenizer(), new WhitespaceTokenizer(),
            new CharTokenizer(), new ZhWordTokenizer(), new AutoTokenizer(),
            org.lmlens.engine.bpe.BpeTokenizer.toTrain(org.lmlens.engine.bpe.BpeTokenizer.DEFAULT_MERGES,
                    org.lmlens.engine.bpe.PreSplit.GPT2));

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
        throw new LmLensException(EngineMessages.get("text.unknownTokenizer", name, names()));
    }

    public static String names() {
        return String.join(", ", ALL.stream().map(Tokenizer::name).toList());
    }

    /**
     * The tokenizer bound to a user dictionary: {@code zh-word}, and {@code auto} (for when it chooses
     * {@code zh-word}), get the dictionary's words; other tokenizers are returned as they are.
     */
    public static Tokenizer withDictionary(Tokenizer t, UserDictionary dictionary) {
        if (t instanceof ZhWordTokenizer z && z.dictionary() != dictionary) {
            return dictionary == null ? byName(ZhWordTokenizer.NAME) : new ZhWordTokenizer(dictionary);
        }
        if (t instanceof AutoTokenizer a && a.dictionary() != dictionary) {
            return dictionary == null ? byName(AutoTokenizer.NAME) : new AutoTokenizer(dictionary);
        }
        return t;
    }

    /** True for the {@code auto} placeholder, which reading a text resolves. */
    public static boolean isAuto(Tokenizer t) {
        return t instanceof AutoTokenizer;
    }
}
