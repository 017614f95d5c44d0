package org.lmlens.ui.corpus;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lmlens.engine.model.CorpusStatistics;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.WhenShown;
import org.lmlens.ui.charts.ChartTheme;
import org.lmlens.ui.common.Texts;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabView;

/** The Corpus tab: size and vocabulary, Zipf's law, count-of-counts and sparsity by order. */
public final class CorpusView implements TabView {
    private final CorpusViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final GridPane summary = new GridPane();
    private final ChartViewer zipf = new org.lmlens.ui.common.ObservableChartViewer();
    private final ChartViewer sparsity = new org.lmlens.ui.common.ObservableChartViewer();
    private final TableView<long[]> countOfCounts = new TableView<>();
    private final TableColumn<long[], String> cColumn = new TableColumn<>("c"); // i18n-ok: table column id
    /** The N_c column of each order shown so far (index order-1), kept between results. */
    private final List<TableColumn<long[], String>> orderColumns = new ArrayList<>();
    private final Label error = new Label();
    private final org.lmlens.ui.charts.ThemeProbe theme = new org.lmlens.ui.charts.ThemeProbe();

    public CorpusView(TabContext context) {
        this(new CorpusViewModel(context));
    }

    @Override
    public java.util.List<Exported<ChartViewer>> exportedCharts() {
        return charts().stream().map(c -> new Exported<>(c, "corpus-chart")).toList();
    }

    @Override
    public java.util.List<Exported<javafx.scene.control.TableView<?>>> exportedTables() {
        return tables().stream().<Exported<javafx.scene.control.TableView<?>>>map(t -> new Exported<>(t, "count-of-counts")).toList();
    }

    public CorpusView(CorpusViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
    }

    @Override
    public Node node() {
        return root;
    }

