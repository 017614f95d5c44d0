package org.lmlens.engine.neural.lm;

import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.eval.HeldOutSplit;
import org.lmlens.engine.model.Evaluation;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;

/**
 * A training run set up the way Evaluate sets up its n-gram models: the training text read once; the
 * held-out text either given, or a seeded share of the training sentences ({@link HeldOutSplit}, with the
 * training part's own vocabulary and min-count); the model on that vocabulary.
 */
public final class NeuralTraining {
    private final Corpus training;
    private final Corpus test;
    private final Trainer trainer;

    private NeuralTraining(Corpus training, Corpus test, Trainer trainer) {
        this.training = training;
        this.test = test;
        this.trainer = trainer;
    }

    /** Reads the texts and initialises the model ({@code test} may be null: then {@code testShare} is held out). */
    public static NeuralTraining prepare(TextSource train, TextOptions options, int minCount, TextSource test,
                                         double testShare, NeuralConfig config, TrainingOptions training,
                                         Progress progress) {
        Corpus full = CorpusBuilder.train(train, options, minCount, progress);
        return of(full, test == null ? null : CorpusBuilder.encode(test, options, full.vocabulary(), progress),
                testShare, minCount, options, config, training);
    }

    /**
     * On a corpus already read: {@code test} encoded with its vocabulary, or null to hold out
     * {@code testShare} of its sentences.
     */
    public static NeuralTraining of(Corpus full, Corpus test, double testShare, int minCount, TextOptions options,
                                    NeuralConfig config, TrainingOptions training) {
        return of(full, test, testShare, minCount, options, config, training, Integer.MAX_VALUE);
    }

    /**
     * As {@link #of(Corpus, Corpus, double, int, TextOptions, NeuralConfig, TrainingOptions)}, the loss curve's
     * held-out loss measured on at most {@code curveExamples} held-out examples (a seeded sample, so that a
     * live curve costs little); {@link #evaluate} still scores the whole held-out text.
     */
    public static NeuralTraining of(Corpus full, Corpus test, double testShare, int minCount, TextOptions options,
                                    NeuralConfig config, TrainingOptions training, int curveExamples) {
        Corpus train = full;
        if (test == null) {
            HeldOutSplit split = HeldOutSplit.of(full, testShare, HeldOutSplit.DEFAULT_SEED, minCount);
            train = split.training();
            test = split.test();
        }
        NeuralModel model = NeuralModel.initialise(config, train.vocabulary(), options, training.seed());
        int c = config.contextLength();
        Examples heldOut = Examples.of(test, c).sample(curveExamples, training.seed());
        Trainer trainer = new Trainer(model, Examples.of(train, c), heldOut, training);
        return new NeuralTraining(train, test, trainer);
    }

    public Trainer trainer() {
        return trainer;
    }

    public Corpus trainingCorpus() {
        return training;
    }

    public Corpus testCorpus() {
        return test;
    }

    public long trainingTokens() {
        return training.wordTokens() + training.sentenceCount();
    }

    /** The held-out figures of the model now, computed as Evaluate computes them for n-gram models. */
    public Evaluation evaluate() {
        return trainer.model().languageModel().evaluate(test, Progress.NONE);
    }
}
