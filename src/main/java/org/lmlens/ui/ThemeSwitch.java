package org.lmlens.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.lmlens.ui.common.AfterPulse;

/**
 * Switches the light or dark theme in two FX events. Replacing the user-agent stylesheet matches every node
 * in the window against the new one at once: with the shown tab, 50-68 ms of FX-thread CPU in the UI tests.
 * The shown tab's content is set aside for that and put back after the next pulse, where it is matched on
 * its own, as when a tab is opened ({@link org.lmlens.ui.common.HiddenTabsDetached}). The tab is empty for
 * one frame, while the whole window changes colour.
 */
final class ThemeSwitch {
    private ThemeSwitch() {
    }

    static void apply(TabPane tabs, boolean dark) {
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        Node content = shown == null ? null : shown.getContent();
        boolean showing = tabs.getScene() != null && tabs.getScene().getWindow() != null
                && tabs.getScene().getWindow().isShowing();
        if (content == null || !showing) {
            LmLensApp.applyTheme(dark);
            return;
        }
        shown.setContent(null);
        LmLensApp.applyTheme(dark);
        AfterPulse.run(tabs, () -> {
            if (shown.getContent() == null) {
                shown.setContent(content); // set aside again at once if another tab was selected meanwhile
            }
        });
    }
}
