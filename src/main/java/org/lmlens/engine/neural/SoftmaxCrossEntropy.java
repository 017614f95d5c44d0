package org.lmlens.engine.neural;

/**
 * The mean cross-entropy of softmax(logits) against target classes, in nats (SLP3 eq. 7.23 / 5.23):
 * loss = (1/n) Σ_i −log p_i[t_i], p_i = softmax(z_i), p_i[j] = exp(z_ij − max) / Σ_l exp(z_il − max).
 * One class may be excluded (the sentence start {@code <s>}, which is never an outcome): its probability
 * is exactly 0 and it takes no gradient. Backward: dz_ij += dloss · (p_ij − [j = t_i]) / n.
 * The sums run in double, so that a 5,000-word softmax normalises to 1 well within float rounding.
 */
public final class SoftmaxCrossEntropy implements Op {
    private final Tensor logits;
    private final int[] targets;
    private final float[] probabilities;
    private final Tensor loss;

    private SoftmaxCrossEntropy(Tensor logits, int[] targets, float[] probabilities, Tensor loss) {
        this.logits = logits;
        this.targets = targets;
        this.probabilities = probabilities;
        this.loss = loss;
    }

    /** @param excluded a class that is never a target and gets probability 0, or -1 for none */
    public static Tensor apply(Tape tape, Tensor logits, int[] targets, int excluded) {
        int n = logits.rows;
        int m = logits.cols;
        if (targets.length != n) {
            throw new IllegalArgumentException(targets.length + " targets for " + logits);
        }
        float[] p = new float[n * m];
        double[] rowLoss = new double[n];
        double[] row = new double[m];
        for (int i = 0; i < n; i++) {
            int t = targets[i];
            if (t < 0 || t >= m || t == excluded) {
                throw new IllegalArgumentException("target " + t + " for " + m + " classes");
            }
            double logSum = softmax(logits.data, i * m, m, excluded, row);
            for (int j = 0; j < m; j++) {
                p[i * m + j] = (float) row[j];
            }
            rowLoss[i] = logSum - logits.data[i * m + t];
        }
        double total = 0;
        for (double v : rowLoss) {
            total += v;
        }
        Tensor loss = Tensor.scalar("cross-entropy", (float) (total / n));
        tape.record(new SoftmaxCrossEntropy(logits, targets.clone(), p, loss));
        return loss;
    }

    /**
     * out = softmax of z[from..from+m) with {@code excluded} at 0 (or -1 for none), in double; returns
     * log Σ exp(z), the log normaliser, so that −log p_j = logSum − z_j.
     */
    public static double softmax(float[] z, int from, int m, int excluded, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            if (j != excluded) {
                max = Math.max(max, z[from + j]);
            }
        }
        double sum = 0;
        for (int j = 0; j < m; j++) {
            double e = j == excluded ? 0 : Math.exp(z[from + j] - max);
            out[j] = e;
            sum += e;
        }
        for (int j = 0; j < m; j++) {
            out[j] /= sum;
        }
        return max + Math.log(sum);
    }

    @Override
    public void backward() {
        float[] dz = logits.grad();
        int n = logits.rows;
        int m = logits.cols;
        float scale = loss.grad()[0] / n;
        for (int i = 0; i < n; i++) {
            int base = i * m;
            for (int j = 0; j < m; j++) {
                dz[base + j] += scale * probabilities[base + j];
            }
            dz[base + targets[i]] -= scale;
        }
    }
}
