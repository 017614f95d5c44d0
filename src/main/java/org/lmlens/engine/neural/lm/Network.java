package org.lmlens.engine.neural.lm;

import java.util.List;
import org.lmlens.engine.neural.Tape;
import org.lmlens.engine.neural.Tensor;

/** The trainable part of a neural model: parameters and the forward pass from context ids to logits. */
interface Network {
    /** Every trainable tensor, in a fixed order (the weights file keeps it). */
    List<Tensor> parameters();

    /** The tensors the L2 penalty applies to (weights, not biases). */
    List<Tensor> penalised();

    /**
     * The logits (n × vocabulary size) for n contexts of {@link NeuralConfig#contextLength} ids each, laid
     * one after the other in {@code contexts}.
     */
    Tensor logits(Tape tape, int[] contexts);

    /** A network of the same shape on copies of the given tensors (in {@link #parameters()} order). */
    Network withParameters(List<Tensor> parameters);
}
