package org.lmlens.ui.tabs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.lmlens.ui.corpus.CorpusView;
import org.lmlens.ui.classify.ClassifyView;
import org.lmlens.ui.counts.CountsView;
import org.lmlens.ui.evaluate.EvaluateView;
import org.lmlens.ui.explain.ExplainView;
import org.lmlens.ui.generate.GenerateTabView;
import org.lmlens.ui.neural.NeuralView;
import org.lmlens.ui.next.NextWordView;
import org.lmlens.ui.score.ScoreView;
import org.lmlens.ui.tokenizer.TokenizerLabView;

/** The main window's tabs, in the order they are shown; their View ▸ shortcuts follow this order. */
public final class TabRegistry {
    public static final String COUNTS = "counts"; // i18n-ok: tab id
    public static final String NEXT = "next"; // i18n-ok: tab id
    public static final String GENERATE = "generate"; // i18n-ok: tab id
    public static final String SCORE = "score"; // i18n-ok: tab id
    public static final String EVALUATE = "evaluate"; // i18n-ok: tab id
    public static final String CORPUS = "corpus"; // i18n-ok: tab id
    public static final String EXPLAIN = "explain"; // i18n-ok: tab id
    public static final String TOKENIZER = "tokenizer"; // i18n-ok: tab id
    public static final String NEURAL = "neural"; // i18n-ok: tab id
    public static final String CLASSIFY = "classify"; // i18n-ok: tab id

    private final List<TabEntry> entries;

    public TabRegistry(List<TabEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The app's tabs. A new tab is one more entry here. */
    public static TabRegistry standard() {
        List<TabEntry> tabs = new ArrayList<>();
        tabs.add(new TabEntry(COUNTS, Material2AL.GRID_ON, CountsView::new));
        tabs.add(new TabEntry(NEXT, Material2AL.ASSESSMENT, NextWordView::new));
        tabs.add(new TabEntry(GENERATE, Material2MZ.SHORT_TEXT, GenerateTabView::new));
        tabs.add(new TabEntry(SCORE, Material2MZ.SPELLCHECK, ScoreView::new));
        tabs.add(new TabEntry(EVALUATE, Material2MZ.SHOW_CHART, EvaluateView::new));
        tabs.add(new TabEntry(CORPUS, Material2AL.INSIGHTS, CorpusView::new));
        tabs.add(new TabEntry(EXPLAIN, Material2MZ.SCHOOL, ExplainView::new));
        tabs.add(new TabEntry(TOKENIZER, Material2MZ.TEXT_FIELDS, TokenizerLabView::new));
        tabs.add(new TabEntry(NEURAL, Material2MZ.MEMORY, NeuralView::new));
        tabs.add(new TabEntry(CLASSIFY, Material2AL.CATEGORY, ClassifyView::new));
        return new TabRegistry(tabs);
    }

    public List<TabEntry> entries() {
        return entries;
    }

    public Optional<TabEntry> byId(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * The registry id a saved session's tab id names: the id itself, or the bundle key that older session
     * files stored ({@code tab.counts}, {@code teach.tab.score}).
     */
    public Optional<TabEntry> bySavedId(String saved) {
        if (saved == null) {
            return Optional.empty();
        }
        String id = saved.substring(saved.lastIndexOf('.') + 1);
        return byId(id);
    }
}
