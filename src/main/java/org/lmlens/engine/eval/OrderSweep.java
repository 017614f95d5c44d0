package org.lmlens.engine.eval;

import java.util.ArrayList;
import java.util.List;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.model.Evaluation;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.smoothing.EstimationContext;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;

/**
 * Test and training perplexity for every order 1..N and several methods: the classic "higher order
 * helps, then over-fits" picture. The training text is counted once up to N; each (method, order)
 * only builds an estimator on those shared counts. Methods that are not normalised (stupid back-off)
 * have no perplexity and are listed in {@link Result#skipped()}. Training perplexity of a text longer
 * than {@link #TRAINING_SAMPLE} sentences is measured on a seeded sample of its sentences.
 */
public final class OrderSweep {
    /** One (method, order) cell; perplexities may be infinite (MLE and an unseen test event). */
    /**
     * One cell; the per-character figures are those of {@link Evaluation} (NaN when the test text's
     * characters are not known).
     */
    public record Point(String method, int order, double testPerplexity, double trainingPerplexity,
                        double testPerplexityExcludingOov, long zeroProbabilityTokens,
                        double testPerplexityPerCharacter, double testBitsPerCharacter) {
    }

    /**
     * @param oovRate share of test tokens not in the training vocabulary (the same for every cell)
     */
    public record Result(List<Point> points, List<String> skipped, double oovRate, long testTokens,
                         long trainingTokens, int maxOrder) {
        public List<Point> pointsOf(String method) {
            return points.stream().filter(p -> p.method().equals(method)).toList();
        }
    }

    /** Training perplexity is measured on at most this many training sentences (a seeded sample). */
    public static final int TRAINING_SAMPLE = 5000;

    private OrderSweep() {
    }

    /**
     * Training perplexity on a large text costs as much as the test evaluation many times over; a seeded
     * sample of sentences estimates it without bias (the figure is only there to show over-fitting).
     */
    static Corpus sample(Corpus training, int limit) {
        int n = training.sentenceCount();
        if (n <= limit) {
            return training;
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(HeldOutSplit.DEFAULT_SEED);
        for (int i = 0; i < limit; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] chosen = java.util.Arrays.copyOf(all, limit);
        java.util.Arrays.sort(chosen);
        return training.select(chosen);
    }

    public static Result run(Corpus training, Corpus test, List<SmoothingMethod> methods, int maxOrder,
                             Progress progress) {
        NgramCounts counts = NgramCounter.count(training, maxOrder, progress);
        List<SmoothingMethod> usable = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (SmoothingMethod m : methods) {
            if (m.isNormalised()) {
                usable.add(m);
            } else {
                skipped.add(m.name());
            }
        }
        EstimationContext context = new EstimationContext(training, null);
        Corpus trainingSample = sample(training, TRAINING_SAMPLE);
        int total = usable.size() * maxOrder;
        long testTokens = test.wordTokens() + test.sentenceCount();
        long trainingTokens = training.wordTokens() + training.sentenceCount();
        double oovRate = (double) test.oovTokens() / testTokens;
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        // Cells are independent and read-only on the shared counts: evaluate them on all cores.
        List<Point> points = java.util.stream.IntStream.range(0, total).parallel().mapToObj(cell -> {
            progress.checkCancelled();
            SmoothingMethod m = usable.get(cell / maxOrder);
            int order = cell % maxOrder + 1;
            LanguageModel model = LanguageModel.of(counts, order, m, Parameters.NONE, context);
            Evaluation onTest = model.evaluate(test, Progress.NONE);
            progress.checkCancelled();
            Evaluation onTraining = model.evaluate(trainingSample, Progress.NONE);
            progress.update("sweep", (double) done.incrementAndGet() / total);
            return new Point(m.name(), order, onTest.perplexity(), onTraining.perplexity(),
                    onTest.perplexityExcludingOov(), onTest.zeroProbabilityTokens(), onTest.perplexityPerCharacter(),
                    onTest.bitsPerCharacter());
        }).toList();
        progress.update("sweep", 1.0);
        return new Result(points, List.copyOf(skipped), oovRate, testTokens, trainingTokens, maxOrder);
    }
}
