package org.lmlens.ui.counts;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.Locale;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;

/** Filters and sorts the n-gram indexes of one order, off the FX thread. Pure functions of their inputs. */
public final class NgramSorter {
    /** Sort keys of the Counts table. */
    public enum Key { NGRAM, COUNT, MLE, PROBABILITY, ADJUSTED }

    private NgramSorter() {
    }

    /** The n-grams of an order whose words match the search (all when blank); never {@code <s>} alone. */
    static int[] filter(NgramCounts counts, int order, String search, Progress progress) {
        int n = counts.size(order);
        String q = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        Vocabulary v = counts.vocabulary();
        boolean[] wordMatches = null;
        boolean[] holdsFirst = null;
        if (!q.isEmpty() && !q.contains(" ")) {
            wordMatches = new boolean[v.size()];
            holdsFirst = new boolean[v.size()];
            String first = q.substring(0, Character.charCount(q.codePointAt(0)));
            for (int id = 0; id < v.size(); id++) {
                String w = v.word(id).toLowerCase(Locale.ROOT);
                wordMatches[id] = w.contains(q);
                holdsFirst[id] = w.contains(first);
            }
        }
        int[] out = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 0xFFFF) == 0) {
                progress.checkCancelled();
            }
            if (order == 1 && (i == Vocabulary.BOS || counts.count(1, i) == 0)) {
                continue;
            }
            if (q.isEmpty() || matches(counts, order, i, q, wordMatches, holdsFirst)) {
                out[m++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, m);
    }

    /** The rows in either sorted array, sorted, once each. */
    static int[] union(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            i += i < a.length && a[i] == next ? 1 : 0;
            j += j < b.length && b[j] == next ? 1 : 0;
            out[n++] = next;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * A query without spaces matches an n-gram one of whose words contains it, or whose words written
     * together contain it: 白日 finds 白 日 依 (character tokens), as the Next-word box reads 白日. A query
     * with spaces is looked for in the words joined by spaces.
     */
    private static boolean matches(NgramCounts counts, int order, int index, String q, boolean[] wordMatches,
                                   boolean[] holdsFirst) {
        if (wordMatches != null) {
            int k = order;
            int i = index;
            boolean mayJoin = false;
            while (k >= 1) {
                int w = counts.word(k, i);
                if (wordMatches[w]) {
                    return true;
                }
                mayJoin |= holdsFirst[w];
                i = counts.prefix(k, i);
                k--;
            }
            return mayJoin && order > 1 && joined(counts, order, index, "").contains(q);
        }
        return joined(counts, order, index, " ").contains(q);
    }

    private static String joined(NgramCounts counts, int order, int index, String separator) {
        StringBuilder sb = new StringBuilder();
        for (int id : counts.ngram(order, index)) {
            sb.append(sb.length() == 0 ? "" : separator).append(counts.vocabulary().word(id));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Sorts rows in place by a key; ties by n-gram index, so the order is stable and reproducible. */
    static void sort(NgramTable table, int[] rows, Key key, boolean ascending, Progress progress) {
        switch (key) {
            case COUNT -> sortByCount(table, rows, ascending);
            case NGRAM -> {
                String[] text = new String[rows.length];
                for (int r = 0; r < rows.length; r++) {
                    text[r] = table.text(rows[r]);
                }
                progress.checkCancelled();
                sortByKey(rows, r -> 0, text, ascending);
            }
            default -> {
                double[] values = new double[rows.length];
                for (int r = 0; r < rows.length; r++) {
                    if ((r & 0xFFFF) == 0) {
                        progress.checkCancelled();
                    }
                    int i = rows[r];
                    values[r] = key == Key.MLE ? table.mle(i)
                            : key == Key.PROBABILITY ? table.probability(i) : table.adjustedCount(i);
                }
                sortByKey(rows, r -> values[r], null, ascending);
            }
        }
    }

    /** Counting sort by count (descending or ascending), index ascending within a count: O(n + max). */
    private static void sortByCount(NgramTable table, int[] rows, boolean ascending) {
        int max = 0;
        for (int i : rows) {
            max = Math.max(max, table.count(i));
        }
        int[] start = new int[max + 2];
        for (int i : rows) {
            int c = table.count(i);
            start[(ascending ? c : max - c) + 1]++;
        }
        for (int b = 1; b < start.length; b++) {
            start[b] += start[b - 1];
        }
        int[] sorted = new int[rows.length];
        // Counting sort is stable: rows come from filter() in index order, so ties stay by index.
        for (int i : rows) {
            int c = table.count(i);
            sorted[start[ascending ? c : max - c]++] = i;
        }
        System.arraycopy(sorted, 0, rows, 0, rows.length);
    }

    private static void sortByKey(int[] rows, java.util.function.IntToDoubleFunction value, String[] text,
                                  boolean ascending) {
        int n = rows.length;
        int[] perm = new int[n];
        for (int r = 0; r < n; r++) {
            perm[r] = r;
        }
        IntArrays.parallelQuickSort(perm, (a, b) -> {
            int c = text != null ? text[a].compareTo(text[b]) : Double.compare(value.applyAsDouble(a),
                    value.applyAsDouble(b));
            if (!ascending) {
                c = -c;
            }
            return c != 0 ? c : Integer.compare(rows[a], rows[b]);
        });
        int[] sorted = new int[n];
        for (int r = 0; r < n; r++) {
            sorted[r] = rows[perm[r]];
        }
        System.arraycopy(sorted, 0, rows, 0, n);
    }
}
