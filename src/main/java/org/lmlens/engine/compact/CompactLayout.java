package org.lmlens.engine.compact;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where everything lies in a compact model file, computed from the model's order and its n-grams per order
 * alone, so that a writer can fill each array at its final place while the n-grams stream in, and a reader
 * finds them without an index. Little-endian throughout; every array starts at a multiple of 8.
 *
 * <pre>
 *   header (512 bytes): magic "LMLENSCM", format version, order N, n_1..n_N, vocabulary offset and size
 *   for each order k = 1..N (n_k n-grams, sorted by (prefix index at order k-1, last word id)):
 *     words[k]   int[n_k]        last word id (absent at k = 1, where the index is the word id)
 *     prob[k]    float[n_k]      log10 P(w | h)
 *     bow[k]     float[n_k]      log10 bow(h w), k &lt; N (0 when h w is no context)
 *     child[k]   int or long[n_k + 1], k &lt; N: the children of n-gram i at order k+1 are
 *                child[k][i] .. child[k][i+1]-1 (long only when n_{k+1} exceeds the int range)
 *   vocabulary: long[V + 1] offsets into the UTF-8 bytes of the words in id order, then the bytes
 * </pre>
 *
 * This is the engine's trie ({@code NgramCounts}) with values instead of counts, as KenLM's trie format
 * is (Heafield 2011, "KenLM: Faster and Smaller Language Model Queries", section 4), without its bit packing.
 */
final class CompactLayout {
    static final byte[] MAGIC = "LMLENSCM".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int MAX_ORDER = 16;
    static final int HEADER_BYTES = 512;

    final int order;
    /** n-grams per order, index 1..order (n_1 is the vocabulary size). */
    final long[] ngrams;
    final long[] words;
    final long[] prob;
    final long[] bow;
    final long[] child;
    /** Bytes per child index at order k (4 or 8). */
    final int[] childWidth;
    /** Where the vocabulary starts: the end of the last array. */
    final long vocabularyOffset;

    CompactLayout(int order, long[] ngrams) {
        if (order < 1 || order > MAX_ORDER || ngrams.length < order + 1) {
            throw new IllegalArgumentException("order " + order);
        }
        this.order = order;
        this.ngrams = Arrays.copyOf(ngrams, order + 1);
        words = new long[order + 1];
        prob = new long[order + 1];
        bow = new long[order + 1];
        child = new long[order + 1];
        childWidth = new int[order + 1];
        long at = HEADER_BYTES;
        for (int k = 1; k <= order; k++) {
            long n = ngrams[k];
            if (k > 1) {
                words[k] = at;
                at = align(at + 4 * n);
            }
            prob[k] = at;
            at = align(at + 4 * n);
            if (k < order) {
                bow[k] = at;
                at = align(at + 4 * n);
                childWidth[k] = ngrams[k + 1] > Integer.MAX_VALUE ? 8 : 4;
                child[k] = at;
                at = align(at + (long) childWidth[k] * (n + 1));
            }
        }
        vocabularyOffset = at;
    }

    static long align(long at) {
        return (at + 7) & ~7L;
    }

    /** The header of a file with this layout and a vocabulary section of {@code vocabularyBytes}. */
    ByteBuffer header(long vocabularyBytes) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(VERSION).putInt(order);
        for (int k = 1; k <= order; k++) {
            b.putLong(ngrams[k]);
        }
        b.putLong(vocabularyOffset).putLong(vocabularyBytes);
        b.clear();
        return b;
    }

    /** The layout a header describes, or null when it is no compact model header. */
    static CompactLayout read(MappedFile file) {
        if (file.size() < HEADER_BYTES || !Arrays.equals(file.bytes(0, 8), MAGIC) || file.getInt(8) != VERSION) {
            return null;
        }
        int order = file.getInt(12);
        if (order < 1 || order > MAX_ORDER) {
            return null;
        }
        long[] n = new long[order + 1];
        for (int k = 1; k <= order; k++) {
            n[k] = file.getLong(16 + 8L * (k - 1));
        }
        CompactLayout layout = new CompactLayout(order, n);
        long declaredVocabulary = file.getLong(16 + 8L * order);
        return declaredVocabulary == layout.vocabularyOffset ? layout : null;
    }

    /** The size of the vocabulary section the header declares. */
    static long vocabularyBytes(MappedFile file, int order) {
        return file.getLong(16 + 8L * order + 8);
    }
}
