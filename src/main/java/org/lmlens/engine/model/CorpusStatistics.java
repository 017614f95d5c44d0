package org.lmlens.engine.model;

import java.util.Arrays;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;

/**
 * The numbers a student looks at before any model: size, vocabulary growth, Zipf's law, how many
 * n-grams occur exactly c times (the N_c that Good-Turing and Kneser-Ney discounts are computed from)
 * and how sparse higher orders are (the share of test n-grams never seen in training).
 */
public final class CorpusStatistics {
    /**
     * @param tokens word tokens (no sentence markers)
     * @param types  distinct words that occur in the counted text ({@code <unk>} included when it occurs)
     * @param hapax  words that occur exactly once (hapax legomena)
     */
    public record Summary(int sentences, long tokens, int types, double typeTokenRatio, long hapax) {
    }

    /**
     * Rank-frequency of the words with the least-squares line log10 f = intercept + slope · log10 r
     * (Zipf's law predicts a slope near -1).
     *
     * @param frequencies word frequencies, most frequent first (rank r = index + 1)
     * @param r2          coefficient of determination of the fit
     */
    public record ZipfFit(long[] frequencies, double slope, double intercept, double r2) {
        /** A line needs two ranks: with one word type there is no fit (slope, intercept and R² are then 0). */
        public boolean defined() {
            return frequencies.length >= 2;
        }

        public double fitted(double rank) {
            return Math.pow(10, intercept + slope * Math.log10(rank));
        }
    }

    private CorpusStatistics() {
    }

    public static Summary summary(Corpus corpus, NgramCounts counts) {
        long[] f = frequencies(counts);
        long hapax = Arrays.stream(f).filter(c -> c == 1).count();
        long tokens = corpus.wordTokens();
        return new Summary(corpus.sentenceCount(), tokens, f.length, tokens == 0 ? 0 : (double) f.length / tokens,
                hapax);
    }

    /** Frequencies of the words (not {@code <s>} or {@code </s>}) that occur, most frequent first. */
    public static long[] frequencies(NgramCounts counts) {
        int v = counts.size(1);
        long[] f = new long[v];
        int n = 0;
        for (int w = 0; w < v; w++) {
            if (w != Vocabulary.BOS && w != Vocabulary.EOS && counts.count(1, w) > 0) {
                f[n++] = counts.count(1, w);
            }
        }
        long[] out = Arrays.copyOf(f, n);
        Arrays.sort(out);
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            long t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }

    /** Ordinary least squares of log10 frequency on log10 rank over every rank. */
    public static ZipfFit zipf(NgramCounts counts) {
        long[] f = frequencies(counts);
        int n = f.length;
        if (n < 2) {
            return new ZipfFit(f, 0, 0, 0);
        }
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double x = Math.log10(i + 1);
            double y = Math.log10(f[i]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            syy += y * y;
        }
        double vx = sxx - sx * sx / n;
        double vy = syy - sy * sy / n;
        double cov = sxy - sx * sy / n;
        double slope = cov / vx;
        double intercept = (sy - slope * sx) / n;
        double r2 = vy == 0 ? 1 : cov * cov / (vx * vy);
        return new ZipfFit(f, slope, intercept, r2);
    }

    /** N_c for c = 1..maxC (index c-1) at each order 1..N (index order-1). */
    public static long[][] countOfCounts(NgramCounts counts, int maxC) {
        long[][] out = new long[counts.maxOrder()][maxC];
        for (int k = 1; k <= counts.maxOrder(); k++) {
            for (int c = 1; c <= maxC; c++) {
                out[k - 1][c - 1] = counts.countOfCount(k, c);
            }
        }
        return out;
    }

    /**
     * The same shares as {@link #unseenShare(NgramCounts, Corpus)} for a held-out part of a counted text,
     * without counting the (large) training part: the held-out sentences are counted alone, and an
     * n-gram is unseen in training exactly when its count in the whole text equals its count in the
     * held-out part. Exact when the text was read with min-count 1 (no word then changes to {@code <unk>}
     * between the whole text's vocabulary and the training part's own).
     *
     * @param heldOut indexes of the held-out sentences of {@code corpus}
     */
    public static double[] unseenShareOfHeldOut(Corpus corpus, NgramCounts counts, int[] heldOut,
                                                org.lmlens.engine.Progress progress) {
        int maxOrder = counts.maxOrder();
        NgramCounts test = org.lmlens.engine.count.NgramCounter.count(corpus.select(heldOut), maxOrder, progress);
        double[] out = new double[maxOrder];
        for (int k = 1; k <= maxOrder; k++) {
            long total = 0;
            long unseen = 0;
            for (int i = 0, n = test.size(k); i < n; i++) {
                int c = test.count(k, i);
                if (c == 0 || (k == 1 && i == Vocabulary.BOS)) {
                    continue;
                }
                total += c;
                int[] ids = test.ngram(k, i);
                int index = counts.find(ids, 0, k);
                long inTraining = index < 0 ? 0 : counts.count(k, index) - (long) c;
                if (inTraining <= 0) {
                    unseen += c;
                }
            }
            if (total == 0) {
                return Arrays.copyOf(out, k - 1); // no held-out k-grams, so none of a higher order either
            }
            out[k - 1] = (double) unseen / total;
        }
        return out;
    }

    /**
     * For each order k = 1..counts.maxOrder() (index k-1), the share of the n-gram tokens of the test
     * corpus (windows of {@code <s> w1 … wn </s>}, never the lone {@code <s>}) that do not occur in
     * training. The test corpus must be encoded with the training vocabulary; an n-gram with an OOV word
     * is unseen. The array stops before the first order with no test windows (all sentences too short):
     * a share of nothing is not a number, and no higher order has windows either.
     */
    public static double[] unseenShare(NgramCounts training, Corpus test) {
        int maxOrder = training.maxOrder();
        long[] total = new long[maxOrder + 1];
        long[] unseen = new long[maxOrder + 1];
        int[] t = test.tokenArray();
        for (int s = 0; s < test.sentenceCount(); s++) {
            int start = test.sentenceStart(s);
            int end = test.sentenceEnd(s);
            for (int k = 1; k <= maxOrder; k++) {
                for (int pos = start; pos + k <= end; pos++) {
                    if (k == 1 && t[pos] == Vocabulary.BOS) {
                        continue;
                    }
                    total[k]++;
                    int index = training.find(t, pos, pos + k);
                    if (index < 0 || training.count(k, index) == 0) {
                        unseen[k]++;
                    }
                }
            }
        }
        double[] out = new double[maxOrder];
        for (int k = 1; k <= maxOrder; k++) {
            if (total[k] == 0) {
                return Arrays.copyOf(out, k - 1); // no test k-grams, so none of a higher order either
            }
            out[k - 1] = (double) unseen[k] / total[k];
        }
        return out;
    }
}
