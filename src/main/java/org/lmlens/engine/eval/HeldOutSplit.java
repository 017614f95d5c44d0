package org.lmlens.engine.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.Vocabulary;

/**
 * A held-out split of a text by sentence, reproducible from a seed. The training part gets its OWN
 * vocabulary, built from its sentences only (with the same min-count), so a test word that occurs only
 * in the held-out sentences is an out-of-vocabulary word, as it would be for a truly new text. The test
 * part is encoded with the training vocabulary.
 *
 * @param testSentences indexes (ascending) of the original sentences that went to the test part
 */
public record HeldOutSplit(Corpus training, Corpus test, int[] testSentences) {
    public static final long DEFAULT_SEED = 20_240_601L;

    /**
     * Splits {@code full} so that about {@code testFraction} of its sentences (at least one, and leaving at
     * least one for training) are held out; the sentences are chosen by a seeded shuffle.
     */
    public static HeldOutSplit of(Corpus full, double testFraction, long seed, int minCount) {
        int[] test = testSentences(full.sentenceCount(), testFraction, seed);
        int[] train = complement(test, full.sentenceCount());
        Corpus training = CorpusBuilder.train(words(full, train), minCount);
        Corpus testCorpus = CorpusBuilder.encode(words(full, test), training.vocabulary());
        return new HeldOutSplit(training, testCorpus, test);
    }

    /** The indexes (ascending) of the sentences {@link #of} holds out, without building any corpus. */
    public static int[] testSentences(int n, double testFraction, long seed) {
        if (n < 2) {
            throw new LmLensException(EngineMessages.get("heldOut.tooFew", n));
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new LmLensException(EngineMessages.get("heldOut.share", testFraction));
        }
        int testSize = (int) Math.max(1, Math.min(n - 1, Math.round(n * testFraction)));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] test = Arrays.copyOf(order, testSize);
        Arrays.sort(test);
        return test;
    }

    private static int[] complement(int[] sortedTest, int n) {
        int[] train = new int[n - sortedTest.length];
        int t = 0;
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (t < sortedTest.length && sortedTest[t] == i) {
                t++;
            } else {
                train[k++] = i;
            }
        }
        return train;
    }

    /** The sentences as words (without markers); a word the full text mapped to {@code <unk>} stays {@code <unk>}. */
    static List<List<String>> words(Corpus corpus, int[] sentences) {
        Vocabulary v = corpus.vocabulary();
        int[] t = corpus.tokenArray();
        List<List<String>> out = new ArrayList<>(sentences.length);
        for (int s : sentences) {
            int start = corpus.sentenceStart(s) + 1;
            int end = corpus.sentenceEnd(s) - 1;
            List<String> words = new ArrayList<>(end - start);
            for (int i = start; i < end; i++) {
                words.add(v.word(t[i]));
            }
            out.add(words);
        }
        return out;
    }

    /** The training part's n-gram counts, orders 1..maxOrder (for the share of test n-grams never seen in training). */
    public org.lmlens.engine.count.NgramCounts countTraining(int maxOrder, org.lmlens.engine.Progress progress) {
        return org.lmlens.engine.count.NgramCounter.count(training, maxOrder, progress);
    }

    /**
     * Another text as test set, read with the training text's options and encoded with its vocabulary (words it
     * never saw become {@code <unk>}).
     */
    public static Corpus testSet(org.lmlens.engine.text.TextSource source, org.lmlens.engine.text.TextOptions options,
                                 Vocabulary vocabulary, org.lmlens.engine.Progress progress) {
        return CorpusBuilder.encode(source, options, vocabulary, progress);
    }
}
