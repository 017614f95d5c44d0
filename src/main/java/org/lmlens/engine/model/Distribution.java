package org.lmlens.engine.model;

import java.util.ArrayList;
import java.util.List;
import org.lmlens.engine.count.Vocabulary;

/**
 * P(· | h) over every outcome, as a dense array indexed by word id ({@code <s>} has 0), with the context
 * it was computed for. Immutable once built: the array is not exposed (the cached ranking is derived from it).
 */
public final class Distribution {
    private final Vocabulary vocabulary;
    private final List<String> context;
    private final double[] probabilities;
    /** Outcome ids best first, once {@link #top} needed the full order (a benign race: same result). */
    private volatile int[] ranking;

    Distribution(Vocabulary vocabulary, List<String> context, double[] probabilities) {
        this.vocabulary = vocabulary;
        this.context = List.copyOf(context);
        this.probabilities = probabilities;
    }

    /** The context words actually used (cut to the model's order and at the last {@code <s>}). */
    public List<String> context() {
        return context;
    }

    public double probability(int id) {
        return probabilities[id];
    }

    public double probability(String word) {
        return probabilities[vocabulary.id(word)];
    }

    /** Number of outcomes (vocabulary size minus {@code <s>}). */
    public int outcomeCount() {
        return vocabulary.outcomeCount();
    }

    /** Sum over all outcomes; 1 within rounding for normalised methods. */
    public double sum() {
        double s = 0;
        for (double p : probabilities) {
            s += p;
        }
        return s;
    }

    /**
     * The {@code k} most probable outcomes, most probable first (ties by id); every outcome when k ≤ 0.
     * A small k is a partial selection (a bounded heap: one pass, no full sort); a large one, or all, reads
     * the full ranking, computed once by a stable LSD radix sort of the primitive values and then cached, so a
     * view that asks again (scrolling, a different k) never sorts again.
     */
    public List<WordProbability> top(int k) {
        int m = probabilities.length - 1;
        int limit = k <= 0 ? m : Math.min(k, m);
        int[] ids = ranking;
        if (ids == null && limit <= m / 16) {
            ids = select(limit);
        } else if (ids == null) {
            ids = ranking();
        }
        List<WordProbability> out = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            int id = ids[i];
            out.add(new WordProbability(vocabulary.word(id), id, probabilities[id]));
        }
        return out;
    }

    /** Every outcome id, most probable first, ties by id (computed once). */
    private int[] ranking() {
        int[] r = ranking;
        if (r != null) {
            return r;
        }
        int m = probabilities.length - 1;
        long[] keys = new long[m];
        int[] ids = new int[m];
        for (int j = 0; j < m; j++) {
            int id = j < Vocabulary.BOS ? j : j + 1;
            // For p >= 0 the IEEE bits order like the values; complemented, ascending unsigned = descending p.
            keys[j] = ~Double.doubleToLongBits(probabilities[id] + 0.0);
            ids[j] = id;
        }
        radixSort(keys, ids);
        ranking = ids;
        return ids;
    }

    /**
     * Least-significant-digit radix sort of unsigned 64-bit keys with an int payload, 8 bits per pass:
     * linear and stable (equal keys keep the payload's incoming id order), and a pass whose digit is the
     * same for every key (the high bytes of probabilities mostly are) is skipped.
     */
    static void radixSort(long[] keys, int[] payload) {
        int n = keys.length;
        int[][] histogram = new int[8][256];
        for (long k : keys) {
            for (int d = 0; d < 8; d++) {
                histogram[d][(int) (k >>> (8 * d)) & 0xFF]++;
            }
        }
        long[] keyBuffer = new long[n];
        int[] payloadBuffer = new int[n];
        long[] fromKeys = keys;
        int[] fromPayload = payload;
        for (int d = 0; d < 8; d++) {
            int[] h = histogram[d];
            int shift = 8 * d;
            if (h[(int) (fromKeys.length == 0 ? 0 : fromKeys[0] >>> shift) & 0xFF] == n) {
                continue;
            }
            int sum = 0;
            for (int b = 0; b < 256; b++) {
                int c = h[b];
                h[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                long k = fromKeys[i];
                int slot = h[(int) (k >>> shift) & 0xFF]++;
                keyBuffer[slot] = k;
                payloadBuffer[slot] = fromPayload[i];
            }
            long[] tk = fromKeys;
            fromKeys = keyBuffer;
            keyBuffer = tk;
            int[] tp = fromPayload;
            fromPayload = payloadBuffer;
            payloadBuffer = tp;
        }
        if (fromKeys != keys) {
            System.arraycopy(fromKeys, 0, keys, 0, n);
            System.arraycopy(fromPayload, 0, payload, 0, n);
        }
    }

    /** The {@code k} best outcome ids in rank order, by a bounded heap whose root is the worst kept. */
    private int[] select(int k) {
        int[] heap = new int[k];
        int size = 0;
        for (int id = 0; id < probabilities.length; id++) {
            if (id == Vocabulary.BOS) {
                continue;
            }
            if (size < k) {
                heap[size] = id;
                siftUp(heap, size++);
            } else if (k > 0 && better(id, heap[0])) {
                heap[0] = id;
                siftDown(heap, size);
            }
        }
        // Pop the worst repeatedly into the back: the array ends up best first.
        for (int last = size - 1; last > 0; last--) {
            int worst = heap[0];
            heap[0] = heap[last];
            siftDown(heap, last);
            heap[last] = worst;
        }
        return heap;
    }

    /** Whether outcome a ranks before outcome b: more probable, or as probable with a lower id. */
    private boolean better(int a, int b) {
        int c = Double.compare(probabilities[a], probabilities[b]);
        return c > 0 || c == 0 && a < b;
    }

    private void siftUp(int[] heap, int i) {
        int x = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!better(heap[parent], x)) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = x;
    }

    private void siftDown(int[] heap, int size) {
        int i = 0;
        int x = heap[0];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && better(heap[child], heap[child + 1])) {
                child++;
            }
            if (!better(x, heap[child])) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = x;
    }

    /** A copy of the dense array, indexed by word id. */
    public double[] toArray() {
        return probabilities.clone();
    }
}
