package org.lmlens.ui.counts;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.ui.counts.NgramSorter.Key;
import org.lmlens.ui.common.LatestOnly;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabViewModel;

/**
 * The Counts table: the n-grams of one order (the model's order unless the user picks another), filtered
 * by a search and sorted on a background thread. Row orders that do not depend on the method (by count,
 * by n-gram) are cached per text, order and search, so switching the method only swaps the model the
 * probability cells read.
 */
public final class CountsViewModel extends TabViewModel {
    private final IntegerProperty tableOrder = new SimpleIntegerProperty(2);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(new Sort(Key.COUNT, false));
    private final ReadOnlyObjectWrapper<NgramTable> table = new ReadOnlyObjectWrapper<>();
    private final Map<String, int[]> rowCache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > 8;
        }
    };
    private final LatestOnly job = newJob();

    public CountsViewModel(TabContext context) {
        super(context);
        // the table follows the model's order; the user may then pick another one
        context.model().addListener((o, old, now) -> {
            if (now != null && (old == null || old.order() != now.order())) {
                tableOrder.set(now.order());
            }
        });
        if (model() != null) {
            tableOrder.set(model().order());
        }
        follow(tableOrder);
        follow(search);
        follow(sort);
        inputsChanged();
    }

    @Override
    protected void textReplaced(TrainedText old, TrainedText now) {
        job.cancel();
        rowCache.clear();
        if (anotherText(old, now)) {
            // a search for the previous text's words would hide this text's rows
            search.set("");
        }
    }

    /** How the rows are ordered. */
    public record Sort(Key key, boolean ascending) {
    }

    public void sortBy(Key key, boolean asc) {
        sort.set(new Sort(key, asc));
    }

    @Override
    protected void refresh() {
        TrainedText text = text();
        LanguageModel sessionModel = model();
        if (text == null || sessionModel == null) {
            return;
        }
        int order = Math.max(1, Math.min(tableOrder.get(), text.maxOrder()));
        // the query as typed (a part of a word) and as the text's tokens (Chinese typed without spaces)
        String typed = search.get() == null ? "" : search.get();
        String tokens = String.join(" ", org.lmlens.engine.text.TypedText.tokens(typed, text.options()));
        Key key = sort.get().key();
        boolean asc = sort.get().ascending();
        boolean modelFree = key == Key.COUNT || key == Key.NGRAM || key == Key.MLE;
        String cacheKey = order + "|" + typed + "|" + key + "|" + asc;
        int[] cached = modelFree ? rowCache.get(cacheKey) : null;
        job.run(p -> {
            LanguageModel m = text.model(order, sessionModel.method(), sessionModel.parameters());
            if (cached != null) {
                return new NgramTable(m, order, cached);
            }
            int[] rows = NgramSorter.filter(text.counts(), order, typed, p);
            if (!tokens.equals(typed.strip())) {
                rows = NgramSorter.union(rows, NgramSorter.filter(text.counts(), order, tokens, p));
            }
            NgramTable t = new NgramTable(m, order, rows);
            NgramSorter.sort(t, rows, key, asc, p);
            return t;
        }, result -> {
            if (modelFree) {
                rowCache.put(cacheKey, result.rows());
            }
            table.set(result);
        }, error -> table.set(null));
    }

    /**
     * What an empty table says: that the text has no n-grams of this order at all (every sentence, with
     * {@code <s>} and {@code </s>}, is shorter), or that the search matched none.
     */
    public static String emptyMessage(NgramTable t) {
        if (t != null && t.model().counts().size(t.order()) == 0) {
            return org.lmlens.i18n.I18n.get("counts.none.order", t.order());
        }
        return org.lmlens.i18n.I18n.get("counts.empty");
    }

    public IntegerProperty tableOrderProperty() {
        return tableOrder;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }

    public ReadOnlyObjectProperty<NgramTable> tableProperty() {
        return table.getReadOnlyProperty();
    }
}
