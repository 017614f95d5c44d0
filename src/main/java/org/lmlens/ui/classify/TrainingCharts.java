package org.lmlens.ui.classify;

import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lmlens.engine.classify.LearningCurve;
import org.lmlens.engine.classify.LossPoint;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.charts.ChartTheme;

/** The log-linear loss against epochs, and both models' held-out accuracy against training lines. */
final class TrainingCharts {
    private TrainingCharts() {
    }

    /** Training loss (solid) and held-out loss (dashed) per epoch; add points to the returned series as they come. */
    static JFreeChart loss(XYSeriesCollection data) {
        NumberAxis x = new NumberAxis(I18n.get("classify.axis.epoch"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis(I18n.get("classify.axis.loss"));
        y.setAutoRangeIncludesZero(true);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartTheme.color(0));
        renderer.setSeriesPaint(1, ChartTheme.color(1));
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {7f, 5f}, 0f));
        JFreeChart chart = new JFreeChart(I18n.get("classify.chart.loss"), ChartTheme.font(16f),
                new XYPlot(data, x, y, renderer), true);
        return ChartTheme.style(chart);
    }

    static XYSeriesCollection lossData(List<LossPoint> points) {
        XYSeries training = new XYSeries(I18n.get("classify.series.trainingLoss"), true, false);
        XYSeries heldOut = new XYSeries(I18n.get("classify.series.heldOutLoss"), true, false);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(training);
        data.addSeries(heldOut);
        points.forEach(p -> add(data, p));
        return data;
    }

    static void add(XYSeriesCollection data, LossPoint p) {
        data.getSeries(0).add(p.epoch(), p.trainingLoss());
        if (Double.isFinite(p.heldOutLoss())) {
            data.getSeries(1).add(p.epoch(), p.heldOutLoss());
        }
    }

    /** Held-out accuracy of both models against the number of training lines (log axis). */
    static JFreeChart learningCurve(List<LearningCurve.Point> points, String generativeName) {
        XYSeries generative = new XYSeries(generativeName, true, false);
        XYSeries logLinear = new XYSeries(I18n.get("classify.model.logLinear"), true, false);
        for (LearningCurve.Point p : points) {
            generative.add(p.trainingLines(), 100 * p.generativeAccuracy());
            logLinear.add(p.trainingLines(), 100 * p.logLinearAccuracy());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(generative);
        data.addSeries(logLinear);
        LogAxis x = new LogAxis(I18n.get("classify.axis.lines"));
        x.setBase(10);
        x.setSmallestValue(1);
        x.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
        if (!points.isEmpty()) {
            ChartTheme.decadeTicks(x, points.get(0).trainingLines(), points.get(points.size() - 1).trainingLines());
        }
        NumberAxis y = new NumberAxis(I18n.get("classify.axis.accuracy"));
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, ChartTheme.color(0));
        renderer.setSeriesPaint(1, ChartTheme.color(1));
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesStroke(1, new BasicStroke(2.5f));
        JFreeChart chart = new JFreeChart(I18n.get("classify.chart.curve"), ChartTheme.font(16f),
                new XYPlot(data, x, y, renderer), true);
        return ChartTheme.style(chart);
    }
}
