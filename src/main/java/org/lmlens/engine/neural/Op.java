package org.lmlens.engine.neural;

/**
 * One recorded operation. Its forward values were computed when it was applied (each operation class has a
 * static {@code apply}); {@link #backward} adds the gradient of the loss with respect to each input, from
 * the gradient of its output, to the inputs' gradients. See the package documentation for adding one.
 */
public interface Op {
    void backward();
}