    private void createView() {
        summary.setHgap(18);
        summary.setVgap(4);
        summary.setPadding(new Insets(8));
        error.setStyle("-fx-text-fill: -color-danger-fg;");
        Label ncTitle = new Label();
        ncTitle.textProperty().bind(I18n.bind("corpus.nc.title"));
        ncTitle.setWrapText(true);
        ncTitle.setStyle("-fx-font-weight: bold;");
        countOfCounts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        countOfCounts.setPrefHeight(300);
        cColumn.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(String.valueOf(d.getValue()[0])));
        VBox left = new VBox(8, summary, ncTitle, countOfCounts, error, theme);
        VBox.setVgrow(countOfCounts, Priority.ALWAYS);
        left.setPadding(new Insets(8));
        left.setPrefWidth(500);
        javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
        keys.setMinWidth(150);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(150);
        summary.getColumnConstraints().setAll(keys, values);
        root.setLeft(left);
        GridPane charts = new GridPane();
        charts.add(zipf, 0, 0);
        charts.add(sparsity, 0, 1);
        GridPane.setHgrow(zipf, Priority.ALWAYS);
        GridPane.setHgrow(sparsity, Priority.ALWAYS);
        GridPane.setVgrow(zipf, Priority.ALWAYS);
        GridPane.setVgrow(sparsity, Priority.ALWAYS);
        zipf.setPrefSize(560, 320);
        sparsity.setPrefSize(560, 260);
        root.setCenter(charts);
    }

    private void initListeners() {
        viewModel.statsProperty().addListener((o, a, s) -> show(s));
        viewModel.errorProperty().addListener((o, a, m) -> error.setText(m == null ? "" : m));
        WhenShown.onLanguageChange(root, () -> show(viewModel.statsProperty().get()));
        theme.onChange(() -> show(viewModel.statsProperty().get()));
        show(viewModel.statsProperty().get());
    }

    private void show(CorpusViewModel.Stats s) {
        if (s == null) {
            summary.getChildren().clear();
            return;
        }
        CorpusStatistics.Summary sum = s.summary();
        row(0, "corpus.sentences", String.format("%,d", sum.sentences()));
        row(1, "corpus.tokens", String.format("%,d", sum.tokens()));
        row(2, "corpus.types", String.format("%,d", sum.types()));
        row(3, "corpus.ttr", Texts.number(sum.typeTokenRatio(), 4));
        row(4, "corpus.hapax", I18n.get("corpus.hapax.value", String.format("%,d", sum.hapax()),
                Texts.percent(sum.types() == 0 ? Double.NaN : (double) sum.hapax() / sum.types())));
        row(5, "corpus.zipf", s.zipf().defined() ? I18n.get("corpus.zipf.value", Texts.number(s.zipf().slope(), 3),
                Texts.number(s.zipf().r2(), 3)) : I18n.get("corpus.zipf.undefined"));
        showCountOfCounts(s.countOfCounts());
        zipf.setChart(ChartTheme.style(zipfChart(s.zipf()), theme));
        sparsity.setChart(s.unseenShare() == null ? null : ChartTheme.style(sparsityChart(s.unseenShare()), theme));
    }

    /**
     * Sets row {@code r} of the summary, reusing its two labels when they are there: new labels would be
     * styled and laid out from scratch, in the FX event that opens the tab (the statistics are computed when
     * the tab is first shown).
     */
    private void row(int r, String key, String value) {
        if (summary.getChildren().size() < 2 * (r + 1)) {
            Label k = new Label();
            Label v = new Label();
            k.setWrapText(true);
            v.setWrapText(true);
            v.setStyle("-fx-font-weight: bold;");
            summary.addRow(r, k, v);
        }
        ((Label) summary.getChildren().get(2 * r)).setText(I18n.get(key));
        ((Label) summary.getChildren().get(2 * r + 1)).setText(value);
    }

    /**
     * Shows N_c for orders 1..{@code nc.length}. The columns are made once and kept (only their headers
     * follow the language): replacing them made every row build all its cells again, a large part of the
     * FX thread's work when the tab was opened.
     */
    private void showCountOfCounts(long[][] nc) {
        while (orderColumns.size() < nc.length) {
            int order = orderColumns.size() + 1;
            TableColumn<long[], String> col = new TableColumn<>();
            col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(
                    order < d.getValue().length ? String.format("%,d", d.getValue()[order]) : ""));
            orderColumns.add(col);
        }
        for (int k = 1; k <= orderColumns.size(); k++) {
            orderColumns.get(k - 1).setText(I18n.get("corpus.nc.order", k));
        }
        List<TableColumn<long[], ?>> shown = new ArrayList<>();
        shown.add(cColumn);
        shown.addAll(orderColumns.subList(0, nc.length));
        if (!countOfCounts.getColumns().equals(shown)) {
            countOfCounts.getColumns().setAll(shown);
        }
        List<long[]> rows = new ArrayList<>();
        for (int cc = 1; cc <= CorpusViewModel.MAX_C; cc++) {
            long[] row = new long[nc.length + 1];
            row[0] = cc;
            for (int k = 0; k < nc.length; k++) {
                row[k + 1] = nc[k][cc - 1];
            }
            rows.add(row);
        }
        countOfCounts.getItems().setAll(rows);
    }

    /** Ranks plotted: every rank up to 200, then about 400 log-spaced ranks (a big vocabulary would be slow). */
    static List<Integer> plottedRanks(int types) {
        List<Integer> ranks = new ArrayList<>();
        for (int r = 1; r <= Math.min(types, 200); r++) {
            ranks.add(r);
        }
        if (types > 200) {
            double step = Math.pow((double) types / 200, 1.0 / 400);
            double x = 200;
            while (true) {
                x *= step;
                int r = (int) Math.round(x);
                if (r > types) {
                    break;
                }
                if (r > ranks.get(ranks.size() - 1)) {
                    ranks.add(r);
                }
            }
            if (ranks.get(ranks.size() - 1) != types) {
                ranks.add(types);
            }
        }
        return ranks;
    }

    static JFreeChart zipfChart(CorpusStatistics.ZipfFit fit) {
        long[] f = fit.frequencies();
        XYSeries observed = new XYSeries(I18n.get("corpus.zipf.observed"), true, false);
        for (int r : plottedRanks(f.length)) {
            observed.add(r, f[r - 1]);
        }
        XYSeries fitted = new XYSeries(fit.defined() ? I18n.get("corpus.zipf.fitted", Texts.number(fit.slope(), 2))
                : I18n.get("corpus.zipf.undefined"), true, false);
        if (fit.defined()) {
            fitted.add(1, fit.fitted(1));
            fitted.add(f.length, fit.fitted(f.length));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(observed);
        data.addSeries(fitted);
        LogAxis x = new LogAxis(I18n.get("corpus.zipf.rank"));
        LogAxis y = new LogAxis(I18n.get("corpus.zipf.frequency"));
        x.setSmallestValue(1);
        y.setSmallestValue(0.5);
        x.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
        y.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
        if (f.length >= 2) {
            ChartTheme.decadeTicks(x, 1, f.length);
            ChartTheme.decadeTicks(y, Math.min(f[f.length - 1], fit.fitted(f.length)), Math.max(f[0], fit.fitted(1)));
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setSeriesPaint(0, ChartTheme.color(0));
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesPaint(1, ChartTheme.color(1));
        renderer.setSeriesStroke(1, new BasicStroke(2.5f));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        return ChartTheme.style(new JFreeChart(I18n.get("corpus.zipf.title"), ChartTheme.font(16f), plot, true));
    }

    static JFreeChart sparsityChart(double[] unseen) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = I18n.get("corpus.sparsity.series");
        for (int k = 1; k <= unseen.length; k++) {
            data.addValue(unseen[k - 1] * 100, series, I18n.get("corpus.nc.order", k));
        }
        NumberAxis y = new NumberAxis(I18n.get("corpus.sparsity.axis"));
        y.setRange(0, 112); // room for the percentage printed above a 100 % bar
        y.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(20)); // ticks stop at 100 %
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartTheme.color(1));
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2} %",
                new java.text.DecimalFormat("0.0")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartTheme.font(12f));
        renderer.setDefaultItemLabelPaint(Color.DARK_GRAY);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), y, renderer);
        JFreeChart chart = new JFreeChart(I18n.get("corpus.sparsity.title"), ChartTheme.font(16f), plot, false);
        if (unseen.length < org.lmlens.ui.session.SessionViewModel.MAX_ORDER) {
            // Higher orders have no bar: say why instead of leaving a gap.
            chart.addSubtitle(new org.jfree.chart.title.TextTitle(I18n.get("corpus.sparsity.short", unseen.length),
                    ChartTheme.font(12f)));
        }
        return ChartTheme.style(chart);
    }

    /** The charts (Zipf, sparsity), for export, copy and presenter scaling. */
    public java.util.List<ChartViewer> charts() {
        return java.util.List.of(zipf, sparsity);
    }

    /** The count-of-counts table, for CSV export and copy. */
    public java.util.List<javafx.scene.control.TableView<?>> tables() {
        return java.util.List.of(countOfCounts);
    }

    ChartViewer zipfViewer() {
        return zipf;
    }

    ChartViewer sparsityViewer() {
        return sparsity;
    }

    TableView<long[]> countOfCountsTable() {
        return countOfCounts;
    }

    GridPane summary() {
        return summary;
    }
}
