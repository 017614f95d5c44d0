package org.lmlens.ui.common;

import javafx.scene.control.Tab;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Keeps a chart in a tab that is not shown from redrawing. A JFreeChart chart redraws itself on the FX
 * thread after every change; switching the language or presenter mode changes every chart in the window
 * at once, and redrawing the charts of six hidden tabs in the same pulse froze the window for over 100 ms.
 * While its tab is not selected, a chart's change notifications are off ({@link JFreeChart#setNotify}) and
 * a new chart is held back ({@link ObservableChartViewer#setShown}); selecting the tab draws the newest
 * chart once, with every change made meanwhile.
 *
 * <p>That draw waits until the pulse that styles and lays out the newly shown tab has run ({@link AfterPulse}).
 * Turning a chart's notifications back on redraws it at once, changed or not; done in the event that selects
 * the tab, it added the tab's charts to the tab's own CSS and layout in one stretch of the FX thread.
 */
public final class HiddenChartPause {
    private HiddenChartPause() {
    }

    public static void install(Tab tab, ChartViewer viewer) {
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (!selected) {
                apply(viewer, false);
            } else {
                // the tab pane, not the viewer: the tab's content may be put back in the scene after this listener
                javafx.scene.Node inScene = tab.getTabPane() != null ? tab.getTabPane() : viewer;
                AfterPulse.run(inScene, () -> apply(viewer, tab.isSelected())); // hidden again meanwhile: stays off
            }
        });
        apply(viewer, tab.isSelected());
        if (viewer instanceof ObservableChartViewer observable) {
            observable.chartProperty().addListener((o, old, chart) -> notifyWhen(chart, tab.isSelected()));
        }
    }

    private static void apply(ChartViewer viewer, boolean shown) {
        // notifications first: turning them on redraws an attached chart once; a held one is drawn on attach
        notifyWhen(viewer.getChart(), shown);
        if (viewer instanceof ObservableChartViewer observable) {
            observable.setShown(shown);
        }
    }

    private static void notifyWhen(JFreeChart chart, boolean shown) {
        if (chart != null && chart.isNotify() != shown) {
            chart.setNotify(shown);
        }
    }
}
