package org.lmlens.ui.common;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Tab;

/** Lets a tab's view follow the session only while the tab is shown, so hidden views do no work. */
public final class ShownOnly {
    private ShownOnly() {
    }

    /**
     * The source's value while the tab is selected, and the latest value again whenever it is selected;
     * while the tab is hidden the value does not change, so the view behind it recomputes nothing.
     */
    public static <T> ObservableValue<T> whileShown(Tab tab, ObservableValue<T> source) {
        SimpleObjectProperty<T> shown = new SimpleObjectProperty<>(source.getValue());
        source.addListener((o, a, v) -> {
            if (tab.isSelected()) {
                shown.set(v);
            }
        });
        tab.selectedProperty().addListener((o, a, selected) -> {
            if (selected) {
                shown.set(source.getValue());
            }
        });
        return shown;
    }
}
