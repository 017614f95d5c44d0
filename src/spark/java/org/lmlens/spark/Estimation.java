package org.lmlens.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.smoothing.ModifiedKneserNey;
import scala.Tuple2;

/**
 * Interpolated modified Kneser-Ney from the job's counts, exactly as the engine's {@link ModifiedKneserNey}
 * (KenLM's {@code lmplz}; Heafield et al. 2013, "Scalable Modified Kneser-Ney Language Model Estimation",
 * section 3, whose sorts and streams are Spark's shuffles here):
 *
 * <pre>
 *   a(g)    = c(g) at the top order and for g starting with &lt;s&gt;, else N1+(• g); a(&lt;s&gt;) = 0
 *   D_j     from the count-of-counts n_1..n_4 of a per order (the engine's {@code discounts}, in float)
 *   α(h w)  = (a(h w) - D_{a(h w)}) / Σ_x a(h x)
 *   γ(h)    = (D1 N1(h •) + D2 N2(h •) + D3 N3+(h •) + Σ_{pruned x} a(h x)) / Σ_x a(h x)
 *   P(w|h)  = α(h w) + γ(h) P(w|h'),   P_0 = 1 / |O|;   bow(h) = γ(h)
 * </pre>
 *
 * Pruning (lmplz's {@code --prune}): an n-gram of order k ≥ 2 with c(g) ≤ prune[k] is not stored; the
 * adjusted counts, the discounts and the denominators are those of the unpruned counts, and the mass a
 * pruned n-gram would have had moves to its context's γ (KenLM's {@code InitialProbabilities}), so every
 * distribution still sums to 1. Without pruning the extra term is 0 and the values are the engine's, term
 * for term. Shuffles per order: one for the adjusted counts, one for the context sums, two joins for α
 * with γ and with the lower order, one to attach the back-off weights.
 */
final class Estimation {
    /** The model: for each order k (index 1..N) the stored n-grams with {log10 p, log10 bow}, and how many. */
    record Model(int order, List<String> words, List<JavaPairRDD<Gram, float[]>> levels, long[] ngrams, float[][] discounts,
                 long[][] adjustedCountOfCounts, List<String> notices) {
    }

    private Estimation() {
    }

    static Model estimate(JavaSparkContext sc, Counting.Counted counted, int order, long[] prune) {
        List<String> words = counted.words();
        JavaPairRDD<Gram, Long> counts = counted.counts().filter(t -> t._1().order() <= order);
        JavaPairRDD<Gram, long[]> adjusted = adjustedCounts(sc, counts, order).persist(StorageLevel.MEMORY_AND_DISK_SER());

        long[][] n = new long[order + 1][5];
        Map<Integer, Long> tally = adjusted.filter(t -> t._2()[1] >= 1 && t._2()[1] <= 4)
                .map(t -> t._1().order() * 8 + (int) t._2()[1]).countByValue();
        tally.forEach((key, value) -> n[key / 8][key % 8] = value);
        float[][] d = new float[order + 1][];
        List<String> notices = new ArrayList<>();
        for (int k = 1; k <= order; k++) {
            d[k] = ModifiedKneserNey.discounts(n[k]);
            if (d[k] == null) {
                d[k] = ModifiedKneserNey.FALLBACK.clone();
                notices.add(String.format(Locale.ROOT, "the %d-gram discounts cannot be estimated (adjusted n1..n4 = "
                        + "%d %d %d %d); using KenLM's --discount_fallback D1=0.5 D2=1 D3+=1.5", k, n[k][1], n[k][2],
                        n[k][3], n[k][4]));
            }
        }

        int outcomes = words.size() - 1;
        // Each order's adjusted counts apart, read twice (context sums, then probabilities) without a scan of all orders.
        List<JavaPairRDD<Gram, long[]>> byOrder = new ArrayList<>();
        byOrder.add(null);
        for (int k = 1; k <= order; k++) {
            int level = k;
            byOrder.add(adjusted.filter(t -> t._1().order() == level).persist(StorageLevel.MEMORY_AND_DISK_SER()));
        }
        List<JavaPairRDD<Gram, double[]>> contexts = new ArrayList<>();
        contexts.add(null);
        for (int k = 1; k <= order; k++) {
            contexts.add(contextSums(byOrder.get(k), k, prune[k], d[k]).persist(StorageLevel.MEMORY_AND_DISK_SER()));
        }
        List<JavaPairRDD<Gram, float[]>> levels = new ArrayList<>();
        levels.add(null);
        JavaPairRDD<Gram, Double> lower = null;
        for (int k = 1; k <= order; k++) {
            JavaPairRDD<Gram, Double> p = k == 1 ? unigrams(byOrder.get(1), contexts.get(1), d[1], outcomes)
                    : level(byOrder.get(k), contexts.get(k), lower, prune[k], d[k]);
            p = p.persist(StorageLevel.MEMORY_AND_DISK_SER());
            JavaPairRDD<Gram, float[]> values = k == order ? p.mapValues(v -> new float[] {log10p(v), 0f})
                    : p.leftOuterJoin(contexts.get(k + 1)).mapValues(v -> new float[] {log10p(v._1()),
                            v._2().isPresent() && v._2().get()[0] > 0 ? log10(v._2().get()[1]) : 0f});
            levels.add(values);
            lower = p;
        }
        long[] stored = new long[order + 1];
        adjusted.filter(t -> t._1().order() == 1 || t._2()[0] > prune[t._1().order()]).map(t -> t._1().order())
                .countByValue().forEach((k, c) -> stored[k] = c);
        return new Model(order, words, levels, stored, d, n, notices);
    }

