package org.lmlens.engine.text;

import java.util.Arrays;

/**
 * Byte runs (a token's bytes as they stand in the file) → the word ids they stand for, for
 * {@link RunScanner}. Open addressing over one {@code long[]}, two longs per slot: the run's first
 * eight bytes, then its id, length and hash bits. A run of at most eight bytes that stands for one word
 * (nearly every token of a text) is found by one probe of one cache line and no other memory: its bytes
 * are never zero (zero is a separator), so its first eight bytes zero-padded are the whole key. Longer
 * runs, and runs standing for no word (a {@code <s>} marker) or several (a non-ASCII space such as
 * U+3000 inside it), point to an entry that keeps their bytes in a pool and their ids in a list.
 */
final class RunTable {
    /** What {@link #find} returns for a run not in the table; never a value. */
    static final int ABSENT = Integer.MIN_VALUE;
    private static final int SHORT = 8;
    private static final int LENGTH_CAP = 255;

    private long[] slots;
    private int size;
    private byte[] pool = new byte[1 << 15];
    private int poolSize;
    private int entries;
    private int[] keyStart = new int[64];
    private int[] keyLength = new int[64];
    private int[] idStart = new int[64];
    private int[] idCount = new int[64];
    /** Each entry's hash, so that growing the table hashes no bytes again. */
    private int[] entryHash = new int[64];
    private int[] ids = new int[64];
    private int idsSize;

    /** A table sized for about {@code expectedRuns} distinct runs (it grows past that). */
    RunTable(int expectedRuns) {
        slots = new long[2 * Integer.highestOneBit(Math.max(2048, Math.min(expectedRuns, 1 << 20)) * 2 - 1) * 2];
    }

    /**
     * The value of the run {@code b[from, from + length)}, or {@link #ABSENT}: a word id (≥ 0) when the
     * run stands for exactly one word, else {@code -(entry + 1)} ({@link #count}, {@link #copyIds}).
     * {@code first8} is the run's first eight bytes (little-endian, zero-padded when shorter) and
     * {@code hash} a hash of all of them.
     */
    int find(long first8, long hash, byte[] b, int from, int length) {
        int meta = meta(hash, length);
        int mask = (slots.length >> 1) - 1;
        for (int s = (int) hash & mask; ; s = (s + 1) & mask) {
            long key = slots[2 * s];
            if (key == 0) {
                return ABSENT;
            }
            long m = slots[2 * s + 1];
            if (key == first8 && (int) m == meta) {
                int value = (int) (m >> 32);
                if (length <= SHORT || sameBytes(-value - 1, b, from, length)) {
                    return value;
                }
            }
        }
    }

    /** Adds a run not in the table, standing for {@code wordIds[0, count)}; returns its value (see {@link #find}). */
    int add(long first8, long hash, byte[] b, int from, int length, int[] wordIds, int count) {
        if (2 * (size + 1) > slots.length >> 1) {
            rehash();
        }
        int value = length <= SHORT && count == 1 ? wordIds[0]
                : -(newEntry(b, from, length, (int) hash, wordIds, count) + 1);
        insert(first8, (long) value << 32 | (meta(hash, length) & 0xFFFFFFFFL), (int) hash);
        size++;
        return value;
    }

    /** The number of word ids of a negative value's entry. */
    int count(int value) {
        return idCount[-value - 1];
    }

    /** Copies a negative value's word ids into {@code out} at {@code at}. */
    void copyIds(int value, int[] out, int at) {
        int e = -value - 1;
        System.arraycopy(ids, idStart[e], out, at, idCount[e]);
    }

    /** The low 32 bits of a slot's second long: the length (capped) and 24 bits of the hash. */
    private static int meta(long hash, int length) {
        return Math.min(length, LENGTH_CAP) << 24 | (int) (hash >>> 40);
    }

    private int newEntry(byte[] b, int from, int length, int hash, int[] wordIds, int count) {
        int e = entries++;
        if (e == keyStart.length) {
            entryHash = Arrays.copyOf(entryHash, 2 * e);
            keyStart = Arrays.copyOf(keyStart, 2 * e);
            keyLength = Arrays.copyOf(keyLength, 2 * e);
            idStart = Arrays.copyOf(idStart, 2 * e);
            idCount = Arrays.copyOf(idCount, 2 * e);
        }
        if (poolSize + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(2 * pool.length, poolSize + length));
        }
        System.arraycopy(b, from, pool, poolSize, length);
        entryHash[e] = hash;
        keyStart[e] = poolSize;
        keyLength[e] = length;
        poolSize += length;
        if (idsSize + count > ids.length) {
            ids = Arrays.copyOf(ids, Math.max(2 * ids.length, idsSize + count));
        }
        System.arraycopy(wordIds, 0, ids, idsSize, count);
        idStart[e] = idsSize;
        idCount[e] = count;
        idsSize += count;
        return e;
    }

    private boolean sameBytes(int e, byte[] b, int from, int length) {
        if (keyLength[e] != length) {
            return false;
        }
        byte[] p = pool;
        for (int k = 0, at = keyStart[e]; k < length; k++) {
            if (p[at + k] != b[from + k]) {
                return false;
            }
        }
        return true;
    }

    private void insert(long first8, long meta, int hash) {
        int mask = (slots.length >> 1) - 1;
        int s = hash & mask;
        while (slots[2 * s] != 0) {
            s = (s + 1) & mask;
        }
        slots[2 * s] = first8;
        slots[2 * s + 1] = meta;
    }

    /**
     * Doubles the slots. A short run's hash is recomputed from its eight bytes (as {@link RunScanner}
     * hashes them); an entry's was kept.
     */
    private void rehash() {
        long[] old = slots;
        slots = new long[2 * old.length];
        for (int s = 0; s < old.length; s += 2) {
            if (old[s] != 0) {
                int value = (int) (old[s + 1] >> 32);
                int length = (int) old[s + 1] >>> 24;
                int hash = value >= 0 ? (int) RunScanner.hash(old[s], length) : entryHash[-value - 1];
                insert(old[s], old[s + 1], hash);
            }
        }
    }
}
