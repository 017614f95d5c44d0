/**
 * A small reverse-mode automatic-differentiation core on float arrays, in the spirit of Karpathy's
 * micrograd, but on matrices: a {@link org.lmlens.engine.neural.Tensor} is a row-major matrix of values
 * with a gradient of the same shape; every operation computes its output at once and records itself on a
 * {@link org.lmlens.engine.neural.Tape}; {@link org.lmlens.engine.neural.Tape#backward} then calls each
 * recorded operation's {@code backward()} in reverse order, which adds its share of the gradient to its
 * inputs (the chain rule, one operation at a time).
 *
 * <h2>Why it is written here</h2>
 * The libraries on Maven Central that do this bring native engines: DJL downloads or bundles libtorch,
 * ND4J ships about 90 MB of native code per platform. LM Lens must stay a small offline install that runs
 * wherever Java does, and the models it trains in front of a student (a softmax bigram, Bengio's MLP, a
 * small transformer later) are small enough for plain Java on the cores. Being readable matters as much
 * as being fast: a student can open {@link org.lmlens.engine.neural.Tanh} and see the forward formula and
 * its derivative side by side. No JNI, no {@code jdk.incubator.vector}.
 *
 * <h2>Adding an operation</h2>
 * One class per operation, implementing {@link org.lmlens.engine.neural.Op}:
 * <ol>
 *   <li>(an element-wise activation: extend {@link ElementWise}, giving f and f', as {@link Gelu} does)</li>
 *   <li>a static {@code apply(Tape tape, inputs…)} that allocates the output {@link Tensor}, computes the
 *       forward values, and, when {@code tape.isRecording()}, records a new instance of the class holding
 *       its inputs, its output and whatever the backward pass needs (see {@link SoftmaxCrossEntropy},
 *       which keeps its probabilities);</li>
 *   <li>{@code backward()}, which reads {@code output.grad()} and <em>adds</em> (never assigns) the
 *       gradient of each input to {@code input.grad()}: a tensor used twice receives both shares;</li>
 *   <li>a property test in {@code GradientCheckTest}: random shapes and values, the analytic gradient
 *       against central finite differences ({@code GradientCheck.check}).</li>
 * </ol>
 * Heavy loops go through {@link MatMul#multiply} (or, for other row-wise work, {@link Parallel#forRows}):
 * each output row is written by one task, in a fixed order, so a seed gives the same numbers on one core
 * or many. A transformer needs, on top of these: a batched matmul for attention scores, a causal mask in
 * a softmax, LayerNorm/RMSNorm, RoPE, a SwiGLU product and a top-k router; each is one more class here.
 *
 * <p>Optimisers ({@link Sgd} with momentum, {@link AdamW}) update a list of parameter tensors from their
 * gradients.
 */
package org.lmlens.engine.neural;
