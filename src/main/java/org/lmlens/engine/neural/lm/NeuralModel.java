package org.lmlens.engine.neural.lm;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.TrieBuilder;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.neural.SoftmaxCrossEntropy;
import org.lmlens.engine.neural.Tape;
import org.lmlens.engine.neural.Tensor;
import org.lmlens.engine.smoothing.EstimationContext;
import org.lmlens.engine.smoothing.Estimator;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.engine.text.TextOptions;

/**
 * A neural language model over an n-gram model's vocabulary: its shape, its network and how its text was
 * read (so a saved model splits new text the same way). Its outcomes are those of the n-gram models
 * (every id but {@code <s>}, which gets probability exactly 0), and {@link #languageModel} gives the
 * scoring surface they share: distributions, sentence scores, sampling, test-set evaluation.
 *
 * <p>A model being trained is changed in place by its {@link Trainer}; {@link #snapshot()} gives a copy
 * that no one writes, which is what {@link #languageModel} is built on.
 */
public final class NeuralModel {
    private final NeuralConfig config;
    private final Vocabulary vocabulary;
    private final TextOptions textOptions;
    private final Network network;

    NeuralModel(NeuralConfig config, Vocabulary vocabulary, TextOptions textOptions, Network network) {
        this.config = config;
        this.vocabulary = vocabulary;
        this.textOptions = textOptions;
        this.network = network;
    }

    /** A freshly initialised model; the same seed gives the same weights. */
    public static NeuralModel initialise(NeuralConfig config, Vocabulary vocabulary, TextOptions textOptions,
                                         long seed) {
        int v = vocabulary.size();
        Network net = config.kind() == NeuralConfig.Kind.BIGRAM ? new SoftmaxBigram(v)
                : new BengioMlp(config, v, new SplittableRandom(seed));
        return new NeuralModel(config, vocabulary, textOptions, net);
    }

    /** The same shape on the given weights (copied), as read from a file; they must fit the shape. */
    static NeuralModel withWeights(NeuralConfig config, Vocabulary vocabulary, TextOptions textOptions,
                                   List<Tensor> weights) {
        return initialise(config, vocabulary, textOptions, 0).withParameters(weights);
    }

    private NeuralModel withParameters(List<Tensor> weights) {
        return new NeuralModel(config, vocabulary, textOptions, network.withParameters(weights));
    }

    /** A copy of the current weights, which later training does not change. */
    public NeuralModel snapshot() {
        return withParameters(network.parameters());
    }

    public NeuralConfig config() {
        return config;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public TextOptions textOptions() {
        return textOptions;
    }

    Network network() {
        return network;
    }

    /** The trained tensors, in the network's fixed order (live: a trainer changes them). */
    public List<Tensor> parameters() {
        return network.parameters();
    }

    public long parameterCount() {
        long n = 0;
        for (Tensor t : network.parameters()) {
            n += t.size();
        }
        return n;
    }

    /** The method name a language model built on this shows: {@code neural-bigram} or {@code neural-mlp}. */
    public String name() {
        return "neural-" + config.kind().cliName();
    }

    /**
     * The word vectors: the MLP's embedding table C, or the bigram's W, whose row v is the logits after v
     * (one row per word id, {@code <s>} included).
     */
    public Tensor embeddings() {
        return network instanceof BengioMlp mlp ? mlp.embeddings() : ((SoftmaxBigram) network).weights();
    }

    /** The network's input for a history {@code [from, to)}: its last ids, padded with {@code <s>}. */
    int[] context(int[] history, int from, int to) {
        int c = config.contextLength();
        int[] ctx = new int[c];
        for (int j = 0; j < c; j++) {
            int pos = to - c + j;
            ctx[j] = pos < from ? Vocabulary.BOS : history[pos];
        }
        return ctx;
    }

    /** The logits after a history (the entry of {@code <s>} is meaningless: it is never an outcome). */
    public float[] logits(int[] history, int from, int to) {
        return network.logits(Tape.inference(), context(history, from, to)).data;
    }

    /** Fills {@code out} with P(· | history), summing to 1 over the outcomes, 0 for {@code <s>}. */
    public void distribution(int[] history, int from, int to, double[] out) {
        float[] z = logits(history, from, to);
        SoftmaxCrossEntropy.softmax(z, 0, z.length, Vocabulary.BOS, out);
    }

    /** As {@link Estimator#sentenceProbabilities}: every position of the sentence in one forward pass. */
    void sentenceProbabilities(int[] tokens, int start, int end, double[] out) {
        int c = config.contextLength();
        int n = end - start - 1;
        int[] contexts = new int[n * c];
        for (int i = start + 1; i < end; i++) {
            Examples.fillContext(tokens, start, i, contexts, (i - start - 1) * c, c);
        }
        float[] z = network.logits(Tape.inference(), contexts).data;
        int v = vocabulary.size();
        double[] row = new double[v];
        for (int k = 0; k < n; k++) {
            SoftmaxCrossEntropy.softmax(z, k * v, v, Vocabulary.BOS, row);
            out[k] = row[tokens[start + 1 + k]];
        }
    }

    /**
     * The scoring surface of the n-gram models on a snapshot of this model. {@code counts} are the training
     * text's, when it is at hand (views that show counts next to the probabilities); null or counts of too
     * low an order give a model without counts.
     */
    public LanguageModel languageModel(NgramCounts counts) {
        NeuralModel frozen = snapshot();
        NgramCounts trie = counts != null && counts.vocabulary().size() == vocabulary.size()
                && counts.maxOrder() >= config.order() ? counts : frozen.emptyTrie();
        return LanguageModel.of(trie, config.order(), frozen.new Method(), Parameters.NONE, EstimationContext.NONE);
    }

    public LanguageModel languageModel() {
        return languageModel(null);
    }

    /** A trie of the vocabulary alone, up to the model's order: the estimator's base when no counts are at hand. */
    private NgramCounts emptyTrie() {
        TrieBuilder builder = new TrieBuilder(vocabulary, config.order());
        for (int k = 2; k <= config.order(); k++) {
            builder.addOrder(k, new int[0], new int[0], 0);
        }
        return builder.build();
    }

    /** The "method" of a neural model: its network. Not in {@code Methods}. */
    private final class Method implements SmoothingMethod {
        @Override
        public String name() {
            return NeuralModel.this.name();
        }

        @Override
        public String description() {
            return config.kind() == NeuralConfig.Kind.BIGRAM ? "softmax bigram (one-hot · W, softmax)"
                    : "MLP language model (Bengio et al. 2003): " + config.contextLength() + " context words, "
                    + config.embeddingSize() + "-d embeddings, " + config.hiddenSize() + " tanh units";
        }

        @Override
        public Estimator estimate(NgramCounts counts, int order, Parameters parameters, EstimationContext context) {
            return new NeuralEstimator(NeuralModel.this, counts);
        }
    }

    /** Words of the vocabulary by id (specials included), for files and views. */
    List<String> words() {
        return new ArrayList<>(vocabulary.words());
    }
}
