/**
 * The Classify tab: a class set (the shipped Tang poets, or the user's files dropped on a class), a typed
 * line's decision by the class language models (a bar per class, a per-token table coloured by the class
 * each token pulls towards, the posterior) beside the log-linear model's posterior, the held-out
 * evaluation of both with a confusion heat map whose cells list their lines, Naive Bayes's log ratios
 * beside the log-linear weights, the loss curve as the log-linear model trains, and both models' learning
 * curve. {@link org.lmlens.ui.classify.ClassifyView} builds the nodes and talks only to
 * {@link org.lmlens.ui.classify.ClassifyViewModel}, which calls the engine ({@code org.lmlens.engine.classify})
 * through the task runner.
 */
package org.lmlens.ui.classify;
