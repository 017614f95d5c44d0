package org.lmlens.engine.count;

/**
 * Word → int, for vocabularies: open addressing that keeps each slot's hash beside its key, so a probe
 * compares two ints and opens a {@code String} only when the hashes agree. A general map (fastutil's
 * {@code Object2IntOpenHashMap}) calls {@code equals} on every probed slot, and every call reads a
 * string elsewhere in memory, which showed in profiles of reading and scoring. Not thread-safe
 * while written; reads of a map no longer written are safe from any thread.
 */
final class WordIndex {
    private String[] keys;
    private int[] hashes;
    private int[] values;
    private int size;
    private final int absent;

    /** An index sized for about {@code expected} words, whose {@link #get} returns {@code absent} for other words. */
    WordIndex(int expected, int absent) {
        int slots = Integer.highestOneBit(Math.max(16, Math.min(expected, 1 << 29)) * 2 - 1) * 2;
        keys = new String[slots];
        hashes = new int[slots];
        values = new int[slots];
        this.absent = absent;
    }

    int size() {
        return size;
    }

    /** The value of the word, or the {@code absent} value. */
    int get(String word) {
        int h = spread(word.hashCode());
        int mask = keys.length - 1;
        for (int s = h & mask; ; s = (s + 1) & mask) {
            String k = keys[s];
            if (k == null) {
                return absent;
            }
            if (hashes[s] == h && k.equals(word)) {
                return values[s];
            }
        }
    }

    /**
     * Gives the word this value unless it has one: returns the value it had, or the {@code absent} value
     * when it is new (one probe where a get and a put would take two).
     */
    int putIfAbsent(String word, int value) {
        int h = spread(word.hashCode());
        int mask = keys.length - 1;
        int s = h & mask;
        for (; keys[s] != null; s = (s + 1) & mask) {
            if (hashes[s] == h && keys[s].equals(word)) {
                return values[s];
            }
        }
        keys[s] = word;
        hashes[s] = h;
        values[s] = value;
        if (2 * ++size > keys.length) {
            grow();
        }
        return absent;
    }

    /**
     * Replaces every value v by {@code remap[v]} in place: how a training text's provisional ids become
     * its vocabulary's without hashing every word again. A negative {@code remap[v]} makes the word absent
     * to {@link #get} (it stays in the table, unreachable by value).
     */
    void remapValues(int[] remap) {
        for (int s = 0; s < keys.length; s++) {
            if (keys[s] != null) {
                int v = remap[values[s]];
                values[s] = v < 0 ? absent : v;
            }
        }
    }

    /** {@code String.hashCode} varies little in its low bits for short words; the slot is taken from them. */
    private static int spread(int h) {
        h *= 0x9E3779B1;
        return h ^ (h >>> 16);
    }

    private void grow() {
        String[] k = keys;
        int[] h = hashes;
        int[] v = values;
        int n = 2 * k.length;
        keys = new String[n];
        hashes = new int[n];
        values = new int[n];
        for (int s = 0; s < k.length; s++) {
            if (k[s] != null) {
                int t = h[s] & (n - 1);
                while (keys[t] != null) {
                    t = (t + 1) & (n - 1);
                }
                keys[t] = k[s];
                hashes[t] = h[s];
                values[t] = v[s];
            }
        }
    }
}
