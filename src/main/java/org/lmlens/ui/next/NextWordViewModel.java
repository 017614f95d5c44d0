package org.lmlens.ui.next;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.Distribution;
import org.lmlens.engine.smoothing.Explanation;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.model.WordProbability;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.engine.text.Detokenizer;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TypedText;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.LatestOnly;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabViewModel;
import org.lmlens.ui.session.SessionViewModel;

/**
 * The Next-word tab: P(· | context) for a typed context. The context always starts a sentence
 * ({@code <s>} is implied), is tokenized like the training text and is cut to the model's last N-1
 * words; the result says which tokens were used. Optionally the same words are compared under 2–4
 * methods.
 */
public final class NextWordViewModel extends TabViewModel {
    public static final int MAX_COMPARED = 4;

    private final StringProperty context = new SimpleStringProperty("");
    private final IntegerProperty topK = new SimpleIntegerProperty(10);
    private final BooleanProperty compare = new SimpleBooleanProperty(false);
    private final ObservableList<SmoothingMethod> comparedMethods = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<NextWordResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<String>> contextTokens = new ReadOnlyObjectWrapper<>(List.of());
    private final StringProperty selectedWord = new SimpleStringProperty();
    private List<String> pinnedTokens;
    private String pinnedText;
    private final LatestOnly job = newJob();
    /** The text whose vocabulary completes typed words: read off the FX thread by the completion popup. */
    private volatile TrainedText vocabularySource;

    public NextWordViewModel(TabContext context) {
        super(context);
        vocabularySource = text();
        follow(this.context);
        follow(topK);
        follow(compare);
        comparedMethods.addListener((javafx.collections.ListChangeListener<SmoothingMethod>) c -> inputsChanged());
        result.addListener((o, a, r) -> resultChanged(r));
        contextTokens.addListener((o, a, t) -> context.links().focusContextProperty().set(t));
        selectedWord.addListener((o, a, w) -> context.links().focusWordProperty().set(w));
        context.links().contextRequestProperty().addListener((o, a, request) -> {
            if (request != null) {
                showContext(request);
            }
        });
        inputsChanged();
    }

    @Override
    protected void textReplaced(TrainedText old, TrainedText text) {
        vocabularySource = text;
        pinnedTokens = null;
        pinnedText = null;
        if (anotherText(old, text)) {
            // a context typed for the previous text would be mostly <unk> in this one, and so would the
            // prediction Smoothing explained shows
            context.set("");
            contextTokens.set(List.of());
            selectedWord.set(null);
        }
    }

    /** How many methods can be compared at once. */
    public boolean canCompareMore() {
        return comparedMethods.size() < MAX_COMPARED;
    }

    /** Adds a method to the comparison (if there is room) or removes it; true when it is compared now. */
    public boolean setCompared(SmoothingMethod m, boolean on) {
        if (on && !comparedMethods.contains(m) && canCompareMore()) {
            comparedMethods.add(m);
        } else if (!on) {
            comparedMethods.remove(m);
        }
        return comparedMethods.contains(m);
    }

    /** Every method the app has, for the comparison menu. */
    public List<SmoothingMethod> methods() {
        return org.lmlens.engine.smoothing.Methods.all();
    }

    /** The order of the current model (0 before one is built). */
    public int modelOrder() {
        return model() == null ? 0 : model().order();
    }

    /** Completes the last token of the typed text with vocabulary words, most frequent first. */
    public List<String> suggestions(String typed) {
        TrainedText t = vocabularySource;
        return t == null ? List.of() : TypedText.completions(typed, t.options(), t.corpus().vocabulary(), 12);
    }

    /** Keeps the context tokens and the selected word in step with a new result (the top word by default). */
    private void resultChanged(NextWordResult r) {
        if (r == null || r.context().isEmpty()) {
            return;
        }
        List<String> tokens = r.context().stream().map(NextWordResult.ContextToken::word).toList();
        boolean newContext = !tokens.equals(contextTokens.get());
        if (newContext) {
            contextTokens.set(tokens);
        }
        if (!r.isDefined() || r.words().isEmpty()) {
            selectedWord.set(null);
        } else if (newContext || selectedWord.get() == null || !r.words().contains(selectedWord.get())) {
            // a new context starts from its most probable word; a new method keeps the word chosen
            selectedWord.set(r.words().get(0));
        }
    }

