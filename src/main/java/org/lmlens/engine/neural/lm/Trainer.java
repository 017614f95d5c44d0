package org.lmlens.engine.neural.lm;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.neural.Add;
import org.lmlens.engine.neural.AdamW;
import org.lmlens.engine.neural.L2Penalty;
import org.lmlens.engine.neural.Optimizer;
import org.lmlens.engine.neural.Sgd;
import org.lmlens.engine.neural.SoftmaxCrossEntropy;
import org.lmlens.engine.neural.Tape;
import org.lmlens.engine.neural.Tensor;

/**
 * Trains a neural model one step at a time, so that a caller can pause, resume, step once or stop at any
 * moment: a step draws a batch of examples (with replacement, from a generator seeded once; a batch as
 * large as the training set is the whole set, in order: full-batch gradient descent), runs the network
 * forward on a recording tape, back-propagates the loss and lets the optimiser update the weights. The same
 * seed and options give the same weights and losses. Not thread-safe: one thread steps it.
 */
public final class Trainer {
    /** Examples per forward pass when a whole set is scored (bounded memory for the logits). */
    private static final int SCORING_CHUNK = 512;

    private final NeuralModel model;
    private final Examples training;
    private final Examples validation;
    private TrainingOptions options;
    private final Optimizer optimizer;
    private final SplittableRandom random;
    private final List<LossPoint> history = new ArrayList<>();
    private int steps;
    private long tokens;

    /** @param validation held-out examples for the validation loss, or null */
    public Trainer(NeuralModel model, Examples training, Examples validation, TrainingOptions options) {
        if (training.contextLength() != model.config().contextLength()
                || validation != null && validation.contextLength() != model.config().contextLength()) {
            throw new IllegalArgumentException("examples do not fit the model's context length");
        }
        this.model = model;
        this.training = training;
        this.validation = validation;
        this.options = options;
        this.optimizer = options.optimizer().equals("sgd") ? new Sgd(options.learningRate(), options.momentum())
                : new AdamW(options.learningRate(), options.weightDecay());
        this.random = new SplittableRandom(options.seed());
    }

    public NeuralModel model() {
        return model;
    }

    public TrainingOptions options() {
        return options;
    }

    /** Changes the learning rate from the next step on (a live control). */
    public void setLearningRate(double rate) {
        options = options.withLearningRate(rate);
        optimizer.setLearningRate(rate);
    }

    public int steps() {
        return steps;
    }

    public long tokensSeen() {
        return tokens;
    }

    /** The points recorded by {@link #record}, oldest first. */
    public List<LossPoint> history() {
        return List.copyOf(history);
    }

    /** One update; returns the batch's mean cross-entropy (without the penalty), in nats. */
    public double step() {
        int[] batch = drawBatch();
        Tape tape = Tape.training();
        Network net = model.network();
        Tensor logits = net.logits(tape, training.contexts(batch));
        Tensor loss = SoftmaxCrossEntropy.apply(tape, logits, training.targets(batch), Vocabulary.BOS);
        Tensor objective = options.l2() > 0
                ? Add.apply(tape, loss, L2Penalty.apply(tape, net.penalised(), (float) options.l2())) : loss;
        tape.backward(objective);
        optimizer.step(net.parameters());
        for (Tensor t : net.parameters()) {
            t.zeroGrad();
        }
        steps++;
        tokens += batch.length;
        return loss.item();
    }

    /**
     * Adds a point to the history: the given batch loss and, if there is a held-out set, its loss now.
     * Returns it.
     */
    public LossPoint record(double trainLoss) {
        LossPoint p = new LossPoint(steps, tokens, trainLoss, validation == null ? Double.NaN : meanLoss(validation));
        history.add(p);
        return p;
    }

    /**
     * Runs {@code steps} more steps, recording a point (with the held-out loss) every {@code every} steps
     * and after the last, and handing each to {@code listener} as it is made. Stops between two steps when
     * {@code progress} is cancelled ({@link Progress.CancelledException}).
     *
     * @throws LmLensException when the loss stops being a number (a learning rate too high)
     */
    public void train(int steps, int every, Consumer<LossPoint> listener, Progress progress) {
        if (steps < 1) {
            throw new LmLensException(EngineMessages.get("neural.steps", steps));
        }
        int end = this.steps + steps;
        while (this.steps < end) {
            progress.checkCancelled();
            double loss = step();
            if (!Double.isFinite(loss)) {
                throw new LmLensException(EngineMessages.get("neural.diverged", this.steps));
            }
            if (this.steps % Math.max(1, every) == 0 || this.steps == end) {
                listener.accept(record(loss));
            }
            progress.update("train", 1 - (end - this.steps) / (double) steps);
        }
    }

    private int[] drawBatch() {
        int n = training.size();
        if (options.batchSize() >= n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] batch = new int[options.batchSize()];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = random.nextInt(n);
        }
        return batch;
    }

    /** The mean cross-entropy (nats per token) of the model now over every example of a set. */
    public double meanLoss(Examples set) {
        return meanLoss(model, set);
    }

    /**
     * The mean cross-entropy of a model over a set, summed in double. Examples that share a context share
     * its logits, so each distinct context goes through the network once (a bigram's held-out set has at
     * most V of them), in chunks of bounded memory.
     */
    public static double meanLoss(NeuralModel model, Examples set) {
        int v = model.vocabulary().size();
        DistinctContexts distinct = DistinctContexts.of(set);
        int[] byContext = distinct.examplesByContext();
        int[] firstExample = distinct.firstExampleOfContext();
        double total = 0;
        double[] row = new double[v];
        for (int from = 0; from < distinct.count(); from += SCORING_CHUNK) {
            int to = Math.min(distinct.count(), from + SCORING_CHUNK);
            float[] z = model.network().logits(Tape.inference(), distinct.contexts(from, to)).data;
            for (int u = from; u < to; u++) {
                double logSum = SoftmaxCrossEntropy.softmax(z, (u - from) * v, v, Vocabulary.BOS, row);
                for (int k = firstExample[u]; k < firstExample[u + 1]; k++) {
                    total += logSum - z[(u - from) * v + set.target(byContext[k])];
                }
            }
        }
        return total / set.size();
    }
}
