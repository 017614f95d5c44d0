/**
 * Neural language models trained on the same text, vocabulary, sentence conventions and held-out split as
 * the n-gram models, so that their perplexities are the same kind of number as Evaluate's: the softmax
 * bigram (one-hot × W, then softmax; Karpathy's makemore, part 1) and the MLP of Bengio et al. (2003,
 * "A Neural Probabilistic Language Model", without the direct input-to-output connections).
 *
 * <p>A {@link org.lmlens.engine.neural.lm.NeuralModel} answers through an ordinary
 * {@link org.lmlens.engine.model.LanguageModel} (its estimator asks the network), so every view and
 * command that shows an n-gram model — the distribution, sampling, a sentence's chain-rule table,
 * test-set perplexity — shows a neural one the same way. {@link org.lmlens.engine.neural.lm.Trainer}
 * trains one step at a time (for a UI that pauses and resumes); {@link org.lmlens.engine.neural.lm.WeightsFile}
 * saves and loads the weights.
 */
package org.lmlens.engine.neural.lm;
