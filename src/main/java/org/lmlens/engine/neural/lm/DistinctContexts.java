package org.lmlens.engine.neural.lm;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct contexts of a set of examples, numbered in order of first appearance, with the examples
 * grouped by context (a counting sort): scoring a held-out set then runs the network once per context.
 */
final class DistinctContexts {
    private final int contextLength;
    private final int[] contexts;
    private final int count;
    private final int[] examplesByContext;
    private final int[] firstExample;

    private DistinctContexts(int contextLength, int[] contexts, int count, int[] examplesByContext,
                             int[] firstExample) {
        this.contextLength = contextLength;
        this.contexts = contexts;
        this.count = count;
        this.examplesByContext = examplesByContext;
        this.firstExample = firstExample;
    }

    static DistinctContexts of(Examples set) {
        int c = set.contextLength();
        Map<Key, Integer> ids = new HashMap<>();
        IntArrayList unique = new IntArrayList();
        int[] contextOf = new int[set.size()];
        for (int i = 0; i < set.size(); i++) {
            int[] ctx = new int[c];
            for (int j = 0; j < c; j++) {
                ctx[j] = set.context(i, j);
            }
            Integer id = ids.putIfAbsent(new Key(ctx), ids.size());
            if (id == null) {
                id = ids.size() - 1;
                unique.addElements(unique.size(), ctx);
            }
            contextOf[i] = id;
        }
        int n = ids.size();
        int[] first = new int[n + 1];
        for (int u : contextOf) {
            first[u + 1]++;
        }
        for (int u = 0; u < n; u++) {
            first[u + 1] += first[u];
        }
        int[] next = Arrays.copyOf(first, n);
        int[] order = new int[set.size()];
        for (int i = 0; i < contextOf.length; i++) {
            order[next[contextOf[i]]++] = i;
        }
        return new DistinctContexts(c, unique.toIntArray(), n, order, first);
    }

    int count() {
        return count;
    }

    /** The contexts {@code [from, to)}, one after the other. */
    int[] contexts(int from, int to) {
        return Arrays.copyOfRange(contexts, from * contextLength, to * contextLength);
    }

    /** Example indexes, those of context 0 first, then of context 1, …, each group ascending. */
    int[] examplesByContext() {
        return examplesByContext;
    }

    /** Where each context's group starts in {@link #examplesByContext} (length count + 1). */
    int[] firstExampleOfContext() {
        return firstExample;
    }

    private record Key(int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(ids, k.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }
    }
}
