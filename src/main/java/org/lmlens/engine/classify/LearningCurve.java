package org.lmlens.engine.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.Progress;

/**
 * Held-out accuracy of the generative and the discriminative classifier against the amount of training
 * data (Ng &amp; Jordan 2002, "On discriminative vs. generative classifiers"): both are trained on the same
 * share of each class's training lines, a random sample with a fixed seed (the training files are in poem
 * or text order, so a prefix would be a few poems only). Naive Bayes approaches its best accuracy with
 * few lines; logistic regression usually needs more but ends higher.
 *
 * <p>The vocabulary and the feature set stay those of all training lines: a smaller share changes the
 * counts, not which words exist. For logistic regression this changes nothing (a feature absent from the
 * sample has no gradient but the L2 term, and stays 0); for the language models it keeps |V| in add-one's
 * denominator the same at every size.
 */
public final class LearningCurve {
    /** The shares of training lines of the standard curve. */
    public static final double[] SHARES = {0.01, 0.02, 0.05, 0.10, 0.20, 0.50, 1.0};
    private static final long SEED = 20020101L;

    /** One size: the share, the training lines used, and each model's held-out accuracy. */
    public record Point(double share, int trainingLines, double generativeAccuracy, double logLinearAccuracy) {
    }

    private LearningCurve() {
    }

    /** Every point of the curve, handed to {@code listener} as soon as it is computed. */
    public static List<Point> run(ClassData data, TestLines test, NgramFeatures features,
                                  ClassifierSettings settings,
                                  double[] shares, Consumer<Point> listener, Progress progress) {
        int[][] order = shuffledLines(data);
        List<Point> points = new ArrayList<>();
        String stage = EngineMessages.get("classify.stage.learningCurve");
        for (int s = 0; s < shares.length; s++) {
            progress.update(stage, (double) s / shares.length);
            ClassData sample = data.select(firstShare(order, shares[s]));
            GenerativeClassifier generative = settings.trainGenerative(sample, Progress.NONE);
            double nb = ClassificationReport.of(data.labels(), test, generative.predict(test.encoded(), progress))
                    .accuracy();
            LogLinearClassifier logLinear = settings.trainLogLinear(sample, features, null, p -> { }, progress);
            double ll = ClassificationReport.of(data.labels(), test, logLinear.predict(test.encoded(), progress))
                    .accuracy();
            int lines = 0;
            for (int n : sample.lineCounts()) {
                lines += n;
            }
            Point point = new Point(shares[s], lines, nb, ll);
            points.add(point);
            listener.accept(point);
        }
        return List.copyOf(points);
    }

    private static int[][] shuffledLines(ClassData data) {
        Random random = new Random(SEED);
        int[][] out = new int[data.classCount()][];
        for (int c = 0; c < out.length; c++) {
            int n = data.lines(c).sentenceCount();
            int[] idx = new int[n];
            for (int i = 0; i < n; i++) {
                idx[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = idx[i];
                idx[i] = idx[j];
                idx[j] = t;
            }
            out[c] = idx;
        }
        return out;
    }

    /** The first ⌈share·n⌉ (at least one) of each class's shuffled lines, in file order. */
    private static int[][] firstShare(int[][] shuffled, double share) {
        int[][] out = new int[shuffled.length][];
        for (int c = 0; c < out.length; c++) {
            int n = Math.max(1, (int) Math.ceil(share * shuffled[c].length - 1e-9));
            out[c] = java.util.Arrays.copyOf(shuffled[c], Math.min(n, shuffled[c].length));
            java.util.Arrays.sort(out[c]);
        }
        return out;
    }
}
