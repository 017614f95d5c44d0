package org.lmlens.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.lmlens.engine.count.Vocabulary;

/** top(k) is the first k of the full ranking by (probability descending, id ascending), for any k. */
class DistributionTopTest {

    @Property(tries = 300)
    void topIsAPrefixOfTheFullRanking(@ForAll @IntRange(min = 3, max = 400) int size,
                                      @ForAll @IntRange(min = -1, max = 450) int k,
                                      @ForAll @IntRange(min = 1, max = 6) int distinctValues,
                                      @ForAll long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<String> words = new ArrayList<>();
        for (int i = 3; i < size; i++) {
            words.add("w" + i);
        }
        Vocabulary vocabulary = Vocabulary.of(words);
        double[] p = new double[vocabulary.size()];
        for (int i = 0; i < p.length; i++) {
            // Few distinct values: many ties, which must be broken by id.
            p[i] = random.nextInt(distinctValues) / 10.0;
        }
        p[Vocabulary.BOS] = 0;
        Distribution d = new Distribution(vocabulary, List.of(), p);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (i != Vocabulary.BOS) {
                expected.add(i);
            }
        }
        expected.sort(Comparator.<Integer>comparingDouble(i -> -p[i]).thenComparingInt(i -> i));
        int limit = k <= 0 ? expected.size() : Math.min(k, expected.size());
        List<Integer> got = d.top(k).stream().map(WordProbability::id).toList();
        assertThat(got).isEqualTo(expected.subList(0, limit));
        // Asking again (now from the cached ranking, or selecting again) gives the same answer.
        assertThat(d.top(0).stream().map(WordProbability::id).toList()).isEqualTo(expected);
        assertThat(d.top(k).stream().map(WordProbability::id).toList()).isEqualTo(expected.subList(0, limit));
    }
}
