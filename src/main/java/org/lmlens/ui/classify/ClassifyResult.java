package org.lmlens.ui.classify;

import java.util.List;
import org.lmlens.engine.classify.ClassData;
import org.lmlens.engine.classify.ClassificationReport;
import org.lmlens.engine.classify.ClassifierSettings;
import org.lmlens.engine.classify.GenerativeClassifier;
import org.lmlens.engine.classify.IndicativeNgrams;
import org.lmlens.engine.classify.LogLinearClassifier;
import org.lmlens.engine.classify.NgramFeatures;
import org.lmlens.engine.classify.TestLines;

/**
 * What one training run produced: the class set as read, the generative classifier with its evaluation and
 * indicative n-grams, and (once trained) the log-linear classifier with its evaluation and top weights.
 * Reports are null without held-out lines; the log-linear parts are null until its training ends.
 */
public record ClassifyResult(ClassData data, TestLines test, ClassifierSettings settings, GenerativeClassifier generative,
                             ClassificationReport generativeReport, List<List<IndicativeNgrams.Entry>> indicative,
                             NgramFeatures features, LogLinearClassifier logLinear, ClassificationReport logLinearReport,
                             List<List<LogLinearClassifier.Weight>> topWeights) {
    /** How many n-grams or weights are listed per class. */
    static final int TOP = 25;
    /** Indicative n-grams must be seen this often in their class (rarer ones give noisy ratios). */
    static final int MIN_COUNT = 3;

    /** Whether the generative classifier is multinomial Naive Bayes (order 1, add-one). */
    public boolean naiveBayes() {
        return generative.isNaiveBayes();
    }

    ClassifyResult withLogLinear(LogLinearClassifier model, ClassificationReport report) {
        return new ClassifyResult(data, test, settings, generative, generativeReport, indicative, features, model,
                report, model.topWeights(TOP));
    }
}
