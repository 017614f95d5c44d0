package org.lmlens.ui.tabs;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.ui.common.TaskRunner;

/**
 * What every tab's view-model is given: the loaded text (counted once), the model chosen on top of it,
 * the one task runner, whether the tab is shown, and the links to the other tabs.
 */
public record TabContext(ObservableValue<TrainedText> text, ObservableValue<LanguageModel> model,
                         TaskRunner runner, ObservableBooleanValue shown, TabLinks links) {

    /** A context for a view-model on its own (tests, benchmarks): always shown, fixed text and model. */
    public static TabContext of(TrainedText text, LanguageModel model, TaskRunner runner) {
        return new TabContext(new SimpleObjectProperty<>(text), new SimpleObjectProperty<>(model), runner,
                new SimpleBooleanProperty(true), new TabLinks());
    }

    /** A context that follows these values and is always shown (tests, benchmarks, a view on its own). */
    public static TabContext following(ObservableValue<TrainedText> text, ObservableValue<LanguageModel> model,
                                       TaskRunner runner) {
        return new TabContext(text, model, runner, new SimpleBooleanProperty(true), new TabLinks());
    }

    /** The same inputs, shown while {@code shownNow} is true. */
    public TabContext shownWhile(ObservableBooleanValue shownNow) {
        return new TabContext(text, model, runner, shownNow, links);
    }
}
