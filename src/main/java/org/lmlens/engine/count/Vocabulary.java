package org.lmlens.engine.count;

import java.util.Arrays;
import java.util.List;

/**
 * Word ↔ int id, frozen once built. Ids 0, 1, 2 are {@code <unk>}, {@code <s>} and {@code </s>}; the
 * training words follow, most frequent first (ties in order of first appearance in the text, as KenLM
 * numbers its vocabulary), so ids are stable for a given text and small ids are the words a student
 * looks at first.
 *
 * <p>The <em>outcomes</em> a model predicts are every id except {@code <s>}: the words, {@code </s>} and
 * {@code <unk>} ({@link #outcomeCount()} of them). A word that is not in the vocabulary (unseen in
 * training, or rarer than the min-count) maps to {@code <unk>}.
 */
public final class Vocabulary {
    public static final int UNK = 0;
    public static final int BOS = 1;
    public static final int EOS = 2;
    public static final String UNK_WORD = "<unk>";
    public static final String BOS_WORD = "<s>";
    public static final String EOS_WORD = "</s>";

    private final String[] words;
    private final WordIndex ids;

    Vocabulary(String[] words) {
        this.words = checkSpecials(words);
        this.ids = indexOf(words);
    }

    /**
     * Words and an index built with them, which maps each of {@code words[i]} to i and every other word
     * to -1 (a training text's own index, its values remapped: {@link WordIndex#remapValues}).
     */
    Vocabulary(String[] words, WordIndex ids) {
        this.words = checkSpecials(words);
        this.ids = ids;
    }

    private static String[] checkSpecials(String[] words) {
        if (words.length < 3 || !UNK_WORD.equals(words[UNK]) || !BOS_WORD.equals(words[BOS])
                || !EOS_WORD.equals(words[EOS])) {
            throw new IllegalArgumentException("the first three words must be <unk>, <s>, </s>");
        }
        return words;
    }

    private static WordIndex indexOf(String[] words) {
        WordIndex index = new WordIndex(words.length, -1);
        for (int i = 0; i < words.length; i++) {
            if (index.putIfAbsent(words[i], i) >= 0) {
                throw new IllegalArgumentException("duplicate word: " + words[i]);
            }
        }
        return index;
    }

    /** A vocabulary of the given words (in this order, after the three special tokens). */
    public static Vocabulary of(List<String> words) {
        String[] all = new String[words.size() + 3];
        all[UNK] = UNK_WORD;
        all[BOS] = BOS_WORD;
        all[EOS] = EOS_WORD;
        for (int i = 0; i < words.size(); i++) {
            all[i + 3] = words.get(i);
        }
        return new Vocabulary(all);
    }

    /** The id of a word, or {@link #UNK} when it is not in the vocabulary. */
    public int id(String word) {
        return Math.max(UNK, ids.get(word));
    }

    public boolean contains(String word) {
        return ids.get(word) >= 0;
    }

    public String word(int id) {
        return words[id];
    }

    /** All ids, specials included: the length of a dense distribution array. */
    public int size() {
        return words.length;
    }

    /** The number of predictable outcomes: every id but {@code <s>}. */
    public int outcomeCount() {
        return words.length - 1;
    }

    public static boolean isOutcome(int id) {
        return id != BOS;
    }

    public static boolean isSpecial(int id) {
        return id <= EOS;
    }

    /** The words in id order (a copy), specials included. */
    public List<String> words() {
        return Arrays.asList(words.clone());
    }
}
