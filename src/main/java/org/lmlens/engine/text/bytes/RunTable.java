package org.lmlens.engine.text.bytes;

import java.util.Arrays;

/**
 * Byte runs (a token's bytes as they stand in the file) → the word ids they stand for, for
 * {@link RunScanner}. Open addressing over one {@code long[]}, three longs per slot: the run's first
 * sixteen bytes as two longs, then its id, length and hash bits. A run of at most sixteen bytes that
 * stands for one word (nearly every token of a text) is found by one probe and no other memory: its
 * bytes are never zero (zero is a separator), so its first sixteen bytes zero-padded are the whole key.
 * Longer runs, and runs standing for no word (a {@code <s>} marker) or several (a non-ASCII space such
 * as U+3000 inside it), point to an entry that keeps their bytes past the sixteenth in a pool and their
 * ids in a list.
 */
final class RunTable {
    /** What {@link #find} returns for a run not in the table; never a value. */
    static final int ABSENT = Integer.MIN_VALUE;
    /** Runs up to this many bytes are keyed by their slot alone. */
    static final int SHORT = 16;
    private static final int LENGTH_CAP = 255;
    private static final int STRIDE = 3;

    private long[] slots;
    private int capacity;
    private int size;
    private byte[] pool = new byte[1 << 12];
    private int poolSize;
    private int entries;
    private int[] tailStart;
    private int[] tailLength;
    private int[] idStart;
    private int[] idCount;
    /** Each entry's hash, so that growing the table hashes no bytes again. */
    private int[] entryHash;
    private int[] ids = new int[64];
    private int idsSize;

    /** A table sized for about {@code expectedRuns} distinct runs (it grows past that). */
    RunTable(int expectedRuns) {
        capacity = 2 * Integer.highestOneBit(Math.max(1024, Math.min(expectedRuns, 1 << 20)) * 2 - 1);
        slots = new long[STRIDE * capacity];
        int e = Math.max(64, expectedRuns / 16);
        tailStart = new int[e];
        tailLength = new int[e];
        idStart = new int[e];
        idCount = new int[e];
        entryHash = new int[e];
    }

    /**
     * The value of the run {@code b[from, from + length)}, or {@link #ABSENT}: a word id (≥ 0) when the
     * run stands for exactly one word, else {@code -(entry + 1)} ({@link #count}, {@link #copyIds}).
     * {@code first8} and {@code second8} are the run's first sixteen bytes (little-endian, zero-padded
     * when shorter) and {@code hash} a hash of all of them ({@link RunScanner#hash} for a short run).
     */
    int find(long first8, long second8, long hash, byte[] b, int from, int length) {
        int meta = meta(hash, length);
        int mask = capacity - 1;
        long[] t = slots;
        for (int s = (int) hash & mask; ; s = (s + 1) & mask) {
            int at = STRIDE * s;
            long key = t[at];
            if (key == 0) {
                return ABSENT;
            }
            long m = t[at + 2];
            if (key == first8 && t[at + 1] == second8 && (int) m == meta) {
                int value = (int) (m >> 32);
                if (length <= SHORT || sameTail(-value - 1, b, from + SHORT, length - SHORT)) {
                    return value;
                }
            }
        }
    }

    /** Adds a run not in the table, standing for {@code wordIds[0, count)}; returns its value (see {@link #find}). */
    int add(long first8, long second8, long hash, byte[] b, int from, int length, int[] wordIds, int count) {
        if (2 * (size + 1) > capacity) {
            rehash();
        }
        int value = length <= SHORT && count == 1 ? wordIds[0]
                : -(newEntry(b, from, length, (int) hash, wordIds, count) + 1);
        insert(first8, second8, (long) value << 32 | (meta(hash, length) & 0xFFFFFFFFL), (int) hash);
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

    /** The low 32 bits of a slot's meta long: the length (capped) and 24 bits of the hash. */
    private static int meta(long hash, int length) {
        return Math.min(length, LENGTH_CAP) << 24 | (int) (hash >>> 40);
    }

    private int newEntry(byte[] b, int from, int length, int hash, int[] wordIds, int count) {
        int e = entries++;
        if (e == tailStart.length) {
            entryHash = Arrays.copyOf(entryHash, 2 * e);
            tailStart = Arrays.copyOf(tailStart, 2 * e);
            tailLength = Arrays.copyOf(tailLength, 2 * e);
            idStart = Arrays.copyOf(idStart, 2 * e);
            idCount = Arrays.copyOf(idCount, 2 * e);
        }
        int tail = Math.max(0, length - SHORT);
        if (poolSize + tail > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(2 * pool.length, poolSize + tail));
        }
        System.arraycopy(b, from + length - tail, pool, poolSize, tail);
        entryHash[e] = hash;
        tailStart[e] = poolSize;
        tailLength[e] = tail;
        poolSize += tail;
        if (idsSize + count > ids.length) {
            ids = Arrays.copyOf(ids, Math.max(2 * ids.length, idsSize + count));
        }
        System.arraycopy(wordIds, 0, ids, idsSize, count);
        idStart[e] = idsSize;
        idCount[e] = count;
        idsSize += count;
        return e;
    }

    /** Whether entry {@code e}'s bytes past the sixteenth are {@code b[from, from + length)}. */
    private boolean sameTail(int e, byte[] b, int from, int length) {
        int start = tailStart[e];
        return Arrays.equals(pool, start, start + tailLength[e], b, from, from + length);
    }

    private void insert(long first8, long second8, long meta, int hash) {
        int mask = capacity - 1;
        int s = hash & mask;
        while (slots[STRIDE * s] != 0) {
            s = (s + 1) & mask;
        }
        slots[STRIDE * s] = first8;
        slots[STRIDE * s + 1] = second8;
        slots[STRIDE * s + 2] = meta;
    }

    /** Doubles the slots. A short run's hash is recomputed from its sixteen bytes; an entry's was kept. */
    private void rehash() {
        long[] old = slots;
        capacity *= 2;
        slots = new long[STRIDE * capacity];
        for (int at = 0; at < old.length; at += STRIDE) {
            if (old[at] != 0) {
                long meta = old[at + 2];
                int value = (int) (meta >> 32);
                int length = (int) meta >>> 24;
                int hash = value >= 0 ? (int) RunScanner.hash(old[at], old[at + 1], length) : entryHash[-value - 1];
                insert(old[at], old[at + 1], meta, hash);
            }
        }
    }
}
