package org.lmlens.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.lmlens.engine.Progress;

/** Invariants of the counted trie on random corpora, checked against a naive count of every window. */
class NgramCountsPropertiesTest {

    @Provide
    Arbitrary<List<List<String>>> corpora() {
        Arbitrary<String> word = Arbitraries.of("a", "b", "c", "d", "e", "f", "g", "<unk>", "</s>");
        return word.list().ofMinSize(1).ofMaxSize(12).list().ofMinSize(1).ofMaxSize(25)
                .filter(s -> s.stream().anyMatch(x -> x.stream().anyMatch(w -> !w.equals("</s>"))));
    }

    @Property(tries = 300)
    void everyWindowIsCountedOnceAtItsOrder(@ForAll("corpora") List<List<String>> sentences,
                                            @ForAll @IntRange(min = 1, max = 5) int maxOrder) {
        Corpus corpus = CorpusBuilder.train(sentences, 1);
        NgramCounts counts = NgramCounter.count(corpus, maxOrder, Progress.NONE);
        for (int k = 1; k <= maxOrder; k++) {
            Map<List<Integer>, Integer> expected = naiveCounts(corpus, k);
            long windows = expected.values().stream().mapToLong(Integer::longValue).sum();
            long stored = 0;
            int seen = 0;
            for (int i = 0; i < counts.size(k); i++) {
                int c = counts.count(k, i);
                stored += c;
                if (c > 0) {
                    seen++;
                    assertThat(expected.get(asList(counts.ngram(k, i)))).as("count of %s", asList(counts.ngram(k, i)))
                            .isEqualTo(c);
                }
            }
            assertThat(stored).as("counts of order %d sum to the windows", k).isEqualTo(windows);
            assertThat(seen).isEqualTo(expected.size());
        }
    }

    /** child() finds every stored continuation and no other word, whatever the number of children. */
    @Property(tries = 200)
    void childFindsExactlyTheStoredContinuations(@ForAll("corpora") List<List<String>> sentences,
                                                 @ForAll @IntRange(min = 2, max = 4) int maxOrder) {
        Corpus corpus = CorpusBuilder.train(sentences, 1);
        NgramCounts counts = NgramCounter.count(corpus, maxOrder, Progress.NONE);
        int vocab = corpus.vocabulary().size();
        for (int k = 1; k < maxOrder; k++) {
            for (int i = 0; i < counts.size(k); i++) {
                for (int w = -1; w <= vocab; w++) {
                    int expected = -1;
                    for (int j = counts.childStart(k, i); j < counts.childEnd(k, i); j++) {
                        if (counts.ngram(k + 1, j)[k] == w) {
                            expected = j;
                        }
                    }
                    assertThat(counts.child(k, i, w)).as("child %d of (%d, %d)", w, k, i).isEqualTo(expected);
                }
            }
        }
    }

    @Property(tries = 300)
    void trieLinksAreConsistent(@ForAll("corpora") List<List<String>> sentences,
                                @ForAll @IntRange(min = 2, max = 5) int maxOrder) {
        Corpus corpus = CorpusBuilder.train(sentences, 1);
        NgramCounts counts = NgramCounter.count(corpus, maxOrder, Progress.NONE);
        for (int k = 1; k <= maxOrder; k++) {
            for (int i = 0; i < counts.size(k); i++) {
                int[] g = counts.ngram(k, i);
                if (k > 1) {
                    assertThat(counts.ngram(k - 1, counts.prefix(k, i))).isEqualTo(Arrays.copyOf(g, k - 1));
                    assertThat(counts.ngram(k - 1, counts.suffix(k, i))).isEqualTo(Arrays.copyOfRange(g, 1, k));
                    assertThat(counts.find(g, 0, k)).isEqualTo(i);
                }
                if (k < maxOrder) {
                    long childSum = 0;
                    int previousWord = -1;
                    for (int j = counts.childStart(k, i); j < counts.childEnd(k, i); j++) {
                        assertThat(counts.prefix(k + 1, j)).isEqualTo(i);
                        assertThat(counts.word(k + 1, j)).isGreaterThan(previousWord);
                        previousWord = counts.word(k + 1, j);
                        childSum += counts.count(k + 1, j);
                    }
                    assertThat(counts.contextCount(k, i)).as("c(h) = sum of children of %s", asList(g))
                            .isEqualTo(childSum);
                    assertThat(counts.distinctContinuations(k, i))
                            .isEqualTo(counts.childEnd(k, i) - counts.childStart(k, i));
                }
            }
            if (k < maxOrder) {
                int[] continuation = new int[counts.size(k)];
                for (int j = 0; j < counts.size(k + 1); j++) {
                    continuation[counts.suffix(k + 1, j)]++;
                }
                for (int i = 0; i < counts.size(k); i++) {
                    assertThat(counts.continuationCount(k, i)).isEqualTo(continuation[i]);
                }
            }
        }
    }

    /** The highest order keeps no window indexes: order 2 as the highest must equal order 2 under a higher maximum. */
    @Property(tries = 300)
    void bigramsAloneAreCountedAsUnderAHigherOrder(@ForAll("corpora") List<List<String>> sentences,
                                                   @ForAll @IntRange(min = 1, max = 2) int minCount) {
        Corpus corpus = CorpusBuilder.train(sentences, minCount);
        NgramCounts bigrams = NgramCounter.count(corpus, 2, Progress.NONE);
        NgramCounts general = NgramCounter.count(corpus, 3, Progress.NONE);
        assertThat(bigrams.word[2]).isEqualTo(general.word[2]);
        assertThat(bigrams.count[2]).isEqualTo(general.count[2]);
        assertThat(bigrams.prefix[2]).isEqualTo(general.prefix[2]);
        assertThat(bigrams.suffix[2]).isEqualTo(general.suffix[2]);
        assertThat(bigrams.childStart[1]).isEqualTo(general.childStart[1]);
        assertThat(bigrams.continuation[1]).isEqualTo(general.continuation[1]);
        assertThat(bigrams.count[1]).isEqualTo(general.count[1]);
        assertThat(bigrams.countOfCounts(2)).isEqualTo(general.countOfCounts(2));
    }

    private static Map<List<Integer>, Integer> naiveCounts(Corpus corpus, int k) {
        Map<List<Integer>, Integer> out = new HashMap<>();
        for (int s = 0; s < corpus.sentenceCount(); s++) {
            int[] sentence = corpus.sentence(s);
            for (int i = 0; i + k <= sentence.length; i++) {
                out.merge(asList(Arrays.copyOfRange(sentence, i, i + k)), 1, Integer::sum);
            }
        }
        return out;
    }

    private static List<Integer> asList(int[] ids) {
        List<Integer> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(id);
        }
        return out;
    }
}
