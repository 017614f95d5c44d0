package org.lmlens.spark;

import java.io.Serializable;
import java.util.Arrays;

/**
 * An n-gram as word ids, the key of every shuffle of the job: equal by content, ordered lexicographically
 * (so a sort by key gives the engine's trie order and ARPA's usual order).
 */
public final class Gram implements Serializable, Comparable<Gram> {
    private static final long serialVersionUID = 1L;
    final int[] ids;

    Gram(int[] ids) {
        this.ids = ids;
    }

    static Gram of(int[] sentence, int from, int to) {
        return new Gram(Arrays.copyOfRange(sentence, from, to));
    }

    int order() {
        return ids.length;
    }

    int first() {
        return ids[0];
    }

    int last() {
        return ids[ids.length - 1];
    }

    /** Without its last word: its context. */
    Gram prefix() {
        return new Gram(Arrays.copyOf(ids, ids.length - 1));
    }

    /** Without its first word: the n-gram of the next lower level. */
    Gram suffix() {
        return new Gram(Arrays.copyOfRange(ids, 1, ids.length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Gram g && Arrays.equals(ids, g.ids);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ids);
    }

    @Override
    public int compareTo(Gram o) {
        return Arrays.compare(ids, o.ids);
    }

    @Override
    public String toString() {
        return Arrays.toString(ids);
    }
}
