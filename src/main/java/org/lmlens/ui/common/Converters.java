package org.lmlens.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.lmlens.i18n.I18n;

/** Combo boxes that show translated names (refreshed on a language switch) and optional tooltips. */
public final class Converters {
    private Converters() {
    }

    public static <T> void show(ComboBox<T> combo, Function<T, String> name, Function<T, String> tooltip) {
        install(combo, name, tooltip);
        // New converter and cell factory instances make the combo redraw its cells in the new language.
        I18n.bundleProperty().addListener((o, a, b) -> install(combo, name, tooltip));
    }

    private static <T> void install(ComboBox<T> combo, Function<T, String> name, Function<T, String> tooltip) {
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        combo.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
                setTooltip(empty || item == null || tooltip == null ? null : new Tooltip(tooltip.apply(item)));
            }
        });
        combo.setButtonCell(combo.getCellFactory().call(null));
    }
}
