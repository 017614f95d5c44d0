package org.lmlens.ui.common;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Keeps only the selected tab's content in the scene graph; the other tabs keep theirs aside, with all
 * its state (view models, tables, charts), and get it back when selected.
 *
 * <p>Why: a {@link TabPane} keeps every tab's content in the scene, merely invisible, and JavaFX styles
 * and lays out invisible nodes too. A change to the whole window (presenter mode's palette and font
 * size, the theme, the language) then restyled and re-laid out all seven tabs in one pulse, up to 250 ms
 * on the FX thread. With this, such a change costs one tab; selecting a tab styles and lays out that tab
 * alone (the cost a first look at it had anyway), and the window's first build does one tab, not seven.
 */
public final class HiddenTabsDetached {
    private final Map<Tab, Node> contents = new HashMap<>();
    /** True while this class itself empties or fills a tab (not a new content to remember). */
    private boolean moving;

    private HiddenTabsDetached() {
    }

    /** Call once the tabs and their contents are in place. */
    public static void install(TabPane pane) {
        HiddenTabsDetached d = new HiddenTabsDetached();
        Tab selected = pane.getSelectionModel().getSelectedItem();
        for (Tab tab : pane.getTabs()) {
            d.contents.put(tab, tab.getContent());
            // A content set later (by a view rebuilding itself) is the one to bring back.
            tab.contentProperty().addListener((o, old, now) -> {
                if (!d.moving && now != null) {
                    d.contents.put(tab, now);
                }
            });
            if (tab != selected) {
                d.detach(tab);
            }
        }
        pane.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                d.attach(now);
            }
            if (old != null && old != now) {
                d.detach(old);
            }
        });
    }

    private void attach(Tab tab) {
        Node content = contents.get(tab);
        if (content != null && tab.getContent() != content) {
            moving = true;
            tab.setContent(content);
            moving = false;
        }
    }

    private void detach(Tab tab) {
        moving = true;
        tab.setContent(null);
        moving = false;
    }

}
