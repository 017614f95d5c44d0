package org.lmlens.ui.export;

import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.help.Shortcuts;

/**
 * Ctrl+C on a chart copies it as an image (drawn at 2×, like the PNG export), and a "Copy image" item
 * heads the chart's context menu. Clicking a chart focuses it, so the key reaches it.
 */
public final class ChartClipboard {
    private ChartClipboard() {
    }

    public static void install(ChartViewer viewer) {
        viewer.setFocusTraversable(true);
        viewer.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> viewer.requestFocus());
        viewer.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcuts.COPY.matches(e)) {
                copy(viewer);
                e.consume();
            }
        });
        MenuItem copy = new MenuItem();
        copy.textProperty().bind(I18n.bind("clipboard.copyImage"));
        copy.setAccelerator(Shortcuts.COPY.primary());
        copy.setOnAction(e -> copy(viewer));
        if (viewer.getContextMenu() != null) {
            viewer.getContextMenu().getItems().addAll(0, java.util.List.of(copy, new SeparatorMenuItem()));
        }
    }

    /** Puts the viewer's chart, at its on-screen size, on the system clipboard. */
    public static void copy(ChartViewer viewer) {
        copy(viewer.getChart(), ExportActions.width(viewer), ExportActions.height(viewer));
    }

    public static void copy(JFreeChart chart, double width, double height) {
        if (chart == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putImage(toFxImage(chart, width, height));
        Clipboard.getSystemClipboard().setContent(content);
    }

    static Image toFxImage(JFreeChart chart, double width, double height) {
        BufferedImage image = ChartImages.render(chart, width, height, ChartImages.PNG_SCALE);
        return SwingFXUtils.toFXImage(image, null);
    }
}
