package org.lmlens.engine.neural;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Every operation's backward pass against central finite differences ({@link GradientCheck}), on random
 * shapes and values. A new operation gets a property here.
 */
class GradientCheckTest {
    private static final double TOLERANCE = 2e-2;

    @Property(tries = 40)
    void matmul(@ForAll @IntRange(min = 1, max = 7) int n, @ForAll @IntRange(min = 1, max = 6) int k,
                @ForAll @IntRange(min = 1, max = 7) int m, @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Tensor x = GradientCheck.random("x", n, k, 1, r);
        Tensor w = GradientCheck.random("w", k, m, 1, r);
        GradientCheck.check(t -> MatMul.apply(t, x, w), List.of(x, w), seed, TOLERANCE);
    }

    @Property(tries = 30)
    void bias(@ForAll @IntRange(min = 1, max = 6) int n, @ForAll @IntRange(min = 1, max = 6) int m,
              @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Tensor x = GradientCheck.random("x", n, m, 1, r);
        Tensor b = GradientCheck.random("b", 1, m, 1, r);
        GradientCheck.check(t -> AddBias.apply(t, x, b), List.of(x, b), seed, TOLERANCE);
    }

    @Property(tries = 30)
    void add(@ForAll @IntRange(min = 1, max = 5) int n, @ForAll @IntRange(min = 1, max = 5) int m,
             @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Tensor a = GradientCheck.random("a", n, m, 1, r);
        Tensor b = GradientCheck.random("b", n, m, 1, r);
        GradientCheck.check(t -> Add.apply(t, a, b), List.of(a, b), seed, TOLERANCE);
    }

    @Property(tries = 30)
    void tanh(@ForAll @IntRange(min = 1, max = 6) int n, @ForAll @IntRange(min = 1, max = 6) int m,
              @ForAll long seed) {
        Tensor x = GradientCheck.random("x", n, m, 2, new SplittableRandom(seed));
        GradientCheck.check(t -> Tanh.apply(t, x), List.of(x), seed, TOLERANCE);
    }

    @Property(tries = 30)
    void gelu(@ForAll @IntRange(min = 1, max = 6) int n, @ForAll @IntRange(min = 1, max = 6) int m,
              @ForAll long seed) {
        Tensor x = GradientCheck.random("x", n, m, 3, new SplittableRandom(seed));
        GradientCheck.check(t -> Gelu.apply(t, x), List.of(x), seed, TOLERANCE);
    }

    /** ReLU has a kink at 0: values are kept at least 2h away from it, where the derivative is defined. */
    @Property(tries = 30)
    void relu(@ForAll @IntRange(min = 1, max = 6) int n, @ForAll @IntRange(min = 1, max = 6) int m,
              @ForAll long seed) {
        Tensor x = GradientCheck.random("x", n, m, 2, new SplittableRandom(seed));
        for (int i = 0; i < x.size(); i++) {
            if (Math.abs(x.data[i]) < 2 * GradientCheck.H) {
                x.data[i] = x.data[i] < 0 ? -0.5f : 0.5f;
            }
        }
        GradientCheck.check(t -> Relu.apply(t, x), List.of(x), seed, TOLERANCE);
    }

    @Property(tries = 30)
    void embedding(@ForAll @IntRange(min = 1, max = 6) int vocabulary, @ForAll @IntRange(min = 1, max = 4) int d,
                   @ForAll @IntRange(min = 1, max = 5) int examples, @ForAll @IntRange(min = 1, max = 3) int context,
                   @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Tensor table = GradientCheck.random("C", vocabulary, d, 1, r);
        int[] ids = new int[examples * context];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = r.nextInt(vocabulary); // repeats: a row looked up twice gets both gradients
        }
        GradientCheck.check(t -> Embedding.apply(t, table, ids, context), List.of(table), seed, TOLERANCE);
    }

    @Property(tries = 40)
    void softmaxCrossEntropy(@ForAll @IntRange(min = 1, max = 6) int n, @ForAll @IntRange(min = 2, max = 8) int m,
                             @ForAll boolean exclude, @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Tensor z = GradientCheck.random("z", n, m, 3, r);
        int excluded = exclude ? r.nextInt(m) : -1;
        int[] targets = new int[n];
        for (int i = 0; i < n; i++) {
            do {
                targets[i] = r.nextInt(m);
            } while (targets[i] == excluded);
        }
        GradientCheck.check(t -> SoftmaxCrossEntropy.apply(t, z, targets, excluded), List.of(z), seed, TOLERANCE);
    }

    @Property(tries = 30)
    void l2(@ForAll @IntRange(min = 1, max = 5) int n, @ForAll @IntRange(min = 1, max = 5) int m,
            @ForAll @IntRange(min = 1, max = 100) int lambdaPercent, @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Tensor a = GradientCheck.random("a", n, m, 1, r);
        Tensor b = GradientCheck.random("b", m, n, 1, r);
        GradientCheck.check(t -> L2Penalty.apply(t, List.of(a, b), lambdaPercent / 100f), List.of(a, b), seed,
                TOLERANCE);
    }

    /** The MLP's whole graph: each tensor's gradient is the sum of what every op downstream sends it. */
    @Property(tries = 25)
    void mlpGraph(@ForAll @IntRange(min = 2, max = 6) int vocabulary, @ForAll @IntRange(min = 1, max = 3) int d,
                  @ForAll @IntRange(min = 1, max = 5) int hidden, @ForAll @IntRange(min = 1, max = 4) int examples,
                  @ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int context = 2;
        Tensor c = GradientCheck.random("C", vocabulary, d, 1, r);
        Tensor h = GradientCheck.random("H", context * d, hidden, 1, r);
        Tensor bias = GradientCheck.random("d", 1, hidden, 0.5, r);
        Tensor u = GradientCheck.random("U", hidden, vocabulary, 1, r);
        int[] ids = new int[examples * context];
        int[] targets = new int[examples];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = r.nextInt(vocabulary);
        }
        for (int i = 0; i < examples; i++) {
            targets[i] = r.nextInt(vocabulary);
        }
        GradientCheck.check(t -> {
            Tensor x = Embedding.apply(t, c, ids, context);
            Tensor a = Tanh.apply(t, AddBias.apply(t, MatMul.apply(t, x, h), bias));
            Tensor loss = SoftmaxCrossEntropy.apply(t, MatMul.apply(t, a, u), targets, -1);
            return Add.apply(t, loss, L2Penalty.apply(t, List.of(c, h, u), 0.1f));
        }, List.of(c, h, bias, u), seed, TOLERANCE);
    }
}
