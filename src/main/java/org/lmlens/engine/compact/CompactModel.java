package org.lmlens.engine.compact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.TrieBuilder;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.smoothing.EstimationContext;
import org.lmlens.engine.smoothing.Estimator;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;

/**
 * A back-off model read from a compact model file ({@link CompactLayout}; written by
 * {@link CompactModelWriter}, {@code export-model} and the Spark job) without loading its n-grams: the file
 * is memory-mapped, and a lookup reads the few pages it touches, so a model of many gigabytes opens in the
 * time it takes to read its vocabulary. Only the vocabulary is read into memory (the words, for lookups
 * by spelling). Probabilities follow the ARPA back-off rule over the stored single-precision values,
 * exactly as the model read from the same model's ARPA file does. Immutable and thread-safe.
 */
public final class CompactModel {
    private final String name;
    private final MappedFile file;
    private final CompactLayout layout;
    private final Vocabulary vocabulary;
    /** The vocabulary and empty higher orders: what {@link LanguageModel} needs, with no n-grams in memory. */
    private final NgramCounts skeleton;

    private CompactModel(String name, MappedFile file, CompactLayout layout, Vocabulary vocabulary) {
        this.name = name;
        this.file = file;
        this.layout = layout;
        this.vocabulary = vocabulary;
        TrieBuilder trie = new TrieBuilder(vocabulary, layout.order);
        for (int k = 2; k <= layout.order; k++) {
            trie.addOrder(k, new int[0], new int[0], 0);
        }
        this.skeleton = trie.build();
    }

    /** Opens a compact model file; a clear {@link LmLensException} when it is not one. */
    public static CompactModel open(Path path) {
        MappedFile file;
        try {
            file = new MappedFile(path);
        } catch (IOException e) {
            throw new LmLensException(EngineMessages.get("compact.cannotRead", path, e.getMessage()), e);
        }
        CompactLayout layout = CompactLayout.read(file);
        if (layout == null || file.size() < layout.vocabularyOffset
                + CompactLayout.vocabularyBytes(file, layout.order) || layout.ngrams[1] < 3
                || layout.ngrams[1] > Integer.MAX_VALUE) {
            throw new LmLensException(EngineMessages.get("compact.notCompact", path));
        }
        return new CompactModel(path.getFileName().toString(), file, layout, readVocabulary(file, layout));
    }

    private static Vocabulary readVocabulary(MappedFile file, CompactLayout layout) {
        int v = (int) layout.ngrams[1];
        long offsets = layout.vocabularyOffset;
        long bytes = offsets + 8L * (v + 1);
        List<String> words = new ArrayList<>(v - 3);
        for (int id = 3; id < v; id++) {
            long from = file.getLong(offsets + 8L * id);
            long to = file.getLong(offsets + 8L * (id + 1));
            words.add(new String(file.bytes(bytes + from, (int) (to - from)), StandardCharsets.UTF_8));
        }
        return Vocabulary.of(words);
    }

    /** Where the model came from (the file name). */
    public String name() {
        return name;
    }

    public int order() {
        return layout.order;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Stored n-grams of an order (unigrams: the whole vocabulary). */
    public long ngrams(int k) {
        return layout.ngrams[k];
    }

    /** The file's size in bytes. */
    public long bytes() {
        return file.size();
    }

    /** log10 P(w | h) stored for n-gram {@code index} of order k. */
    public float log10Probability(int k, long index) {
        return file.getFloat(layout.prob[k] + 4 * index);
    }

    /** log10 bow stored for n-gram {@code index} of order k; 0 at the top order. */
    public float log10Backoff(int k, long index) {
        return k >= layout.order ? 0f : file.getFloat(layout.bow[k] + 4 * index);
    }

    /** The last word of n-gram {@code index} of order k. */
    public int word(int k, long index) {
        return k == 1 ? (int) index : file.getInt(layout.words[k] + 4 * index);
    }

    /** The first child at order k+1 of n-gram {@code index} of order k (its children end at the next one's). */
    public long childStart(int k, long index) {
        long at = layout.child[k] + layout.childWidth[k] * index;
        return layout.childWidth[k] == 8 ? file.getLong(at) : file.getInt(at) & 0xFFFFFFFFL;
    }

    /** The index at order k+1 of (n-gram {@code parent} of order k, word w), or -1; k = 0 is the root. */
    public long child(int k, long parent, int w) {
        if (k == 0) {
            return w >= 0 && w < layout.ngrams[1] ? w : -1;
        }
        if (k >= layout.order) {
            return -1;
        }
        long lo = childStart(k, parent);
        long hi = childStart(k, parent + 1) - 1;
        long base = layout.words[k + 1];
        while (lo <= hi) {
            long mid = (lo + hi) >>> 1;
            int m = file.getInt(base + 4 * mid);
            if (m < w) {
                lo = mid + 1;
            } else if (m > w) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The index of n-gram {@code ids[from..to)} at order to-from, or -1 when it is not stored; 0 when empty. */
    public long find(int[] ids, int from, int to) {
        long index = 0;
        for (int i = from; i < to && index >= 0; i++) {
            index = child(i - from, index, ids[i]);
        }
        return index;
    }

    /** The model at an order up to the file's (a lower order uses shorter contexts). */
    public LanguageModel languageModel(int order) {
        if (order < 1 || order > layout.order) {
            throw new LmLensException(EngineMessages.get("compact.order", layout.order, order));
        }
        return LanguageModel.of(skeleton, order, new Method(), Parameters.NONE, EstimationContext.NONE);
    }

    public LanguageModel languageModel() {
        return languageModel(layout.order);
    }

    /** The "method" of a compact model: the back-off rule over its stored values. Not in {@code Methods}. */
    private final class Method implements SmoothingMethod {
        @Override
        public String name() {
            return "compact";
        }

        @Override
        public String description() {
            return "back-off model read from the compact model file " + name;
        }

        @Override
        public Estimator estimate(NgramCounts counts, int order, Parameters parameters, EstimationContext context) {
            if (counts != skeleton) {
                throw new IllegalArgumentException("a compact model's method only applies to its own vocabulary");
            }
            return new CompactEstimator(CompactModel.this, skeleton, order);
        }
    }
}
