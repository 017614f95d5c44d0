package org.lmlens.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs work in an FX event of its own after the next pulse, so that it does not add to the event that asked
 * for it nor to the pulse that styles and lays out what that event changed.
 *
 * <p>Why: opening a tab, or showing a view's new result, is one event (new content, labels, table rows)
 * and one pulse (CSS, layout, table cells); a chart drawn in either made that stretch of the FX thread
 * 20-30 ms longer in a warm JVM, and up to twice that in a cold one. Run after the pulse, the chart's draw is
 * a stretch of its own, and input and the next frame can come in between.
 */
public final class AfterPulse {
    private AfterPulse() {
    }

    /**
     * On the FX thread: runs {@code action} in a later FX event, after the next pulse of {@code node}'s scene;
     * in the next FX event when the node is in no scene (no pulse to wait for).
     */
    public static void run(Node node, Runnable action) {
        if (!WhenShown.shown(node)) {
            Platform.runLater(action);
            return;
        }
        afterLayout(node.getScene(), () -> Platform.runLater(action));
        Platform.requestNextPulse();
    }

    /** Runs {@code action} once, in the next pulse of {@code scene}, just after its CSS and layout passes. */
    public static void afterLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
