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
 *
 * <p>A chart set while shown is drawn in an FX event of its own, after the next pulse ({@link AfterPulse}): a
 * view's update (labels, tables, two new charts), the pulse that styles and lays it out, and the charts'
 * first draws then do not add up to one long stretch of the FX thread (a corpus update took 107 ms in a
 * cold JVM; split, each part stays well under 100 ms). Several charts set before it are drawn once, the newest.
 */
public class ObservableChartViewer extends ChartViewer {
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>();
    private boolean hidden;
    private boolean held;
    private JFreeChart heldChart;
    private boolean drawScheduled;

    public ObservableChartViewer() {
        super();
        // Out of the scene (its tab not shown), a chart does not redraw: a change to every chart at once
        // (presenter mode, the theme) then redraws only the shown ones. Back in the scene, it draws once,
        // after the pulse that lays it out.
        sceneProperty().addListener((o, old, scene) -> setShown(scene != null));
    }

    /** Also accepts null (no chart: an empty canvas), which {@link ChartViewer#setChart} refuses. */
    @Override
    public void setChart(JFreeChart newChart) {
        if (chart == null) { // the super constructor: nothing to draw yet, and no FX event to wait for
            attach(newChart);
            return;
        }
        held = true;
        heldChart = newChart;
        if (!hidden) {
            drawSoon();
        }
        chart.set(newChart);
    }

    /** Draws the newest chart held back in a later FX event, after the next pulse (once, however many were set). */
    private void drawSoon() {
        if (drawScheduled) {
            return;
        }
        drawScheduled = true;
        AfterPulse.run(this, () -> {
            drawScheduled = false;
            if (!hidden && held) {
                held = false;
                JFreeChart c = heldChart;
                heldChart = null;
                attach(c);
            }
        });
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

    /** Whether the viewer is on screen: a chart set or changed while it is not is drawn when it is again. */
    private void setShown(boolean shown) {
        hidden = !shown;
        JFreeChart drawn = super.getChart();
        if (!shown) {
            if (drawn != null && drawn.isNotify()) {
                drawn.setNotify(false);
            }
        } else if (held) {
            drawSoon();
        } else if (drawn != null && !drawn.isNotify()) {
            AfterPulse.run(this, () -> {
                if (!hidden && !drawn.isNotify()) {
                    drawn.setNotify(true);
                }
            });
        }
    }

    public ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }
}
