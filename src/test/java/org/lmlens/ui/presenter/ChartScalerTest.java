package org.lmlens.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.lmlens.ui.export.TestCharts;

/** Scaling a chart for presenter mode redraws a shown chart once and leaves a paused (hidden) one paused. */
class ChartScalerTest {
    @Test
    void aShownChartRedrawsOnceWithEveryChange() {
        JFreeChart chart = TestCharts.barChart();
        float before = chart.getTitle().getFont().getSize2D();
        int[] redraws = {0};
        chart.addChangeListener(e -> redraws[0]++);
        new ChartScaler().apply(chart, 2.0, false);
        assertThat(chart.getTitle().getFont().getSize2D()).isEqualTo(before * 2);
        assertThat(chart.isNotify()).isTrue();
        assertThat(redraws[0]).isEqualTo(1);
    }

    @Test
    void aPausedChartIsScaledButStaysPaused() {
        JFreeChart chart = TestCharts.barChart();
        float before = chart.getTitle().getFont().getSize2D();
        chart.setNotify(false); // as HiddenChartPause leaves a chart whose tab is not shown
        int[] redraws = {0};
        chart.addChangeListener(e -> redraws[0]++);
        new ChartScaler().apply(chart, 2.0, true);
        assertThat(chart.getTitle().getFont().getSize2D()).isEqualTo(before * 2);
        assertThat(chart.isNotify()).as("it would redraw while hidden at every later change").isFalse();
        assertThat(redraws[0]).isZero();
    }
}
