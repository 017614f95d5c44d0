package org.lmlens.ui.export;

import java.util.List;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.help.Shortcuts;

/**
 * Ctrl+C on a table copies the selected rows, with the column titles as first line, as tab-separated
 * text: pasted into a spreadsheet, each value lands in its own cell. Also a "Copy rows" context-menu item.
 * Installing makes the table's selection multiple (shift/ctrl-click to choose several rows).
 */
public final class TableClipboard {
    private TableClipboard() {
    }

    public static void install(TableView<?> table) {
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcuts.COPY.matches(e)) {
                copy(table);
                e.consume();
            }
        });
        MenuItem copy = new MenuItem();
        copy.textProperty().bind(I18n.bind("clipboard.copyRows"));
        copy.setAccelerator(Shortcuts.COPY.primary());
        copy.setOnAction(e -> copy(table));
        copy.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        if (table.getContextMenu() == null) {
            table.setContextMenu(new ContextMenu());
        }
        table.getContextMenu().getItems().add(0, copy);
    }

    /** Copies the selected rows; does nothing when none is selected. Returns the text copied. */
    public static String copy(TableView<?> table) {
        List<List<String>> rows = TableRows.selected(table);
        if (rows.size() <= 1) {
            return "";
        }
        String text = TableRows.toTsv(rows);
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        return text;
    }
}
