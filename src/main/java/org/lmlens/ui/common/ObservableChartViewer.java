package org.lmlens.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * A {@link ChartViewer} that tells when its chart is replaced, and that can hold a new chart back while it
 * is not shown. Views rebuild their chart on every result; the main window listens here to give each new
 * chart the presenter scale, without the views knowing about presenter mode or export. Views clear a chart
 * with {@code setChart(null)}.
 *
 * <p>JFreeChart's viewer draws a chart the moment it is set, on the FX thread; a view in a tab that is not
 * shown (rebuilding its chart after a language switch, say) would draw for nothing. While
 * {@link #setShown not shown}, a new chart is kept aside ({@link #getChart} returns it, so export and
 * tests see the newest chart) and drawn once when the viewer is shown again.
 */
public class ObservableChartViewer extends ChartViewer {
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>();
    private boolean hidden;
    private boolean held;
    private JFreeChart heldChart;

    public ObservableChartViewer() {
        super();
    }

    /** Also accepts null (no chart: an empty canvas), which {@link ChartViewer#setChart} refuses. */
    @Override
    public void setChart(JFreeChart newChart) {
        if (hidden) {
            held = true;
            heldChart = newChart;
        } else {
            attach(newChart);
        }
        if (chart != null) { // null while the super constructor runs
            chart.set(newChart);
        }
    }

    private void attach(JFreeChart newChart) {
        if (newChart == null) {
            getCanvas().setChart(null);
        } else {
            super.setChart(newChart);
        }
    }

    /** The newest chart set, drawn or held back. */
    @Override
    public JFreeChart getChart() {
        return held ? heldChart : super.getChart();
    }

    /** Whether the viewer is on screen: a chart set while it is not is drawn when it is again. */
    public void setShown(boolean shown) {
        hidden = !shown;
        if (shown && held) {
            held = false;
            JFreeChart c = heldChart;
            heldChart = null;
            attach(c);
        }
    }

    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }
}
