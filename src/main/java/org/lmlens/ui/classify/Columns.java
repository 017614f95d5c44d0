package org.lmlens.ui.classify;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Read-only text columns for the tab's tables. */
final class Columns {
    private Columns() {
    }

    static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        TableColumn<T, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }
}