    /** (g, {c(g), a(g)}) for every n-gram up to the order, and every vocabulary word (an unseen {@code <unk>} has 0, 0). */
    private static JavaPairRDD<Gram, long[]> adjustedCounts(JavaSparkContext sc, JavaPairRDD<Gram, Long> counts,
                                                            int order) {
        JavaPairRDD<Gram, long[]> raw = counts.mapToPair(t -> new Tuple2<>(t._1(), new long[] {t._2(), 0}));
        JavaPairRDD<Gram, long[]> continuations = counts.filter(t -> t._1().order() >= 2)
                .mapToPair(t -> new Tuple2<>(t._1().suffix(), new long[] {0, 1}));
        JavaPairRDD<Gram, long[]> unk = sc.parallelizePairs(List.of(
                new Tuple2<>(new Gram(new int[] {Vocabulary.UNK}), new long[] {0, 0})));
        return raw.union(continuations).union(unk)
                .reduceByKey((a, b) -> new long[] {a[0] + b[0], a[1] + b[1]})
                .mapToPair(t -> {
                    Gram g = t._1();
                    long c = t._2()[0];
                    long continuation = t._2()[1];
                    long a = g.order() == 1 && g.first() == Vocabulary.BOS ? 0
                            : g.order() == order || continuation == 0 ? c : continuation;
                    return new Tuple2<>(g, new long[] {c, a});
                });
    }

    /** (h, {Σ_x a(h x), γ(h)}) for the contexts of order-k n-grams (the empty context at k = 1). */
    private static JavaPairRDD<Gram, double[]> contextSums(JavaPairRDD<Gram, long[]> level, int k, long prune,
                                                           float[] d) {
        return level.mapToPair(t -> {
            long c = t._2()[0];
            long a = t._2()[1];
            boolean pruned = k >= 2 && c <= prune;
            long kept = pruned ? 0 : 1;
            return new Tuple2<>(t._1().prefix(), new long[] {a, kept * (a == 1 ? 1 : 0), kept * (a == 2 ? 1 : 0),
                    kept * (a >= 3 ? 1 : 0), pruned ? a : 0});
        }).reduceByKey((x, y) -> new long[] {x[0] + y[0], x[1] + y[1], x[2] + y[2], x[3] + y[3], x[4] + y[4]})
                .mapValues(s -> new double[] {s[0], s[0] == 0 ? 0
                        : (d[1] * (double) s[1] + d[2] * (double) s[2] + d[3] * (double) s[3] + s[4]) / s[0]});
    }

    private static double alpha(long a, double denominator, float[] d) {
        return a == 0 ? 0 : (a - (double) d[(int) Math.min(a, 3)]) / denominator;
    }

    private static JavaPairRDD<Gram, Double> unigrams(JavaPairRDD<Gram, long[]> unigrams,
                                                      JavaPairRDD<Gram, double[]> root, float[] d, int outcomes) {
        double[] sums = root.values().first();
        double base = 1.0 / outcomes;
        return unigrams.mapToPair(t -> new Tuple2<>(t._1(),
                t._1().first() == Vocabulary.BOS ? 0.0 : alpha(t._2()[1], sums[0], d) + sums[1] * base));
    }

    /** P(w | h) of the stored n-grams of order k ≥ 2: α with its context's γ, then the lower order's P(w | h'). */
    private static JavaPairRDD<Gram, Double> level(JavaPairRDD<Gram, long[]> ngrams,
                                                   JavaPairRDD<Gram, double[]> contexts, JavaPairRDD<Gram, Double> lower,
                                                   long prune, float[] d) {
        return ngrams.filter(t -> t._2()[0] > prune)
                .mapToPair(t -> new Tuple2<>(t._1().prefix(), new Tuple2<>(t._1(), t._2()[1])))
                .join(contexts)
                .mapToPair(t -> {
                    Gram g = t._2()._1()._1();
                    double[] sums = t._2()._2();
                    return new Tuple2<>(g.suffix(), new Tuple2<>(g, new double[] {alpha(t._2()._1()._2(), sums[0], d),
                            sums[1]}));
                })
                .join(lower)
                .mapToPair(t -> {
                    double[] ag = t._2()._1()._2();
                    return new Tuple2<>(t._2()._1()._1(), ag[0] + ag[1] * t._2()._2());
                });
    }

    /** log10 of a probability as written to ARPA: never above 0, -99 for 0. */
    static float log10p(double p) {
        return org.lmlens.engine.compact.CompactExport.log10Probability(p);
    }

    static float log10(double v) {
        return org.lmlens.engine.compact.CompactExport.log10(v);
    }
}
