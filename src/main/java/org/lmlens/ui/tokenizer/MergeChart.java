package org.lmlens.ui.tokenizer;

import java.awt.BasicStroke;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.charts.ChartTheme;

/** Tokens per character and per word of the training text against the number of merges, k marked. */
final class MergeChart {
    private static final int POINTS = 400;

    private MergeChart() {
    }

    static JFreeChart of(TokenizerLabViewModel.Learnt t, int k) {
        XYSeries perChar = new XYSeries(I18n.get("lab.chart.perChar"));
        XYSeries perWord = new XYSeries(I18n.get("lab.chart.perWord"));
        int n = t.merged();
        int step = Math.max(1, n / POINTS);
        for (int m = 0; m <= n; m += step) {
            perChar.add(m, t.perCharacter()[m]);
            perWord.add(m, t.perWord()[m]);
        }
        if (n % step != 0) {
            perChar.add(n, t.perCharacter()[n]);
            perWord.add(n, t.perWord()[n]);
        }
        XYSeriesCollection data = new XYSeriesCollection(perChar);
        // Per word only where words are written with spaces: in Chinese a "word" (a run without spaces) is a
        // whole line, and its curve would flatten the one per character.
        if (t.spaced()) {
            data.addSeries(perWord);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(I18n.get("lab.chart.title"), I18n.get("lab.chart.merges"),
                I18n.get("lab.chart.tokens"), data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        plot.getRenderer().setSeriesPaint(1, ChartTheme.color(2));
        plot.getRenderer().setSeriesStroke(1, new BasicStroke(2f));
        ValueMarker marker = new ValueMarker(k, ChartTheme.color(1), new BasicStroke(1.5f));
        plot.addDomainMarker(marker);
        plot.getRenderer().setSeriesPaint(0, ChartTheme.color(0));
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(2f));
        return chart;
    }
}
