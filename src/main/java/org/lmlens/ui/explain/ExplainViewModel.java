package org.lmlens.ui.explain;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.Distribution;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.smoothing.Explanation;
import org.lmlens.engine.smoothing.Formula;
import org.lmlens.engine.smoothing.FormulaInputs;
import org.lmlens.ui.common.LatestOnly;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabViewModel;
import org.lmlens.ui.common.Texts;

/**
 * Smoothing explained: the current method's formula (as the method declares it, {@link Formula}), and for the chosen context and word the same formula
 * with the engine's numbers substituted, plus how much probability mass the method moves from the words
 * seen after that context to the unseen ones. The context is the words typed in the Next-word tab;
 * {@code <s>} is implied at its start.
 */
public final class ExplainViewModel extends TabViewModel {
    private final ObservableValue<List<String>> context;
    private final ObservableValue<String> word;
    private final ReadOnlyObjectWrapper<ExplainResult> result = new ReadOnlyObjectWrapper<>();
    private final LatestOnly job;
    /** LaTeX rendering (JLaTeXMath draws with AWT: 200 ms the first time) runs off the FX thread too. */
    private final LatestOnly formulaJob;

    /** Explains the prediction in focus: the context and word last chosen in Next word. */
    public ExplainViewModel(TabContext context) {
        super(context);
        this.context = context.links().focusContextProperty();
        this.word = context.links().focusWordProperty();
        this.job = newJob();
        this.formulaJob = newJob();
        follow(this.context);
        follow(this.word);
        inputsChanged();
    }

    public ReadOnlyObjectProperty<ExplainResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /**
     * Renders formulas in the background (the newest request wins) and hands the images to {@code onDone}
     * on the FX thread, in order; a null formula gives a null image.
     */
    public void renderFormulas(List<String> latex, float size, java.awt.Color foreground,
                               java.util.function.Consumer<List<java.awt.image.BufferedImage>> onDone) {
        List<String> formulas = new ArrayList<>(latex);
        formulaJob.run(p -> {
            List<java.awt.image.BufferedImage> images = new ArrayList<>();
            for (String f : formulas) {
                images.add(f == null ? null : LatexImage.renderAwt(f, size, foreground));
            }
            return images;
        }, onDone, e -> onDone.accept(java.util.Collections.nCopies(formulas.size(), null)));
    }

    /** Drops the formulas being rendered: their images will not be handed over. */
    public void cancelFormulas() {
        formulaJob.cancel();
    }

    @Override
    protected void refresh() {
        LanguageModel m = model();
        if (m == null) {
            return;
        }
        List<String> ctx = context.getValue() == null ? List.of() : List.copyOf(context.getValue());
        String w = word.getValue();
        job.run(p -> compute(m, ctx, w), result::set, e -> result.set(ExplainResult.error(m.method().name(),
                Texts.message(e))));
    }

    /** The context as the model sees it: {@code <s>} first unless the caller gave it. */
    static List<String> withStart(List<String> context) {
        List<String> full = new ArrayList<>();
        if (context.isEmpty() || !Vocabulary.BOS_WORD.equals(context.get(0))) {
            full.add(Vocabulary.BOS_WORD);
        }
        full.addAll(context);
        return full;
    }

    public static ExplainResult compute(LanguageModel model, List<String> typedContext, String word) {
        String method = model.method().name();
        Formula formula = model.method().formula();
        String general = formula.general(model.parameters());
        List<String> full = withStart(typedContext);
        List<String> used = model.decode(model.encodeContext(full));
        double seen = seenMass(model, full);
        java.util.OptionalDouble mleSeen = contextCount(model, full) > 0 ? java.util.OptionalDouble.of(1.0)
                : java.util.OptionalDouble.empty();
        boolean defined = model.isDefined(full);
        if (word == null || word.isBlank()) {
            return new ExplainResult(method, used, null, general, null, Double.NaN, Double.NaN, null, seen,
                    mleSeen, defined, null);
        }
        Explanation e = model.explain(full, word);
        Formula.Substitution s = formula.substitute(new FormulaInputs(e, used, word, model.vocabulary().outcomeCount(),
                model.parameters()));
        return new ExplainResult(method, used, word, general, s.latex(), s.value(),
                model.probability(full, word), e, seen, mleSeen, defined, null);
    }

    private static long contextCount(LanguageModel model, List<String> full) {
        int[] h = model.encodeContext(full);
        NgramCounts counts = model.counts();
        int ctx = counts.find(h, 0, h.length);
        return ctx < 0 ? 0 : counts.contextCount(h.length, ctx);
    }

    /** Σ P(w | h) over the words w with c(h w) &gt; 0, h the context the model uses; 0 for an unseen context. */
    static double seenMass(LanguageModel model, List<String> full) {
        int[] h = model.encodeContext(full);
        NgramCounts counts = model.counts();
        int ctx = counts.find(h, 0, h.length);
        if (ctx < 0 || counts.contextCount(h.length, ctx) == 0 || !model.isDefined(full)) {
            return 0;
        }
        Distribution d = model.distribution(full);
        double mass = 0;
        for (int i = counts.childStart(h.length, ctx), end = counts.childEnd(h.length, ctx); i < end; i++) {
            int w = counts.word(h.length + 1, i);
            if (w != Vocabulary.BOS && (h.length > 0 || counts.count(1, i) > 0)) {
                mass += d.probability(w);
            }
        }
        return mass;
    }
}
