package org.lmlens.engine.count;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.lmlens.engine.text.Spellings;

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
    /** Word → id; built on first use when the training text's reading made none (see {@link #index}). */
    private volatile WordIndex ids;
    private final Spellings spellings;
    /**
     * ASCII bytes of the words a training text's reading never made strings (null when there are none),
     * and per id the start and end of its bytes ([2 id], [2 id + 1]); {@link #word} makes the string.
     */
    private final byte[] spellingBytes;
    private final int[] spellingAt;

    Vocabulary(String[] words) {
        this(checkSpecials(words), null, null, null, null);
        index();
    }

    /**
     * Words and an index built with them, which maps each of {@code words[i]} to i and every other word
     * to -1 (a training text's own index, its values remapped: {@link WordIndex#remapValues}), or null to
     * build one from the words when a word is first looked up; and the spellings reading that text
     * learned, renumbered to these ids (or null).
     */
    Vocabulary(String[] words, WordIndex ids, Spellings spellings) {
        this(words, ids, spellings, null, null);
    }

    /**
     * As {@link #Vocabulary(String[], WordIndex, Spellings)}, where a null word is the ASCII text of
     * {@code spellingBytes[spellingAt[2 id], spellingAt[2 id + 1])}, made a string when first asked for:
     * reading an English text as bytes makes no string of its words (the CLI's {@code eval} never needs
     * one).
     */
    Vocabulary(String[] words, WordIndex ids, Spellings spellings, byte[] spellingBytes, int[] spellingAt) {
        this.words = checkSpecials(words);
        this.ids = ids;
        this.spellings = spellings;
        this.spellingBytes = spellingBytes;
        this.spellingAt = spellingAt;
    }

    /** The byte spellings of the training text's words, for encoding more text, or null. */
    Spellings spellings() {
        return spellings;
    }

    private static String[] checkSpecials(String[] words) {
        if (words.length < 3 || !UNK_WORD.equals(words[UNK]) || !BOS_WORD.equals(words[BOS])
                || !EOS_WORD.equals(words[EOS])) {
            throw new IllegalArgumentException("the first three words must be <unk>, <s>, </s>");
        }
        return words;
    }

    private WordIndex indexOf() {
        WordIndex index = new WordIndex(words.length, -1);
        for (int i = 0; i < words.length; i++) {
            if (index.putIfAbsent(word(i), i) >= 0) {
                throw new IllegalArgumentException("duplicate word: " + word(i));
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
        return Math.max(UNK, index().get(word));
    }

    public boolean contains(String word) {
        return index().get(word) >= 0;
    }

    /**
     * Builds the word index now if reading the training text left it for the first lookup: for a caller
     * that will look words up where it must not wait (the desktop app's FX thread, after loading in the
     * background). Brown's 47k words take a few milliseconds.
     */
    public void prepareLookups() {
        index();
    }

    /**
     * The word index, built here the first time it is needed when reading the training text made none:
     * its ASCII words came as byte spellings, and a test text read the same way is encoded through them
     * (the CLI's {@code eval} never looks a word up). Safe from any thread: built once under the lock and
     * published through the volatile field; a built index is only read.
     */
    private WordIndex index() {
        WordIndex index = ids;
        if (index == null) {
            synchronized (this) {
                index = ids;
                if (index == null) {
                    index = indexOf();
                    ids = index;
                }
            }
        }
        return index;
    }

    public String word(int id) {
        String w = words[id];
        if (w == null) {
            // Benign race: two threads may both make the string; either copy is the same immutable text.
            w = new String(spellingBytes, spellingAt[2 * id], spellingAt[2 * id + 1] - spellingAt[2 * id],
                    StandardCharsets.ISO_8859_1);
            words[id] = w;
        }
        return w;
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
        String[] all = new String[words.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = word(i);
        }
        return Arrays.asList(all);
    }
}
