package org.lmlens.ui.export;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import org.jfree.chart.fx.ChartViewer;

/**
 * Edit ▸ Copy for a menu: copies what has the focus, the chart image or the table's selected rows. The
 * focus owner may be a chart's canvas or a table's cell, so it looks up the parents for the nearest chart
 * or table.
 */
public final class CopyFocused {
    private CopyFocused() {
    }

    /** True when something was copied. */
    public static boolean copy(Scene scene) {
        for (Node n = scene.getFocusOwner(); n != null; n = n.getParent()) {
            if (n instanceof ChartViewer viewer) {
                ChartClipboard.copy(viewer);
                return true;
            }
            if (n instanceof TableView<?> table) {
                return !TableClipboard.copy(table).isEmpty();
            }
        }
        return false;
    }
}
