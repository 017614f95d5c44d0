package org.lmlens.ui;

import java.util.List;
import javafx.beans.value.ObservableValue;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.ui.common.TaskRunner;
import org.lmlens.ui.session.SessionViewModel;
import org.lmlens.ui.tabs.TabContext;

/** Tab contexts for view-model tests: always shown, following a session or given values. */
public final class TabContexts {
    private TabContexts() {
    }

    public static TabContext of(SessionViewModel session) {
        return TabContext.following(session.textProperty(), session.modelProperty(), session.runner());
    }

    public static TabContext of(ObservableValue<TrainedText> text, ObservableValue<LanguageModel> model,
                                TaskRunner runner) {
        return TabContext.following(text, model, runner);
    }

    /** A context whose prediction in focus (for Smoothing explained) follows these values. */
    public static TabContext focused(ObservableValue<TrainedText> text, ObservableValue<LanguageModel> model,
                                     TaskRunner runner, ObservableValue<List<String>> context,
                                     ObservableValue<String> word) {
        TabContext c = TabContext.following(text, model, runner);
        c.links().focusContextProperty().bind(context);
        c.links().focusWordProperty().bind(word);
        return c;
    }
}
