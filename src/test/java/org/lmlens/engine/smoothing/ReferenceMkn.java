package org.lmlens.engine.smoothing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A deliberately naive modified Kneser-Ney, written straight from Heafield et al. (2013), section 3, and
 * KenLM's lmplz (adjust_counts.cc, initial_probabilities.cc, interpolate.cc): n-grams are lists of
 * strings in hash maps, no trie, no ids, no shared code with the engine. Used only to check the engine.
 */
final class ReferenceMkn {
    static final String BOS = "<s>";
    static final String EOS = "</s>";
    static final String UNK = "<unk>";

    private final int order;
    private final Set<String> vocabulary = new TreeSet<>();
    /** raw.get(k): n-gram of length k → count. */
    private final List<Map<List<String>, Long>> raw = new ArrayList<>();
    private final List<Map<List<String>, Long>> adjusted = new ArrayList<>();
    /** context (k-1 words) → {Σ a, n1, n2, n3+} at level k. */
    private final List<Map<List<String>, long[]>> contextStats = new ArrayList<>();
    final float[][] discounts;
    final boolean[] fellBack;

    ReferenceMkn(List<List<String>> sentences, int order) {
        this.order = order;
        vocabulary.add(UNK);
        vocabulary.add(EOS);
        for (int k = 0; k <= order; k++) {
            raw.add(new HashMap<>());
            adjusted.add(new HashMap<>());
            contextStats.add(new HashMap<>());
        }
        // 1. Raw counts of every window of <s> w1 .. wn </s> (never reaching before <s>).
        for (List<String> s : sentences) {
            List<String> t = new ArrayList<>();
            t.add(BOS);
            t.addAll(s);
            t.add(EOS);
            vocabulary.addAll(s);
            for (int k = 1; k <= order; k++) {
                for (int i = 0; i + k <= t.size(); i++) {
                    raw.get(k).merge(List.copyOf(t.subList(i, i + k)), 1L, Long::sum);
                }
            }
        }
        // 2. Adjusted counts: raw at the top order and for n-grams starting with <s>; otherwise the number
        //    of distinct words seen to the left. The unigram <s> gets 0 (KenLM initialises it so).
        for (int k = 1; k <= order; k++) {
            for (Map.Entry<List<String>, Long> e : raw.get(k).entrySet()) {
                List<String> g = e.getKey();
                long a;
                if (k == 1 && g.get(0).equals(BOS)) {
                    a = 0;
                } else if (k == order || g.get(0).equals(BOS)) {
                    a = e.getValue();
                } else {
                    Set<String> left = new HashSet<>();
                    for (List<String> longer : raw.get(k + 1).keySet()) {
                        if (longer.subList(1, k + 1).equals(g)) {
                            left.add(longer.get(0));
                        }
                    }
                    a = left.size();
                }
                adjusted.get(k).put(g, a);
            }
        }
        // 3. Discounts per order from the count-of-counts of the adjusted counts (Chen & Goodman eq. 26),
        //    in float as KenLM computes them; out of range or a missing count → fallback 0.5 1 1.5.
        discounts = new float[order + 1][];
        fellBack = new boolean[order + 1];
        for (int k = 1; k <= order; k++) {
            long[] n = new long[5];
            for (long a : adjusted.get(k).values()) {
                if (a >= 1 && a <= 4) {
                    n[(int) a]++;
                }
            }
            float[] d = null;
            if (n[1] > 0 && n[2] > 0 && n[3] > 0) {
                float y = (float) n[1] / (float) (n[1] + 2.0 * n[2]);
                d = new float[4];
                for (int j = 1; j <= 3; j++) {
                    d[j] = (float) j - (float) (j + 1) * y * (float) n[j + 1] / (float) n[j];
                    if (d[j] < 0 || d[j] > j) {
                        d = null;
                        break;
                    }
                }
            }
            fellBack[k] = d == null;
            discounts[k] = d == null ? new float[] {0, 0.5f, 1f, 1.5f} : d;
        }
        // 4. Per context: Σ_x a(h x) and how many continuations have adjusted count 1, 2, 3+.
        for (int k = 1; k <= order; k++) {
            for (Map.Entry<List<String>, Long> e : adjusted.get(k).entrySet()) {
                long a = e.getValue();
                if (a == 0) {
                    continue;
                }
                long[] st = contextStats.get(k).computeIfAbsent(e.getKey().subList(0, k - 1), x -> new long[4]);
                st[0] += a;
                st[(int) Math.min(a, 3)]++;
            }
        }
    }

    int outcomes() {
        return vocabulary.size();
    }

    Set<String> outcomeWords() {
        return vocabulary;
    }

    /** P(w | h) for a history already cut at its last <s> and to at most order-1 words. */
    double probability(List<String> history, String w) {
        List<String> h = new ArrayList<>();
        for (String x : history) {
            h.add(x.equals(BOS) || vocabulary.contains(x) ? x : UNK);
        }
        if (!vocabulary.contains(w)) {
            w = UNK;
        }
        return p(h, w);
    }

    private double p(List<String> h, String w) {
        double lower = h.isEmpty() ? 1.0 / outcomes() : p(h.subList(1, h.size()), w);
        int k = h.size() + 1;
        long[] st = contextStats.get(k).get(h);
        if (st == null) {
            return lower; // the level has no such context: its γ is 1 in effect (ARPA back-off weight 1)
        }
        List<String> hw = new ArrayList<>(h);
        hw.add(w);
        long a = adjusted.get(k).getOrDefault(hw, 0L);
        float[] d = discounts[k];
        double alpha = a == 0 ? 0 : (a - (double) d[(int) Math.min(a, 3)]) / st[0];
        double gamma = (d[1] * (double) st[1] + d[2] * (double) st[2] + d[3] * (double) st[3]) / st[0];
        return alpha + gamma * lower;
    }

    /** Every context of every level (k-1 words), for exhaustive comparisons. */
    List<List<String>> contexts() {
        List<List<String>> out = new ArrayList<>();
        for (int k = 1; k <= order; k++) {
            out.addAll(contextStats.get(k).keySet());
        }
        return out;
    }
}
