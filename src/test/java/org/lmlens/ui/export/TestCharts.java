package org.lmlens.ui.export;

import java.awt.BasicStroke;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lmlens.ui.common.Fonts;

/** A chart and a table like the app's: P(w | I) under MLE and add-one, Chinese labels included. */
public final class TestCharts {
    /** One row of the test table. */
    public record Row(String ngram, long count, double probability) {
    }

    public static final List<Row> ROWS = List.of(new Row("I am", 2, 2.0 / 3), new Row("I do", 1, 1.0 / 3),
            new Row("床前 明月", 1, 0.25), new Row("say \"hi\", then", 0, 0.0));

    private TestCharts() {
    }

    public static JFreeChart barChart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String[] words = {"am", "do", "Sam", "</s>", "明月"};
        double[] mle = {2.0 / 3, 1.0 / 3, 0, 0, 0};
        for (int i = 0; i < words.length; i++) {
            data.addValue(mle[i], "MLE", words[i]);
            data.addValue((mle[i] * 3 + 1) / (3 + 12), "Laplace", words[i]);
        }
        JFreeChart chart = ChartFactory.createBarChart("P(w | I) — 条件概率", "w", "P", data,
                PlotOrientation.VERTICAL, true, false, false);
        chart.getTitle().setFont(Fonts.awt(java.awt.Font.BOLD, 18f));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setTickLabelFont(Fonts.awt(java.awt.Font.PLAIN, 12f));
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(1.5f));
        return chart;
    }

    public static TableView<Row> table() {
        TableView<Row> table = new TableView<>(FXCollections.observableArrayList(ROWS));
        TableColumn<Row, String> ngram = new TableColumn<>("n 元组");
        ngram.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().ngram()));
        TableColumn<Row, Long> count = new TableColumn<>("count");
        count.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().count()));
        TableColumn<Row, Double> p = new TableColumn<>("P(w | h)");
        p.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().probability()));
        table.getColumns().add(ngram);
        table.getColumns().add(count);
        table.getColumns().add(p);
        return table;
    }
}
