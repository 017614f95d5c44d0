package org.lmlens.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** Combo boxes that show translated names (refreshed on a language switch) and optional tooltips. */
public final class Converters {
    private Converters() {
    }

    public static <T> void show(ComboBox<T> combo, Function<T, String> name, Function<T, String> tooltip) {
        combo.setCellFactory(lv -> new NameCell<>(name, tooltip));
        NameCell<T> button = new NameCell<>(name, tooltip);
        combo.setButtonCell(button);
        combo.setConverter(converter(name));
        // On a language switch the cells are relabelled, not replaced: new cell instances would be styled
        // again, every combo box's in the switch's one FX event. The list's cells are rebuilt when it next shows.
        LanguageListener.attach(combo, () -> {
            combo.setConverter(converter(name));
            button.relabel();
            if (combo.getSkin() instanceof ComboBoxListViewSkin<?> skin && skin.getPopupContent() instanceof ListView<?> list) {
                list.refresh();
            }
        });
    }

    /** A choice shown by its translated name, with an optional tooltip. */
    private static final class NameCell<T> extends ListCell<T> {
        private final Function<T, String> name;
        private final Function<T, String> tooltip;

        NameCell(Function<T, String> name, Function<T, String> tooltip) {
            this.name = name;
            this.tooltip = tooltip;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : name.apply(item));
            setTooltip(empty || item == null || tooltip == null ? null : new Tooltip(tooltip.apply(item)));
        }

        /** Shows the same item again, in the current language. */
        void relabel() {
            updateItem(getItem(), isEmpty());
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
