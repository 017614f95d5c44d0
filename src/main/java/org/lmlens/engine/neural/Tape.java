package org.lmlens.engine.neural;

import java.util.ArrayList;
import java.util.List;

/**
 * The operations of one forward pass, in the order they ran. {@link #backward} seeds d loss / d loss = 1
 * and walks them backwards: each operation's inputs were made before it, so by the time an operation runs
 * its output's gradient is complete (reverse-mode automatic differentiation).
 *
 * <p>A tape made by {@link #inference()} records nothing: the forward pass computes values only, and no
 * gradient memory is allocated.
 */
public final class Tape {
    private final List<Op> ops = new ArrayList<>();
    private final boolean recording;

    private Tape(boolean recording) {
        this.recording = recording;
    }

    /** A tape that records, for training. */
    public static Tape training() {
        return new Tape(true);
    }

    /** A tape for forward values only (scoring, sampling). */
    public static Tape inference() {
        return new Tape(false);
    }

    public boolean isRecording() {
        return recording;
    }

    /** Called by an operation's {@code apply}: keeps it for the backward pass when recording. */
    public void record(Op op) {
        if (recording) {
            ops.add(op);
        }
    }

    public int size() {
        return ops.size();
    }

    /** Back-propagates from a scalar loss (its gradient is set to 1) through every recorded operation. */
    public void backward(Tensor loss) {
        if (loss.size() != 1) {
            throw new IllegalArgumentException("backward starts from a scalar, got " + loss);
        }
        loss.grad()[0] = 1f;
        backwardFromSeededOutput();
    }

    /**
     * Back-propagates from whatever gradient the caller put on the outputs (gradient checks project a
     * non-scalar output on a random direction this way).
     */
    public void backwardFromSeededOutput() {
        if (!recording) {
            throw new IllegalStateException("an inference tape has no operations to differentiate");
        }
        for (int i = ops.size() - 1; i >= 0; i--) {
            ops.get(i).backward();
        }
    }
}
