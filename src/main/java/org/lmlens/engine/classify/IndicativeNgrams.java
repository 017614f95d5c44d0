package org.lmlens.engine.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.smoothing.Estimator;

/**
 * The n-grams that speak most for a class in a generative classifier: for every n-gram (h, w) of orders
 * 1..N seen at least {@code minCount} times in class c's training lines, the log-probability ratio
 * ln P(w | h, c) − ln( mean over the other classes c' of P(w | h, c') ), largest first. At order 1 this is
 * the log likelihood ratio of a Naive Bayes feature (NLTK's "most informative features" compare a
 * word's probabilities across labels the same way). The minimum count keeps words met once out of the
 * top, where any ratio is mostly noise.
 */
public final class IndicativeNgrams {
    /** One n-gram with its count in the class and its ratio, ln. */
    public record Entry(List<String> ngram, int count, double logRatio) {
    }

    private IndicativeNgrams() {
    }

    /** The top {@code limit} n-grams of every class, in class order. */
    public static List<List<Entry>> of(GenerativeClassifier classifier, int minCount, int limit) {
        List<List<Entry>> out = new ArrayList<>();
        for (int c = 0; c < classifier.labels().size(); c++) {
            out.add(forClass(classifier, c, minCount, limit));
        }
        return out;
    }

    private static List<Entry> forClass(GenerativeClassifier classifier, int c, int minCount, int limit) {
        LanguageModel model = classifier.model(c);
        NgramCounts counts = model.counts();
        int classes = classifier.labels().size();
        PriorityQueue<Entry> top = new PriorityQueue<>(Comparator.comparingDouble(Entry::logRatio));
        for (int order = 1; order <= model.order(); order++) {
            for (int i = 0; i < counts.size(order); i++) {
                int count = counts.count(order, i);
                int word = counts.word(order, i);
                if (count < minCount || word == Vocabulary.BOS || word == Vocabulary.UNK) {
                    continue;
                }
                int[] ids = counts.ngram(order, i);
                double own = model.estimator().probability(ids, 0, order - 1, word);
                double others = 0;
                for (int k = 0; k < classes; k++) {
                    if (k != c) {
                        Estimator e = classifier.model(k).estimator();
                        others += e.probability(ids, 0, order - 1, word);
                    }
                }
                double ratio = Math.log(own) - Math.log(others / (classes - 1));
                if (top.size() < limit || ratio > top.peek().logRatio()) {
                    top.add(new Entry(model.decode(ids), count, ratio));
                    if (top.size() > limit) {
                        top.poll();
                    }
                }
            }
        }
        List<Entry> sorted = new ArrayList<>(top);
        sorted.sort(Comparator.comparingDouble(Entry::logRatio).reversed());
        return List.copyOf(sorted);
    }
}
