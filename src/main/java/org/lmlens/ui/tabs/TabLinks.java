package org.lmlens.ui.tabs;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What tabs share with each other, and nothing else: the prediction in focus (a context of tokens,
 * {@code <s>} first, and a word), which Next word sets and Smoothing explained starts from, and a way to
 * bring another tab to the front with a context to show (Generate's "show this distribution").
 */
public final class TabLinks {
    private final ObjectProperty<List<String>> focusContext = new SimpleObjectProperty<>(List.of());
    private final StringProperty focusWord = new SimpleStringProperty();
    private final ObjectProperty<List<String>> contextRequest = new SimpleObjectProperty<>();
    private Consumer<String> selectTab = id -> { };

    /** The context tokens ({@code <s>} first) of the prediction in focus. */
    public ObjectProperty<List<String>> focusContextProperty() {
        return focusContext;
    }

    /** The word of the prediction in focus; null when there is none. */
    public StringProperty focusWordProperty() {
        return focusWord;
    }

    /** Set to ask Next word to show exactly these context tokens (a new list each time). */
    public ObjectProperty<List<String>> contextRequestProperty() {
        return contextRequest;
    }

    /** Shows the tab with this registry id. */
    public void select(String tabId) {
        selectTab.accept(tabId);
    }

    /** Shows the distribution behind a context in the Next-word tab. */
    public void showInNextWord(List<String> context) {
        contextRequest.set(List.copyOf(context));
        select(TabRegistry.NEXT);
    }

    void setTabSelector(Consumer<String> selector) {
        this.selectTab = selector;
    }
}
