package org.lmlens.engine.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.MemoryGuard;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.smoothing.EstimationContext;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.engine.text.TextInfo;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextReader;
import org.lmlens.engine.text.TextSource;

/**
 * A text read and counted once, up to a maximum order: the expensive stage. Models for any order up to
 * that maximum and any method are built from it on demand (milliseconds) and cached per
 * (method, parameters, order), which is what makes the UI live. Thread-safe.
 */
public final class TrainedText {
    private final TextSource source;
    private final TextOptions options;
    private final TextInfo info;
    private final int minCount;
    private final Corpus corpus;
    private final NgramCounts counts;
    private final Map<ModelKey, LanguageModel> models = new ConcurrentHashMap<>();

    private TrainedText(TextSource source, TextOptions options, TextInfo info, int minCount, Corpus corpus,
                        NgramCounts counts) {
        this.source = source;
        this.options = options;
        this.info = info;
        this.minCount = minCount;
        this.corpus = corpus;
        this.counts = counts;
    }

    /**
     * Reads, builds the vocabulary and counts every order up to {@code maxOrder}. An {@code auto} tokenizer
     * is resolved first (from a sample of the text); {@link #options()} then holds the concrete one and
     * {@link #textInfo()} tells what was chosen and which encodings were found.
     */
    public static TrainedText load(TextSource source, TextOptions options, int minCount, int maxOrder,
                                   Progress progress) {
        if (minCount < 1) {
            throw new LmLensException(EngineMessages.get("model.minCount", minCount));
        }
        if (maxOrder < 1 || maxOrder > NgramCounter.MAX_ORDER) {
            throw new LmLensException(EngineMessages.get("model.order", NgramCounter.MAX_ORDER, maxOrder));
        }
        // A bpe tokenizer learns its merges from this very text before the text is cut with them.
        TextOptions given = org.lmlens.engine.bpe.BpeTokenizer.resolve(source, options, progress);
        TextInfo info = TextReader.inspect(source, given);
        TextOptions resolved = given.withTokenizer(info.tokenizer());
        MemoryGuard guard = new MemoryGuard(maxOrder, minCount);
        // Formatted now, while there is memory: after an OutOfMemoryError even loading the messages can fail.
        String outOfMemory = EngineMessages.get("model.outOfMemory", source.name(), maxOrder);
        try {
            return readAndCount(source, info, resolved, minCount, maxOrder, progress, guard);
        } catch (OutOfMemoryError e) {
            // Last resort, when the guard's estimate was short: the partial corpus and counts went with
            // readAndCount's frame, so the heap is usable again for the message and the UI.
            throw new LmLensException(outOfMemory, e);
        }
    }

    private static TrainedText readAndCount(TextSource source, TextInfo info, TextOptions resolved, int minCount,
                                            int maxOrder, Progress progress, MemoryGuard guard) {
        Corpus corpus = CorpusBuilder.train(source, info, resolved, minCount, progress, guard);
        NgramCounts counts = NgramCounter.count(corpus, maxOrder, progress, guard);
        return new TrainedText(source, resolved, info, minCount, corpus, counts);
    }

    /** Wraps a corpus already built (tests, held-out splits). */
    public static TrainedText of(Corpus corpus, int maxOrder) {
        TextOptions options = TextOptions.defaults();
        TextInfo info = new TextInfo(options.tokenizer(), false, "chosen by the user", List.of());
        return new TrainedText(TextSource.ofString("corpus", ""), options, info, 1, corpus,
                NgramCounter.count(corpus, maxOrder, Progress.NONE));
    }

    public TextSource source() {
        return source;
    }

    /** The options the text was read with; the tokenizer is the concrete one (never {@code auto}). */
    public TextOptions options() {
        return options;
    }

    /** What reading decided: the tokenizer (and whether {@code auto} chose it), and each file's encoding. */
    public TextInfo textInfo() {
        return info;
    }

    public int minCount() {
        return minCount;
    }

    public Corpus corpus() {
        return corpus;
    }

    public NgramCounts counts() {
        return counts;
    }

    public int maxOrder() {
        return counts.maxOrder();
    }

    /** The model for an order (1..maxOrder), method and parameters; built once, then cached. */
    public LanguageModel model(int order, SmoothingMethod method, Parameters parameters) {
        return model(order, method, parameters, null);
    }

    /**
     * The model for an order, method and parameters, with held-out sentences for methods fitted on data
     * (Jelinek-Mercer), or null to let the method carve them out of the training text. {@code heldOut}
     * must be encoded with this text's vocabulary ({@link #encode}). Cached per (method, parameters,
     * order, held-out corpus instance).
     */
    public LanguageModel model(int order, SmoothingMethod method, Parameters parameters, Corpus heldOut) {
        if (order < 1 || order > maxOrder()) {
            throw new LmLensException(EngineMessages.get("model.order", maxOrder(), order));
        }
        if (heldOut != null && heldOut.vocabulary() != corpus.vocabulary()) {
            throw new IllegalArgumentException("held-out text must be encoded with this text's vocabulary");
        }
        ModelKey key = new ModelKey(method.name(), order, parameters, heldOut);
        return models.computeIfAbsent(key, k -> LanguageModel.of(counts, order, method, parameters,
                new EstimationContext(corpus, heldOut)));
    }

    /** A held-out corpus is compared by identity (Corpus does not override equals). */
    private record ModelKey(String method, int order, Parameters parameters, Corpus heldOut) {
    }

    /** Encodes another text (a test set) with this text's vocabulary and tokenisation. */
    public Corpus encode(TextSource test, Progress progress) {
        return CorpusBuilder.encode(test, options, corpus.vocabulary(), progress);
    }
}
