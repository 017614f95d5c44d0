package org.lmlens.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Re-renders a view for a new UI language at once while it is in a window, and otherwise when it is next
 * shown. A hidden tab's content is out of the scene graph ({@link org.lmlens.ui.tabs.TabHost}), so a language
 * switch re-renders the shown tab's charts, tables and formulas only; before this, every tab rebuilt its
 * charts and tables in the switch's one FX event (over 100 ms).
 */
public final class WhenShown {
    private WhenShown() {
    }

    /**
     * Runs {@code render} after each language switch: now if {@code node} is in a showing window, else
     * once it is put back into one (its tab selected again).
     */
    public static void onLanguageChange(Node node, Runnable render) {
        boolean[] stale = {false};
        LanguageListener.attach(node, () -> {
            if (shown(node)) {
                render.run();
            } else {
                stale[0] = true;
            }
        });
        node.sceneProperty().addListener((o, a, scene) -> {
            if (stale[0] && shown(node)) {
                stale[0] = false;
                render.run();
            }
        });
    }

    /** In a scene of a showing window (a scene no window shows any more, a closed view's, does not count). */
    public static boolean shown(Node node) {
        Scene scene = node.getScene();
        return scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }
}
