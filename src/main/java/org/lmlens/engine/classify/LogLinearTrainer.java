package org.lmlens.engine.classify;

import java.util.Arrays;
import java.util.function.Consumer;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.Progress;

/**
 * Fits a {@link LogLinearClassifier} by full-batch gradient descent on the L2-regularised cross-entropy
 * (SLP3 eqs. 5.23 and 5.37): L(W) = −(1/N) Σᵢ ln P(yᵢ | xᵢ) + (λ/2) ‖W‖², whose gradient for the weight
 * of feature f in class c is (1/N) Σᵢ (P(c | xᵢ) − [yᵢ = c]) xᵢf + λ w_fc (SLP3 eq. 5.50). The step is
 * Adam's ({@link Adam}). The loss is a convex function of the weights, so every run from zero weights
 * ends in the same optimum once it has converged. After every epoch the listener receives the loss (and
 * the held-out loss and accuracy when held-out lines are given), which is what the loss curve draws.
 */
public final class LogLinearTrainer {
    private LogLinearTrainer() {
    }

    /**
     * Trains on every class's lines of {@code data}.
     *
     * @param heldOut lines to report loss and accuracy on after each epoch, or null
     */
    public static LogLinearClassifier train(ClassData data, NgramFeatures features, TestLines heldOut,
                                            LogLinearOptions options, Consumer<LossPoint> listener,
                                            Progress progress) {
        FeatureMatrix train = FeatureMatrix.training(features, data);
        FeatureMatrix test = heldOut == null ? null : FeatureMatrix.test(features, heldOut);
        int k = data.classCount();
        int weights = features.size() * k;
        double[] params = new double[weights + k];
        double[] grad = new double[params.length];
        Adam adam = new Adam(params.length, options.learningRate());
        LogLinearClassifier model = new LogLinearClassifier(data.labels(), features, params);
        String stage = EngineMessages.get("classify.stage.logLinear");
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            progress.checkCancelled();
            progress.update(stage, (double) (epoch - 1) / options.epochs());
            double loss = lossAndGradient(model, train, options.l2(), weights, grad);
            adam.step(params, grad);
            double[] held = test == null ? new double[] {Double.NaN, Double.NaN} : heldOutLoss(model, test);
            listener.accept(new LossPoint(epoch, loss, held[0], held[1]));
        }
        return model;
    }

    /** The loss at the current parameters; fills {@code grad} with its gradient. */
    static double lossAndGradient(LogLinearClassifier model, FeatureMatrix m, double l2, int weights, double[] grad) {
        Arrays.fill(grad, 0);
        double[] params = model.params;
        int k = model.labels().size();
        double[] z = new double[k];
        double loss = 0;
        for (int i = 0; i < m.rows(); i++) {
            model.logits(m, i, z);
            loss -= logSoftmaxInPlace(z, m.label[i]);
            // z now holds P(c | x); the gradient of −ln P(y | x) in the logits is P(c | x) − [y = c].
            z[m.label[i]] -= 1;
            for (int j = m.rowStart[i]; j < m.rowStart[i + 1]; j++) {
                int base = m.feature[j] * k;
                float x = m.value[j];
                for (int c = 0; c < k; c++) {
                    grad[base + c] += z[c] * x;
                }
            }
            for (int c = 0; c < k; c++) {
                grad[weights + c] += z[c];
            }
        }
        int n = Math.max(1, m.rows());
        double penalty = 0;
        for (int p = 0; p < grad.length; p++) {
            grad[p] /= n;
            if (p < weights) {
                grad[p] += l2 * params[p];
                penalty += params[p] * params[p];
            }
        }
        return loss / n + l2 / 2 * penalty;
    }

    /** Mean cross-entropy and accuracy on held-out rows. */
    static double[] heldOutLoss(LogLinearClassifier model, FeatureMatrix m) {
        double[] z = new double[model.labels().size()];
        double loss = 0;
        int correct = 0;
        for (int i = 0; i < m.rows(); i++) {
            model.logits(m, i, z);
            correct += Decision.argmax(z) == m.label[i] ? 1 : 0;
            loss -= logSoftmaxInPlace(z, m.label[i]);
        }
        int n = Math.max(1, m.rows());
        return new double[] {loss / n, (double) correct / n};
    }

    /** Turns logits into probabilities in place and returns ln P(label) (log-sum-exp, no overflow). */
    static double logSoftmaxInPlace(double[] z, int label) {
        double max = z[Decision.argmax(z)];
        double shifted = z[label] - max;
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        double logLabel = shifted - Math.log(sum);
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return logLabel;
    }
}
