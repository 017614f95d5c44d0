package org.lmlens.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A {@link ChartViewer} that tells when its chart is replaced. Views rebuild their chart on every result;
 * the main window listens here to give each new chart the presenter scale, without the views knowing
 * about presenter mode or export. Views clear a chart with {@code setChart(null)}.
 */
public class ObservableChartViewer extends ChartViewer {
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>();

    public ObservableChartViewer() {
        super();
    }

    /** Also accepts null (no chart: an empty canvas), which {@link ChartViewer#setChart} refuses. */
    @Override
    public void setChart(JFreeChart newChart) {
        if (newChart == null) {
            getCanvas().setChart(null);
        } else {
            super.setChart(newChart);
        }
        if (chart != null) { // null while the super constructor runs
            chart.set(newChart);
        }
    }

    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }
}
