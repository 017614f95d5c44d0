package org.lmlens.engine.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.Progress;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;

/**
 * A class-conditional unigram model with add-one smoothing is multinomial Naive Bayes: its scores equal
 * those of a Naive Bayes written here from SLP3 §4.2 alone (counts in hash maps, no engine code), where
 * the end of a line counts as one more word and every unknown word as the one word {@code <unk>}.
 */
class NaiveBayesEquivalenceTest {
    private static final List<String> LABELS = List.of("sport", "food", "music");

    /** Plain multinomial NB: ln P(c) + Σ ln (count(w, c) + 1) / (Σ_v count(v, c) + |V|). */
    private static final class PlainNaiveBayes {
        final List<Map<String, Integer>> counts = new ArrayList<>();
        final int[] tokens;
        final int[] lines;
        final Set<String> vocabulary = new HashSet<>();

        PlainNaiveBayes(List<List<List<String>>> training) {
            tokens = new int[training.size()];
            lines = new int[training.size()];
            for (int c = 0; c < training.size(); c++) {
                Map<String, Integer> m = new HashMap<>();
                for (List<String> line : training.get(c)) {
                    for (String w : line) {
                        m.merge(w, 1, Integer::sum);
                        vocabulary.add(w);
                    }
                    m.merge("</s>", 1, Integer::sum);
                    tokens[c] += line.size() + 1;
                    lines[c]++;
                }
                counts.add(m);
            }
            vocabulary.add("</s>");
            vocabulary.add("<unk>");
        }

        double score(int c, List<String> line, boolean sizePrior) {
            int totalLines = 0;
            for (int n : lines) {
                totalLines += n;
            }
            double s = sizePrior ? Math.log((double) lines[c] / totalLines) : Math.log(1.0 / lines.length);
            List<String> words = new ArrayList<>(line);
            words.add("</s>");
            for (String w : words) {
                String feature = vocabulary.contains(w) ? w : "<unk>";
                int count = counts.get(c).getOrDefault(feature, 0);
                s += Math.log((count + 1.0) / (tokens[c] + vocabulary.size()));
            }
            return s;
        }
    }

    private static List<List<List<String>>> randomTraining(Random random) {
        String[][] words = {{"ball", "goal", "team", "run", "the"}, {"bread", "soup", "salt", "the", "eat"},
            {"song", "drum", "tune", "the", "run"}};
        List<List<List<String>>> out = new ArrayList<>();
        for (int c = 0; c < LABELS.size(); c++) {
            List<List<String>> lines = new ArrayList<>();
            for (int i = 0, n = 3 + random.nextInt(6); i < n; i++) {
                List<String> line = new ArrayList<>();
                for (int j = 0, len = 1 + random.nextInt(5); j < len; j++) {
                    String[] pool = random.nextInt(4) == 0 ? words[random.nextInt(3)] : words[c];
                    line.add(pool[random.nextInt(pool.length)]);
                }
                lines.add(line);
            }
            out.add(lines);
        }
        return out;
    }

    @Test
    void unigramLaplaceScoresEqualPlainNaiveBayes() {
        Random random = new Random(7);
        List<List<String>> probes = List.of(List.of("the", "ball"), List.of("soup", "tune", "violin"),
                List.of("zebra"), List.of("run", "run", "the", "drum", "salt"));
        for (int trial = 0; trial < 20; trial++) {
            List<List<List<String>>> training = randomTraining(random);
            PlainNaiveBayes plain = new PlainNaiveBayes(training);
            for (Prior prior : Prior.values()) {
                GenerativeClassifier nb = GenerativeClassifier.train(ClassData.of(LABELS, training), 1,
                        Methods.byName("laplace"), Parameters.NONE, prior, Progress.NONE);
                assertThat(nb.isNaiveBayes()).isTrue();
                for (List<String> probe : probes) {
                    Decision d = nb.decide(probe);
                    double[] expected = new double[LABELS.size()];
                    for (int c = 0; c < LABELS.size(); c++) {
                        expected[c] = plain.score(c, probe, prior == Prior.TRAINING_SIZES);
                        assertThat(d.score()[c]).isCloseTo(expected[c], within(1e-9));
                    }
                    int best = 0;
                    for (int c = 1; c < expected.length; c++) {
                        best = expected[c] > expected[best] ? c : best;
                    }
                    assertThat(d.best()).isEqualTo(best);
                }
            }
        }
    }

    @Test
    void perTokenTableAddsUpToTheScores() {
        List<List<List<String>>> training = randomTraining(new Random(3));
        GenerativeClassifier nb = GenerativeClassifier.train(ClassData.of(LABELS, training), 1,
                Methods.byName("laplace"), Parameters.NONE, Prior.UNIFORM, Progress.NONE);
        Decision d = nb.decide(List.of("goal", "soup", "unheard"));
        assertThat(d.tokens()).extracting(Decision.TokenRow::word).containsExactly("goal", "soup", "unheard", "</s>");
        assertThat(d.tokens().get(2).oov()).isTrue();
        assertThat(d.tokens().get(0).pulledTowards()).isEqualTo(0);
        assertThat(d.tokens().get(1).pulledTowards()).isEqualTo(1);
        for (int c = 0; c < LABELS.size(); c++) {
            double sum = d.logPrior()[c];
            for (Decision.TokenRow row : d.tokens()) {
                sum += row.logProb()[c];
            }
            assertThat(d.score()[c]).isCloseTo(sum, within(1e-12));
        }
        assertThat(d.posterior()[0] + d.posterior()[1] + d.posterior()[2]).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void notNaiveBayesAtHigherOrderOrOtherSmoothing() {
        ClassData data = ClassData.of(LABELS, randomTraining(new Random(5)));
        assertThat(GenerativeClassifier.train(data, 2, Methods.byName("laplace"), Parameters.NONE, Prior.UNIFORM,
                Progress.NONE).isNaiveBayes()).isFalse();
        assertThat(GenerativeClassifier.train(data, 1, Methods.byName("witten-bell"), Parameters.NONE,
                Prior.UNIFORM, Progress.NONE).isNaiveBayes()).isFalse();
    }
}
