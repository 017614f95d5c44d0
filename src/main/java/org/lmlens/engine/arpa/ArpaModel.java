package org.lmlens.engine.arpa;

import java.util.List;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.smoothing.ArpaForm;
import org.lmlens.engine.smoothing.EstimationContext;
import org.lmlens.engine.smoothing.Estimator;
import org.lmlens.engine.smoothing.Formula;
import org.lmlens.engine.smoothing.FormulaCases;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;

/**
 * A back-off language model read from an ARPA file ({@link ArpaReader}): its n-grams in the engine's trie
 * layout ({@link NgramCounts} built by {@code TrieBuilder}, where every stored n-gram has count 1) and,
 * in parallel arrays indexed like the trie, the log10 probability and log10 back-off weight of each.
 * There are no training counts. Immutable.
 */
public final class ArpaModel {
    /** A stored n-gram's own value, or back-off weight times the shorter context's probability. */
    private static final Formula FORMULA = Formula.of(ArpaModel.class,
            in -> in.explanation().backedOff() ? FormulaCases.backoff(in)
                    : Formula.fill("stored", in.explanation().probability()));
    private final String name;
    private final NgramCounts trie;
    /** log10Prob[k][i], log10Backoff[k][i] for n-gram i of order k (index 1..order). */
    final float[][] log10Prob;
    final float[][] log10Backoff;
    private final long[] declared;
    private final List<String> notices;
    private final ArpaTextHeader textHeader;

    ArpaModel(String name, NgramCounts trie, float[][] log10Prob, float[][] log10Backoff, long[] declared,
              List<String> notices, ArpaTextHeader textHeader) {
        this.textHeader = textHeader;
        this.name = name;
        this.trie = trie;
        this.log10Prob = log10Prob;
        this.log10Backoff = log10Backoff;
        this.declared = declared;
        this.notices = List.copyOf(notices);
    }

    /** Where the model came from (the file name). */
    public String name() {
        return name;
    }

    /** How the model's text was read, when the file records it (files from LM Lens), else null. */
    public ArpaTextHeader textHeader() {
        return textHeader;
    }

    /** The highest n-gram order in the file. */
    public int order() {
        return trie.maxOrder();
    }

    public Vocabulary vocabulary() {
        return trie.vocabulary();
    }

    /** The stored n-grams (count 1 each: an ARPA file has no counts). */
    public NgramCounts trie() {
        return trie;
    }

    /** Number of n-grams of an order as stored (unigrams: the whole vocabulary, specials included). */
    public long ngrams(int order) {
        return trie.size(order);
    }

    /** The n-gram counts the file's {@code \data\} header declared, index 1..order. */
    public long declaredNgrams(int order) {
        return declared[order];
    }

    /** What the reader had to fix up (a missing {@code <unk>}), for the user. */
    public List<String> notices() {
        return notices;
    }

    /** log10 p(n-gram) as stored, for n-gram (order, index). */
    public float log10Probability(int order, int index) {
        return log10Prob[order][index];
    }

    /** log10 bow(n-gram) as stored (0 when the file gives none). */
    public float log10Backoff(int order, int index) {
        return order < log10Backoff.length && log10Backoff[order] != null ? log10Backoff[order][index] : 0f;
    }

    /** The model at an order up to the file's (a lower order simply uses shorter contexts). */
    public LanguageModel languageModel(int order) {
        if (order < 1 || order > order()) {
            throw new LmLensException("Order must be between 1 and the ARPA model's order " + order() + ", got " + order);
        }
        return LanguageModel.of(trie, order, new Method(), Parameters.NONE, EstimationContext.NONE);
    }

    public LanguageModel languageModel() {
        return languageModel(order());
    }

    /** The "method" of an ARPA model: its own back-off rule over the stored values. Not in {@code Methods}. */
    private final class Method implements SmoothingMethod {
        @Override
        public String name() {
            return "arpa";
        }

        @Override
        public String description() {
            return "back-off model read from the ARPA file " + name;
        }

        /** {@code ArpaModel.tex}: the back-off rule. */
        @Override
        public Formula formula() {
            return FORMULA;
        }

        @Override
        public ArpaForm arpaForm() {
            return ArpaForm.BACKOFF;
        }

        @Override
        public Estimator estimate(NgramCounts counts, int order, Parameters parameters, EstimationContext context) {
            if (counts != trie) {
                throw new IllegalArgumentException("an ARPA model's method only applies to its own n-grams");
            }
            return new ArpaEstimator(ArpaModel.this, order);
        }
    }
}
