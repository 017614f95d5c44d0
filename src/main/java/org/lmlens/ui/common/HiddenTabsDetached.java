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
 * on the FX thread. With this, such a change costs one tab, and selecting a tab restyles and lays out
 * that tab alone.
 *
 * <p>The hidden tabs are set aside only after the window's first pulse: that pulse, part of start-up,
 * creates every tab's skins (sliders, tables, spinners). Set aside before it, each tab's skins would be
 * made on its first visit instead, in a cold JVM a 100 ms stretch the first time a tab is opened.
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
        for (Tab tab : pane.getTabs()) {
            d.contents.put(tab, tab.getContent());
            // A content set later (by a view rebuilding itself) is the one to bring back; set while its
            // tab is hidden, it is set aside at once.
            tab.contentProperty().addListener((o, old, now) -> {
                if (!d.moving && now != null) {
                    d.contents.put(tab, now);
                    if (!tab.isSelected()) {
                        d.detach(tab);
                    }
                }
            });
        }
        afterFirstPulse(pane, () -> pane.getTabs().stream().filter(t -> !t.isSelected()).forEach(d::detach));
        pane.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                d.attach(now);
            }
            if (old != null && old != now) {
                d.detach(old);
            }
        });
    }

    /** Runs {@code action} once, after the first layout pulse of the scene the pane is (or will be) in. */
    private static void afterFirstPulse(TabPane pane, Runnable action) {
        if (pane.getScene() != null) {
            AfterPulse.afterLayout(pane.getScene(), action);
            return;
        }
        pane.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene old, javafx.scene.Scene scene) {
                if (scene != null) {
                    pane.sceneProperty().removeListener(this);
                    AfterPulse.afterLayout(scene, action);
                }
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
