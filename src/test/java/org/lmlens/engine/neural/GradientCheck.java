package org.lmlens.engine.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Checks an operation's backward pass against central finite differences: the output y = f(inputs) is
 * projected on a fixed random direction c, L = Σ c·y (in double), and for every input element x,
 * dL/dx from the tape is compared with (L(x + h) − L(x − h)) / 2h.
 */
final class GradientCheck {
    /** Float rounding of L is about 1e-7 · Σ|c·y|; with h = 1e-2 the difference quotient keeps ~4 digits. */
    static final double H = 1e-2;

    private GradientCheck() {
    }

    /**
     * @param graph builds the output from the inputs on a tape (re-run for every perturbation)
     * @param inputs the tensors whose gradients are checked (their values are restored)
     */
    static void check(Function<Tape, Tensor> graph, List<Tensor> inputs, long seed, double tolerance) {
        Tape tape = Tape.training();
        Tensor y = graph.apply(tape);
        SplittableRandom random = new SplittableRandom(seed);
        double[] c = new double[y.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = random.nextDouble(-1, 1);
            y.grad()[i] = (float) c[i];
        }
        tape.backwardFromSeededOutput();
        for (Tensor x : inputs) {
            float[] analytic = x.grad().clone();
            for (int i = 0; i < x.size(); i++) {
                float saved = x.data[i];
                x.data[i] = (float) (saved + H);
                double plus = project(graph, c);
                x.data[i] = (float) (saved - H);
                double minus = project(graph, c);
                x.data[i] = saved;
                double numeric = (plus - minus) / (2 * H);
                assertThat((double) analytic[i])
                        .as("d/d %s[%d] (numeric %s)", x.name(), i, numeric)
                        .isCloseTo(numeric, org.assertj.core.api.Assertions.within(
                                tolerance * Math.max(1, Math.abs(numeric))));
            }
        }
    }

    private static double project(Function<Tape, Tensor> graph, double[] c) {
        Tensor y = graph.apply(Tape.inference());
        double s = 0;
        for (int i = 0; i < c.length; i++) {
            s += c[i] * y.data[i];
        }
        return s;
    }

    /** A tensor of random values in (−range, range). */
    static Tensor random(String name, int rows, int cols, double range, SplittableRandom random) {
        Tensor t = new Tensor(name, rows, cols);
        for (int i = 0; i < t.size(); i++) {
            t.data[i] = (float) random.nextDouble(-range, range);
        }
        return t;
    }
}