    /** Shows the distribution a generated word was drawn from: exactly these context tokens. */
    public void showContext(List<String> tokens) {
        List<String> words = new ArrayList<>(tokens);
        if (!words.isEmpty() && Vocabulary.BOS_WORD.equals(words.get(0))) {
            words.remove(0);
        }
        pinnedTokens = List.copyOf(words);
        pinnedText = Detokenizer.join(words);
        if (pinnedText.equals(context.get())) {
            inputsChanged();
        } else {
            context.set(pinnedText);
        }
    }

    /** The typed text as tokens: {@code <s>}/{@code </s>} kept as markers, the rest tokenized like the text. */
    static List<String> tokenize(String typed, TextOptions options) {
        return TypedText.tokens(typed, options);
    }

    @Override
    protected void refresh() {
        TrainedText text = text();
        LanguageModel model = model();
        if (text == null || model == null) {
            return;
        }
        String typed = context.get() == null ? "" : context.get();
        List<String> tokens = typed.equals(pinnedText) ? pinnedTokens : tokenize(typed, text.options());
        int k = Math.max(1, topK.get());
        List<SmoothingMethod> others = compare.get() ? List.copyOf(comparedMethods) : List.of();
        job.run(p -> compute(text, model, tokens, k, others), result::set,
                error -> result.set(new NextWordResult(List.of(), List.of(), new long[0], 0, List.of(),
                        SessionViewModel.messageOf(error))));
    }

    static NextWordResult compute(TrainedText text, LanguageModel model, List<String> typed, int k,
                                  List<SmoothingMethod> compared) {
        List<String> full = new ArrayList<>();
        full.add(Vocabulary.BOS_WORD);
        full.addAll(typed);
        int used = model.encodeContext(full).length;
        Vocabulary v = model.vocabulary();
        List<NextWordResult.ContextToken> ctx = new ArrayList<>();
        for (int i = 0; i < full.size(); i++) {
            String w = full.get(i);
            boolean marker = w.equals(Vocabulary.BOS_WORD) || w.equals(Vocabulary.EOS_WORD);
            ctx.add(new NextWordResult.ContextToken(w, i >= full.size() - used, marker || v.contains(w), marker));
        }
        if (!model.isDefined(full)) {
            List<String> h = model.decode(model.encodeContext(full));
            return new NextWordResult(ctx, List.of(), new long[0], 0, List.of(),
                    I18n.get("next.undefined", String.join(" ", h), model.method().name()));
        }
        Distribution d = model.distribution(full);
        List<WordProbability> top = d.top(k);
        List<String> words = new ArrayList<>(top.size());
        long[] counts = new long[top.size()];
        long contextCount = 0;
        for (int i = 0; i < top.size(); i++) {
            words.add(top.get(i).word());
            Explanation e = model.explain(full, top.get(i).word());
            counts[i] = e.order() == used ? e.count() : 0;
            contextCount = e.order() == used ? e.contextCount() : contextCount;
        }
        List<NextWordResult.Series> series = new ArrayList<>();
        series.add(series(model, full, words));
        for (SmoothingMethod m : compared) {
            if (!m.name().equals(model.method().name())) {
                series.add(series(text.model(model.order(), m, Parameters.NONE), full, words));
            }
        }
        return new NextWordResult(ctx, words, counts, contextCount, series, null);
    }

    private static NextWordResult.Series series(LanguageModel m, List<String> context, List<String> words) {
        double[] p = new double[words.size()];
        if (!m.isDefined(context)) {
            return new NextWordResult.Series(m.method().name(), p, 0, false);
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = m.probability(context, words.get(i));
            sum += p[i];
        }
        return new NextWordResult.Series(m.method().name(), p, Math.max(0, 1 - sum), true);
    }

    public StringProperty contextProperty() {
        return context;
    }

    public IntegerProperty topKProperty() {
        return topK;
    }

    public BooleanProperty compareProperty() {
        return compare;
    }

    public ObservableList<SmoothingMethod> comparedMethods() {
        return comparedMethods;
    }

    /** The tokens of the current context, {@code <s>} first (for Smoothing explained). */
    public ReadOnlyObjectProperty<List<String>> contextTokensProperty() {
        return contextTokens.getReadOnlyProperty();
    }

    /** The word last clicked in the chart, or the most probable one; null when there is no distribution. */
    public StringProperty selectedWordProperty() {
        return selectedWord;
    }

    public ReadOnlyObjectProperty<NextWordResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
