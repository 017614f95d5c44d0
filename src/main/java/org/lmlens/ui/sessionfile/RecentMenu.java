package org.lmlens.ui.sessionfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.lmlens.i18n.I18n;

/**
 * Keeps a File ▸ Recent … submenu in step with a {@link RecentStore} list: refilled each time it opens,
 * one item per path ("name — folder", newest first), files that no longer exist disabled, "(none)" when
 * the list is empty.
 */
public final class RecentMenu {
    private RecentMenu() {
    }

    public static void bind(Menu menu, Supplier<List<Path>> paths, Consumer<Path> open) {
        menu.setOnShowing(e -> fill(menu, paths.get(), open));
        fill(menu, paths.get(), open);
    }

    static void fill(Menu menu, List<Path> paths, Consumer<Path> open) {
        menu.getItems().clear();
        for (Path p : paths) {
            Path name = p.getFileName();
            Path folder = p.getParent();
            MenuItem item = new MenuItem((name == null ? p.toString() : name.toString())
                    + (folder == null ? "" : "  —  " + folder));
            item.setMnemonicParsing(false);
            item.setDisable(!Files.exists(p));
            item.setOnAction(e -> open.accept(p));
            menu.getItems().add(item);
        }
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem(I18n.get("menu.recent.empty"));
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }
}
