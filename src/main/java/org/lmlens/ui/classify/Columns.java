package org.lmlens.ui.classify;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/**
 * Read-only text columns for the tab's tables. Each gets a width of its own: a column left at JavaFX's
 * default width is sized to its content when its header is first shown, which measures every cell on the FX
 * thread (150 ms and more for a first table in a cold JVM).
 */
final class Columns {
    private Columns() {
    }

    static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        return text(title, value, 110);
    }

    static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }
}
