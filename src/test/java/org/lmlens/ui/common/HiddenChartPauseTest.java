package org.lmlens.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lmlens.ui.export.TestCharts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A chart in a tab that is not shown neither redraws nor is drawn; selecting the tab draws the newest one once. */
@ExtendWith(ApplicationExtension.class)
class HiddenChartPauseTest {
    private final ObservableChartViewer viewer = new ObservableChartViewer();
    private TabPane tabs;
    private Tab chartTab;

    @Start
    void start(Stage stage) {
        chartTab = new Tab("chart", viewer);
        tabs = new TabPane(new Tab("first"), chartTab);
        HiddenChartPause.install(chartTab, viewer);
        stage.setScene(new Scene(tabs, 500, 400));
        stage.show();
    }

    @Test
    void aChartSetWhileHiddenIsHeldBackAndDrawnWhenItsTabIsSelected(FxRobot robot) {
        JFreeChart first = TestCharts.barChart();
        JFreeChart second = TestCharts.barChart();
        robot.interact(() -> viewer.setChart(first));
        assertThat(viewer.getChart()).isSameAs(first);
        assertThat(viewer.getCanvas().getChart()).as("not drawn while hidden").isNull();
        assertThat(first.isNotify()).isFalse();

        robot.interact(() -> viewer.setChart(second));
        robot.interact(() -> {
            tabs.getSelectionModel().select(chartTab);
            assertThat(viewer.getCanvas().getChart()).as("not in the event that selects the tab").isNull();
        });
        drawn(second); // after the pulse that lays the tab out
        assertThat(viewer.getCanvas().getChart()).as("the newest chart, once shown").isSameAs(second);
        assertThat(second.isNotify()).isTrue();

        robot.interact(() -> tabs.getSelectionModel().select(0));
        assertThat(second.isNotify()).as("a shown-then-hidden chart stops redrawing").isFalse();
        assertThat(viewer.getCanvas().getChart()).isSameAs(second);
        robot.interact(() -> viewer.setChart(null));
        assertThat(viewer.getChart()).isNull();
        assertThat(viewer.getCanvas().getChart()).as("clearing waits too").isSameAs(second);
        robot.interact(() -> tabs.getSelectionModel().select(chartTab));
        drawn(null);
        assertThat(viewer.getCanvas().getChart()).isNull();

        // shown: drawn in the next FX event, once, the newest of those set in one event
        JFreeChart third = TestCharts.barChart();
        JFreeChart fourth = TestCharts.barChart();
        robot.interact(() -> {
            viewer.setChart(third);
            viewer.setChart(fourth);
            assertThat(viewer.getCanvas().getChart()).as("not in the event that set it").isNull();
            assertThat(viewer.getChart()).isSameAs(fourth);
        });
        drawn(fourth);
        assertThat(viewer.getCanvas().getChart()).isSameAs(fourth);
    }

    /** Waits (a few pulses at most) until the canvas shows {@code chart}. */
    private void drawn(JFreeChart chart) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> viewer.getCanvas().getChart() == chart);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the chart was not drawn after the tab was shown", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
