package org.lmlens.ui.tabs;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.ui.common.LatestOnly;
import org.lmlens.ui.common.TaskRunner;

/**
 * The one tab lifecycle. A view-model is told when its inputs change (the text, the model, or one of its
 * own: a typed sentence, a filter) through {@link #inputsChanged()}. While its tab is shown it brings
 * itself up to date at once ({@link #refresh()}); while hidden it only remembers that it is stale, and is
 * brought up to date once when shown again, however many changes it missed. A new text first goes to
 * {@link #textReplaced}, shown or not, so that state belonging to the old text (a search, a context) is
 * reset before anything is computed with it.
 */
public abstract class TabViewModel {
    private final TabContext context;
    private boolean stale = true;

    /** A view-model that shows something of the model: it follows the text and the model. */
    protected TabViewModel(TabContext context) {
        this(context, true);
    }

    /**
     * @param followsModel false for a tab that shows the text alone (its statistics, or a sweep over every
     *                     order and method): a new order or method then changes nothing it shows
     */
    protected TabViewModel(TabContext context, boolean followsModel) {
        this.context = context;
        context.text().addListener((o, old, now) -> {
            if (old != now) {
                textReplaced(old, now);
            }
            inputsChanged();
        });
        if (followsModel) {
            context.model().addListener((o, a, b) -> inputsChanged());
        }
        context.shown().addListener((o, a, shown) -> {
            if (shown) {
                bringUpToDate();
            }
        });
    }

    /** Recomputes what the tab shows from the current inputs; called only while the tab is shown. */
    protected abstract void refresh();

    /** A new text was loaded (or the same one read again with other options). Nothing by default. */
    protected void textReplaced(TrainedText old, TrainedText now) {
    }

    /**
     * Whether a newly loaded text is another text, not the same one read again with other options (a
     * tokenizer or encoding change): what was typed for the old text then means nothing for the new one.
     */
    protected static boolean anotherText(TrainedText old, TrainedText now) {
        return old == null || now == null || !old.source().name().equals(now.source().name())
                || !old.source().files().equals(now.source().files());
    }

    /** Something the tab shows depends on changed: refresh now if shown, else when next shown. */
    protected final void inputsChanged() {
        stale = true;
        bringUpToDate();
    }

    /**
     * Runs {@code change} whenever {@code value} changes: a listener for the view-model's own inputs that
     * then calls {@link #inputsChanged()}.
     */
    protected final <T> void follow(ObservableValue<T> value) {
        ChangeListener<T> changed = (o, a, b) -> inputsChanged();
        value.addListener(changed);
    }

    private void bringUpToDate() {
        if (stale && context.shown().get()) {
            stale = false;
            refresh();
        }
    }

    /** True while this tab's refresh is pending (its tab hidden since a change). */
    public final boolean isStale() {
        return stale;
    }

    protected final TabContext context() {
        return context;
    }

    protected final TrainedText text() {
        return context.text().getValue();
    }

    protected final LanguageModel model() {
        return context.model().getValue();
    }

    protected final TaskRunner runner() {
        return context.runner();
    }

    /** A job whose older results are dropped: one per independent thing the tab computes. */
    protected final LatestOnly newJob() {
        return new LatestOnly(context.runner());
    }
}
