package org.lmlens.engine.classify;

import java.util.function.Consumer;
import org.lmlens.engine.Progress;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;

/**
 * Everything both classifiers are built with, so that the CLI, the app and the learning curve build them
 * the same way: the class language models' order, smoothing method, parameters and prior, and the
 * log-linear model's training options. The log-linear features are the n-grams of the same order as the
 * language models ("the same features"), unless the options say otherwise.
 */
public record ClassifierSettings(int order, SmoothingMethod method, Parameters parameters, Prior prior,
                                 LogLinearOptions logLinear) {
    /** Multinomial Naive Bayes (order 1, add-one, prior from the training sizes) and a unigram log-linear model. */
    public static ClassifierSettings naiveBayes() {
        return new ClassifierSettings(1, Methods.byName("laplace"), Parameters.NONE, Prior.TRAINING_SIZES,
                LogLinearOptions.defaults().withOrder(1));
    }

    /** These settings with the language models and the log-linear features at {@code n}. */
    public ClassifierSettings withOrder(int n) {
        return new ClassifierSettings(n, method, parameters, prior, logLinear.withOrder(n));
    }

    public ClassifierSettings withMethod(SmoothingMethod m, Parameters p) {
        return new ClassifierSettings(order, m, p, prior, logLinear);
    }

    public ClassifierSettings withPrior(Prior p) {
        return new ClassifierSettings(order, method, parameters, p, logLinear);
    }

    public ClassifierSettings withLogLinear(LogLinearOptions options) {
        return new ClassifierSettings(order, method, parameters, prior, options);
    }

    public GenerativeClassifier trainGenerative(ClassData data, Progress progress) {
        return GenerativeClassifier.train(data, order, method, parameters, prior, progress);
    }

    /** The log-linear feature set of these settings, from all training lines. */
    public NgramFeatures features(ClassData data) {
        return NgramFeatures.of(data.allLines(), logLinear.order(), logLinear.minCount());
    }

    public LogLinearClassifier trainLogLinear(ClassData data, NgramFeatures features, TestLines heldOut,
                                              Consumer<LossPoint> listener, Progress progress) {
        return LogLinearTrainer.train(data, features, heldOut, logLinear, listener, progress);
    }
}
