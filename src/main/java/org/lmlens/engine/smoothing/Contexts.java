package org.lmlens.engine.smoothing;

import org.lmlens.engine.count.NgramCounts;

/** Finding the stored suffixes of a history, shared by interpolated and back-off estimators. */
final class Contexts {
    private Contexts() {
    }

    /**
     * Fills {@code ctx[j]} with the index at order j of the last j words of {@code history[from..to)}, for
     * j = 0..L, and returns L: the length of the longest suffix (at most {@code order-1} words) that occurs
     * in training as a context, i.e. is followed by at least one outcome (c(h) &gt; 0). Every shorter suffix
     * is then reached through {@link NgramCounts#suffix}, with no further search; each of them also has
     * c(h) &gt; 0, since a suffix occurs wherever the longer context does.
     */
    static int longest(NgramCounts counts, int order, int[] history, int from, int to, int[] ctx) {
        int len = Math.min(to - from, order - 1);
        int found = -1;
        while (len > 0) {
            found = counts.find(history, to - len, to);
            if (found >= 0 && counts.contextCount(len, found) > 0) {
                break;
            }
            len--;
        }
        ctx[0] = 0;
        if (len > 0) {
            ctx[len] = found;
            for (int j = len; j > 1; j--) {
                ctx[j - 1] = counts.suffix(j, ctx[j]);
            }
        }
        return len;
    }
}
