package org.lmlens.ui.evaluate;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lmlens.engine.eval.OrderSweep;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.charts.ChartTheme;

/**
 * Perplexity against order: one solid line (test) and one dashed line (training, same colour) per method,
 * on a log axis. Infinite perplexities (MLE) cannot be drawn and are left out; the table shows them.
 */
final class PerplexityChart {
    private PerplexityChart() {
    }

    static XYSeriesCollection dataset(OrderSweep.Result r, List<String> methods) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (String m : methods) {
            XYSeries test = new XYSeries(I18n.get("evaluate.series.test", org.lmlens.ui.common.Names.method(m)), true, false);
            XYSeries training = new XYSeries(I18n.get("evaluate.series.training", org.lmlens.ui.common.Names.method(m)), true, false);
            for (OrderSweep.Point p : r.pointsOf(m)) {
                if (Double.isFinite(p.testPerplexity())) {
                    test.add(p.order(), p.testPerplexity());
                }
                if (Double.isFinite(p.trainingPerplexity())) {
                    training.add(p.order(), p.trainingPerplexity());
                }
            }
            data.addSeries(test);
            data.addSeries(training);
        }
        return data;
    }

    static JFreeChart create(OrderSweep.Result r) {
        List<String> methods = r.points().stream().map(OrderSweep.Point::method).distinct().toList();
        XYSeriesCollection data = dataset(r, methods);
        NumberAxis x = new NumberAxis(I18n.get("evaluate.axis.order"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setRange(0.8, r.maxOrder() + 0.2);
        LogAxis y = new LogAxis(I18n.get("evaluate.axis.perplexity"));
        y.setBase(10);
        y.setSmallestValue(1);
        y.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < methods.size(); i++) {
            renderer.setSeriesPaint(2 * i, ChartTheme.color(i));
            renderer.setSeriesPaint(2 * i + 1, ChartTheme.color(i));
            renderer.setSeriesStroke(2 * i, new BasicStroke(2.5f));
            renderer.setSeriesStroke(2 * i + 1, new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                    1f, new float[] {7f, 5f}, 0f));
        }
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                min = Math.min(min, data.getYValue(s, i));
                max = Math.max(max, data.getYValue(s, i));
            }
        }
        ChartTheme.decadeTicks(y, min, max);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(I18n.get("evaluate.chart.title"), ChartTheme.font(16f), plot, true);
        return ChartTheme.style(chart);
    }
}
