package org.lmlens.engine.classify;

/**
 * The log-linear classifier's objective after one epoch: the training loss (mean cross-entropy in nats
 * plus the L2 penalty), and the mean cross-entropy and accuracy on held-out lines (NaN when there are none).
 */
public record LossPoint(int epoch, double trainingLoss, double heldOutLoss, double heldOutAccuracy) {
}
