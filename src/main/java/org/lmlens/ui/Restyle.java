package org.lmlens.ui;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.lmlens.ui.common.AfterPulse;

/**
 * Applies a change that restyles the whole window (the light or dark theme, presenter mode) in two
 * FX events. Such a change matches every node in the window against the stylesheets again: with the shown
 * tab, a theme switch took 50-68 ms of FX-thread CPU in the UI tests, and presenter mode's pulse 64-66 ms.
 * The shown tab's content is set aside for the change and put back after the next pulse, where it is
 * matched on its own, as when a tab is opened ({@link org.lmlens.ui.common.HiddenTabsDetached}). The tab is
 * empty for one frame, while the whole window changes.
 */
final class Restyle {
    private Restyle() {
    }

    static void inTwoSteps(TabPane tabs, Runnable change) {
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        Node content = shown == null ? null : shown.getContent();
        if (content == null || !org.lmlens.ui.common.WhenShown.shown(tabs)) { // not shown yet, or already set aside by an enclosing change
            change.run();
            return;
        }
        shown.setContent(null);
        // Asked for before the change, so that the content is back before what the change itself put off
        // until after the pulse (presenter mode's chart redraws, which need the chart shown).
        AfterPulse.run(tabs, () -> {
            if (shown.getContent() == null) {
                shown.setContent(content); // set aside again at once if another tab was selected meanwhile
            }
        });
        change.run();
    }
}
