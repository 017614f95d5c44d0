package org.lmlens.engine.count;

/**
 * One order k of the n-gram trie ({@link NgramCounts}): its n-grams sorted by (prefix, last word), so
 * that an n-gram is its index in this order. Per n-gram i: {@code words[i]} its last word,
 * {@code counts[i]} its count, {@code prefixes[i]} the index at order k-1 of the n-gram without its last
 * word and {@code suffixes[i]} that of the n-gram without its first word (at order 1 the index is the
 * word id, and both are the root). Two arrays link the level to the next order once that is counted
 * ({@link #linkedTo}): the children of n-gram i are the n-grams {@code childStart[i] .. childStart[i+1]}
 * of order k+1 (contiguous, because order k+1 is sorted by prefix first), and {@code continuations[i]} is
 * N1+(• g), in how many of them (as suffixes) n-gram i follows a word: Kneser-Ney's lower-order count.
 * Both are null at the highest order.
 *
 * <p>A record of arrays: the arrays are shared, never copied, and never changed once the level is made.
 */
record TrieLevel(int[] words, int[] counts, int[] prefixes, int[] suffixes, int[] childStart,
                 int[] continuations) {

    /** Order 1: every word of the vocabulary, with its count (0 for {@code <unk>} when the text has none). */
    static TrieLevel unigrams(int[] counts) {
        int[] words = new int[counts.length];
        for (int w = 0; w < words.length; w++) {
            words[w] = w;
        }
        return new TrieLevel(words, counts, null, null, null, null);
    }

    /** The number of n-grams of this order. */
    int size() {
        return words.length;
    }

    /** This level with its child ranges and continuation counts in {@code next}, the level of the next order. */
    TrieLevel linkedTo(TrieLevel next) {
        int[] start = new int[size() + 1];
        for (int parent : next.prefixes) {
            start[parent + 1]++;
        }
        for (int i = 0; i < size(); i++) {
            start[i + 1] += start[i];
        }
        int[] continuations = new int[size()];
        for (int s : next.suffixes) {
            continuations[s]++;
        }
        return new TrieLevel(words, counts, prefixes, suffixes, start, continuations);
    }
}
