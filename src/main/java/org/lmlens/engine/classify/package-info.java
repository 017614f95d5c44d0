/**
 * Text classification with language models: "who wrote this line?".
 *
 * <p>Two kinds of classifier over the same n-gram events, as in the lecture on generative and
 * discriminative models (SLP3 ch. 4 and 5; Ng &amp; Jordan 2002):
 * <ul>
 *   <li>{@link org.lmlens.engine.classify.GenerativeClassifier}: one of the engine's language models per class
 *       (any order, tokenizer and smoothing method), decided by Bayes' rule, ln P(c) + Σ ln P(wᵢ | hᵢ, c).
 *       Order 1 with add-one smoothing is multinomial Naive Bayes (a test checks it against a Naive Bayes
 *       written independently). Every class model shares one vocabulary ({@link org.lmlens.engine.classify.ClassData}).</li>
 *   <li>{@link org.lmlens.engine.classify.LogLinearClassifier}: multinomial logistic regression on the lines'
 *       n-gram counts ({@link org.lmlens.engine.classify.NgramFeatures}), trained by full-batch gradient
 *       descent with an L2 penalty ({@link org.lmlens.engine.classify.LogLinearTrainer}, Adam step sizes).</li>
 * </ul>
 * {@link org.lmlens.engine.classify.ClassificationReport} evaluates either on held-out lines (accuracy,
 * precision / recall / F1, macro-F1, confusion matrix with its lines), {@link org.lmlens.engine.classify.IndicativeNgrams}
 * lists the n-grams with the largest log-probability ratios per class, and
 * {@link org.lmlens.engine.classify.LearningCurve} trains both on growing shares of the training lines.
 *
 * <p>Why the logistic regression is written here rather than taken from a library: the Java options (Smile,
 * Tribuo, DL4J, Weka) are large dependencies whose trainers hide the loop a student should see, report no
 * per-epoch loss in the form the app draws, and would need our sparse n-gram counts converted into their
 * own data sets. The model is a dozen lines of softmax and gradient (checked against finite differences in
 * its test). It is written so that the app's neural core ({@code org.lmlens.engine.neural}) can absorb it
 * later: the parameters are one flat vector (weights feature-major, then biases), the loss-and-gradient
 * function ({@code LogLinearTrainer.lossAndGradient}) is separate from the optimiser ({@code Adam}), and
 * the trainer reports each epoch to a listener; replacing those two pieces by the core's softmax
 * cross-entropy, L2 term and optimiser leaves the classifier, its features and every caller unchanged.
 * It does not depend on that core.
 */
package org.lmlens.engine.classify;
