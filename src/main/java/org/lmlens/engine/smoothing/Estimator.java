package org.lmlens.engine.smoothing;

import java.util.Map;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;

/**
 * A smoothing method fitted to counts at one order: P(w | h) for every outcome w and history h.
 *
 * <p>Histories are passed as a range {@code history[from..to)} of word ids, so that scoring a sentence
 * allocates nothing. The caller (the {@code LanguageModel}) has already cut the history to at most
 * {@code order-1} words and at its last {@code <s>}; estimators may assume {@code <s>} appears only
 * first. Outcomes are every id except {@link Vocabulary#BOS}; P(&lt;s&gt; | h) is 0.
 *
 * <p>Estimators are immutable and thread-safe: the UI reads them from background threads.
 */
public abstract class Estimator {
    protected final NgramCounts counts;
    protected final int order;

    protected Estimator(NgramCounts counts, int order) {
        if (order < 1 || order > counts.maxOrder()) {
            throw new IllegalArgumentException("order " + order + " not in 1.." + counts.maxOrder());
        }
        this.counts = counts;
        this.order = order;
    }

    public final int order() {
        return order;
    }

    public final NgramCounts counts() {
        return counts;
    }

    /** P(word | history[from..to)). 0 for {@code <s>}; 0 for every word when {@link #isDefined} is false. */
    public abstract double probability(int[] history, int from, int to, int word);

    /**
     * Whether this history has a distribution at all. Only MLE says no, for a context never seen in
     * training: it has no counts to divide by, and the engine says so instead of inventing numbers.
     */
    public boolean isDefined(int[] history, int from, int to) {
        return true;
    }

    /**
     * Fills {@code out} (length = vocabulary size) with P(· | history) and returns true, or returns false
     * (leaving {@code out} unspecified) when {@link #isDefined} is false. The default asks
     * {@link #probability} for every outcome; methods override it with a faster pass over the children.
     */
    public boolean distribution(int[] history, int from, int to, double[] out) {
        if (!isDefined(history, from, to)) {
            return false;
        }
        for (int w = 0; w < out.length; w++) {
            out[w] = w == Vocabulary.BOS ? 0 : probability(history, from, to, w);
        }
        return true;
    }

    /** The terms behind P(word | history), for teaching. The default gives the count-based ones only. */
    public Explanation explain(int[] history, int from, int to, int word) {
        int used = longestSeenContext(history, from, to);
        int ctx = counts.find(history, to - used, to);
        int child = counts.child(used, ctx, word);
        long c = child < 0 ? 0 : counts.count(used + 1, child);
        long ch = counts.contextCount(used, ctx);
        double p = probability(history, from, to, word);
        return new Explanation(used, c, ch, p, p * ch, 0, 0, 0, c > 0 ? used + 1 : 0, false, null);
    }

    /** Numbers the method computed from the data and a user may want to see (discounts, λs), by name. */
    public Map<String, Object> fittedParameters() {
        return Map.of();
    }

    /** Warnings about this fit for the user (a discount that fell back to a default), or empty. */
    public java.util.List<String> notices() {
        return java.util.List.of();
    }

    /**
     * The probability of every token of one sentence given its history within the sentence, the way a
     * test set is scored: {@code out[i - start - 1] = probability(tokens, max(start, i - order + 1), i, tokens[i])}
     * for {@code i = start+1 .. end-1} ({@code tokens[start]} is the sentence's {@code <s>}, which is never
     * predicted). The result equals the per-token {@link #probability} exactly. The default asks
     * {@link #probability} per token; estimators override it with a stateful pass that carries the
     * context's trie position from token to token (KenLM's {@code State}) instead of searching for the
     * whole history again at every token.
     */
    public void sentenceProbabilities(int[] tokens, int start, int end, double[] out) {
        int history = order - 1;
        for (int i = start + 1; i < end; i++) {
            out[i - start - 1] = probability(tokens, Math.max(start, i - history), i, tokens[i]);
        }
    }

    /**
     * One step of a stateful walk over a sentence. On entry {@code ctx[0..len]} holds the indexes of the
     * stored suffixes of the history ({@code ctx[j]} at order j; {@code ctx[0] = 0} is the root) and
     * {@code len} is the length of the longest one (at most order-1). Fills {@code hit[k]}, k = 1..len+1,
     * with the index at order k of the n-gram (last k-1 history words, {@code word}), or -1 if never seen,
     * and returns the highest k with a hit (0 if none). Only the levels above the highest hit are searched:
     * the shorter hits follow through {@link NgramCounts#suffix}. The history extended by {@code word}
     * then has {@code min(returned, order-1)} as its longest stored suffix, with indexes {@code hit[1..]}
     * (every prefix of a stored n-gram is stored), which {@link #advanceSuffixes} copies into {@code ctx}.
     */
    protected final int lookupSuffixes(int[] ctx, int len, int word, int[] hit) {
        for (int k = len + 1; k >= 1; k--) {
            int found = counts.child(k - 1, ctx[k - 1], word);
            if (found >= 0) {
                hit[k] = found;
                for (int j = k; j > 1; j--) {
                    hit[j - 1] = counts.suffix(j, hit[j]);
                }
                return k;
            }
            hit[k] = -1;
        }
        return 0;
    }

    /** Moves the walk past the word whose {@link #lookupSuffixes} returned {@code top}: returns the new length. */
    protected final int advanceSuffixes(int[] ctx, int[] hit, int top) {
        int len = Math.min(top, order - 1);
        System.arraycopy(hit, 1, ctx, 1, len);
        return len;
    }

    /**
     * For methods that condition on the whole history only (additive, MLE): the index of the history of
     * token {@code i+1} of a sentence starting at {@code start}, from that of token {@code i}. {@code ctx}
     * is the index (at order {@code len}) of token i's history or -1 if never seen, and {@code child}
     * the index of (history, token i) at order len+1, or -1 (it must be looked up whenever ctx &gt;= 0).
     * A seen n-gram gives the next history with no search (itself while the history grows, its suffix
     * once it slides); only after an unseen one is the next history searched for again.
     */
    protected final int nextHistory(int[] tokens, int start, int i, int len, int ctx, int child) {
        int next = Math.min(i + 1 - start, order - 1);
        if (next == 0) {
            return 0;
        }
        if (ctx >= 0 && child >= 0) {
            return next > len ? child : counts.suffix(len + 1, child);
        }
        if (next > len) {
            return -1;
        }
        return counts.find(tokens, i + 1 - next, i + 1);
    }

    /**
     * The length of the longest suffix of {@code history[from..to)} that occurs in training as a context
     * (followed by at least one outcome); 0 means only the empty context.
     */
    protected final int longestSeenContext(int[] history, int from, int to) {
        for (int len = to - from; len > 0; len--) {
            int ctx = counts.find(history, to - len, to);
            if (ctx >= 0 && counts.contextCount(len, ctx) > 0) {
                return len;
            }
        }
        return 0;
    }
}
