package org.lmlens.ui.help;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.lmlens.i18n.I18n;

/** The Help ▸ Keyboard shortcuts table: one row per {@link Shortcuts} entry, tabs 1–9 as one row. */
public final class ShortcutsSheet {
    private ShortcutsSheet() {
    }

    public static GridPane create() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcuts-sheet");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        ColumnConstraints action = new ColumnConstraints();
        action.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(action, new ColumnConstraints());
        int row = 0;
        for (Shortcuts s : Shortcuts.values()) {
            if (s.tabIndex() > 0) {
                continue;
            }
            Label what = new Label();
            Label keys = new Label();
            keys.getStyleClass().add("shortcut-keys");
            keys.setStyle("-fx-font-weight: bold;");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            what.setMinWidth(Region.USE_PREF_SIZE);
            if (s.tabIndex() == 0) {
                what.textProperty().bind(I18n.bind(s.key()));
                keys.setText(Shortcuts.TAB_1.displayText() + " … " + Shortcuts.TAB_9.displayText());
            } else {
                what.textProperty().bind(I18n.bind(s.key()));
                keys.setText(s.displayText());
            }
            grid.addRow(row++, what, keys);
        }
        return grid;
    }
}
