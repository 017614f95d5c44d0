package org.lmlens.ui.neural;

import java.awt.BasicStroke;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lmlens.engine.neural.lm.LossPoint;
import org.lmlens.engine.neural.lm.NeuralConfig;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.ObservableChartViewer;
import org.lmlens.ui.common.Spinners;
import org.lmlens.ui.common.Tips;
import org.lmlens.ui.common.WhenShown;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabView;
import org.lmlens.ui.charts.ChartTheme;
import org.lmlens.ui.charts.ThemeProbe;

/**
 * The Neural tab: the training controls on the left, the live loss curves in the middle and, for the
 * softmax bigram, softmax(W) beside the count table (MLE) of the same words, filling in as training runs.
 */
public final class NeuralView implements TabView {
    private static final List<Double> RATES = List.of(0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0);
    private static final List<Double> PENALTIES = List.of(0.0, 1e-5, 1e-4, 1e-3, 1e-2, 0.1);

    private final NeuralViewModel viewModel;
    private final ObservableChartViewer chart = new ObservableChartViewer();
    private final ThemeProbe theme = new ThemeProbe();
    /** Their keys are set to the translated names at each redraw. */
    private final XYSeries train = new XYSeries(0, false, true);
    private final XYSeries heldOut = new XYSeries(1, false, true);
    private final GridPane neuralGrid = new GridPane();
    private final GridPane countsGrid = new GridPane();
    private Node node;
    private ComboBox<NeuralConfig.Kind> kindBox;

    public NeuralView(TabContext context) {
        this.viewModel = new NeuralViewModel(context);
    }

    public NeuralViewModel viewModel() {
        return viewModel;
    }

    @Override
    public Node node() {
        if (node == null) {
            node = build();
        }
        return node;
    }

    @Override
    public List<Exported<ChartViewer>> exportedCharts() {
        return List.of(new Exported<>(chart, "neural-loss"));
    }

    private Node build() {
        BorderPane root = new BorderPane();
        root.setLeft(controls());
        chart.setId("neural-loss-chart");
        chart.setMinSize(320, 240);
        Label matrixCaption = caption("neural.matrix.caption");
        Label neuralTitle = title("neural.matrix.neural");
        Label countsTitle = title("neural.matrix.counts");
        for (Label l : List.of(matrixCaption, neuralTitle, countsTitle)) {
            l.setMaxWidth(440);
        }
        VBox matrices = new VBox(6, neuralTitle, neuralGrid, countsTitle, countsGrid, matrixCaption);
        matrices.setPadding(new Insets(10));
        neuralGrid.getStyleClass().add("bigram-matrix");
        countsGrid.getStyleClass().add("bigram-matrix");
        neuralGrid.setId("neural-softmax-matrix");
        ScrollPane scroll = new ScrollPane(matrices);
        scroll.setFitToWidth(false);
        scroll.setPrefWidth(470);
        root.setCenter(chart);
        root.setRight(scroll);
        root.getChildren().add(theme);
        viewModel.curve().addListener((ListChangeListener<LossPoint>) change -> curveChanged());
        viewModel.matricesProperty().addListener((o, a, m) -> showMatrices(m));
        theme.onChange(this::redrawChart);
        WhenShown.onLanguageChange(root, () -> {
            kindBox.setButtonCell(kindCell());
            redrawChart();
        });
        redrawChart();
        return root;
    }

    private Node controls() {
        ComboBox<NeuralConfig.Kind> kind = new ComboBox<>();
        kind.getItems().setAll(NeuralConfig.Kind.values());
        kind.setConverter(converter(k -> I18n.get("neural.kind." + k.cliName())));
        kind.setButtonCell(kindCell());
        kindBox = kind;
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        kind.setId("neural-kind");
        Tips.of(kind, "tip.neural.kind");
        ComboBox<Double> rate = choice(RATES, viewModel.learningRateProperty().get(), "neural-lr", "tip.neural.lr");
        rate.valueProperty().addListener((o, a, v) -> viewModel.learningRateProperty().set(v));
        ComboBox<Double> penalty = choice(PENALTIES, viewModel.l2Property().get(), "neural-l2", "tip.neural.l2");
        penalty.valueProperty().addListener((o, a, v) -> viewModel.l2Property().set(v));
        Spinner<Integer> batch = spinner(1, 4096, viewModel.batchSizeProperty(), "neural-batch", "tip.neural.batch");
        Spinner<Integer> steps = spinner(1, 100_000, viewModel.stepsProperty(), "neural-steps", "tip.neural.steps");
        Spinner<Integer> context = spinner(1, 9, viewModel.contextLengthProperty(), "neural-context", "tip.neural.context");
        Spinner<Integer> embedding = spinner(1, 256, viewModel.embeddingSizeProperty(), "neural-embedding",
                "tip.neural.embedding");
        Spinner<Integer> hidden = spinner(1, 1024, viewModel.hiddenSizeProperty(), "neural-hidden", "tip.neural.hidden");
        var mlpOnly = viewModel.kindProperty().isEqualTo(NeuralConfig.Kind.BIGRAM);
        // The shape and the batch are fixed once a run has started (reset to change them); the rate is live.
        var configured = viewModel.stateProperty().isNotEqualTo(NeuralViewModel.State.IDLE);
        kind.disableProperty().bind(configured);
        penalty.disableProperty().bind(configured);
        batch.disableProperty().bind(configured);
        context.disableProperty().bind(configured.or(mlpOnly));
        embedding.disableProperty().bind(configured.or(mlpOnly));
        hidden.disableProperty().bind(configured.or(mlpOnly));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int row = 0;
        for (Object[] r : new Object[][] {{"neural.kind", kind}, {"neural.lr", rate}, {"neural.batch", batch},
                {"neural.steps", steps}, {"neural.l2", penalty}, {"neural.context", context},
                {"neural.embedding", embedding}, {"neural.hidden", hidden}}) {
            Label l = new Label();
            l.textProperty().bind(I18n.bind((String) r[0]));
            form.add(l, 0, row);
            form.add((Node) r[1], 1, row++);
        }
        var state = viewModel.stateProperty();
        Button start = button("neural.start", "neural-start", viewModel::start);
        start.disableProperty().bind(state.isNotEqualTo(NeuralViewModel.State.IDLE));
        Button pause = button("neural.pause", "neural-pause", viewModel::pause);
        pause.disableProperty().bind(state.isNotEqualTo(NeuralViewModel.State.RUNNING));
        Button resume = button("neural.resume", "neural-resume", viewModel::resume);
        resume.disableProperty().bind(state.isNotEqualTo(NeuralViewModel.State.PAUSED));
        Button step = button("neural.step", "neural-step", viewModel::stepOnce);
        step.disableProperty().bind(state.isEqualTo(NeuralViewModel.State.RUNNING).or(viewModel.busyProperty()));
        Button reset = button("neural.reset", "neural-reset", viewModel::reset);
        Button compare = button("neural.compare", "neural-compare", viewModel::compare);
        compare.disableProperty().bind(viewModel.trainedProperty().isNull());
        HBox run = new HBox(6, start, pause, resume);
        HBox more = new HBox(6, step, reset, compare);
        Label compared = new Label();
        compared.setWrapText(true);
        compared.setId("neural-comparison");
        viewModel.comparisonProperty().addListener((o, a, list) -> compared.setText(comparisonText(list)));
        Label status = new Label();
        status.setWrapText(true);
        status.setId("neural-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add("text-muted");
        WhenShown.onLanguageChange(compared, () -> compared.setText(comparisonText(viewModel.comparisonProperty().get())));
        VBox box = new VBox(10, title("neural.title"), form, run, more, status, compared, caption("neural.explain"));
        box.setPadding(new Insets(10));
        box.setPrefWidth(300);
        box.setMaxWidth(320);
        // Labels keep their full height and the column scrolls on a short window, rather than clipping them.
        for (Node n : List.of(status, compared)) {
            ((Label) n).setMinHeight(Region.USE_PREF_SIZE);
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(320);
        return scroll;
    }

    /** "Held-out perplexity (order N): neural 183.5 · Laplace 247.2 · …", or nothing before a comparison. */
    private static String comparisonText(List<NeuralViewModel.Comparison> list) {
        if (list.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(I18n.get("neural.comparison", list.get(0).order()));
        for (NeuralViewModel.Comparison c : list) {
            String name = c.method().startsWith("neural-") ? I18n.get("neural.kind." + c.method().substring(7))
                    : org.lmlens.ui.common.Names.method(c.method());
            sb.append(System.lineSeparator()).append(name).append(": ").append(String.format(Locale.ROOT, "%.1f", c.perplexity()));
        }
        return sb.toString();
    }

    /** The chosen model's name, in the language of the moment (a new cell after a language switch). */
    private static javafx.scene.control.ListCell<NeuralConfig.Kind> kindCell() {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(NeuralConfig.Kind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? "" : I18n.get("neural.kind." + k.cliName()));
            }
        };
    }

    private static Label title(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.bind(key));
        l.setWrapText(true);
        l.getStyleClass().add("title-4");
        return l;
    }

    private static Label caption(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.bind(key));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static Button button(String key, String id, Runnable action) {
        Button b = new Button();
        b.textProperty().bind(I18n.bind(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        Tips.of(b, "tip." + key);
        return b;
    }

    private static ComboBox<Double> choice(List<Double> values, double initial, String id, String tip) {
        ComboBox<Double> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setValue(values.contains(initial) ? initial : values.get(0));
        box.setConverter(converter(v -> v == 0 ? "0" : String.format(Locale.ROOT, "%g", v).replaceAll("\\.?0+(e|$)", "$1")));
        box.setId(id);
        Tips.of(box, tip);
        return box;
    }

    private static Spinner<Integer> spinner(int min, int max, javafx.beans.property.IntegerProperty p, String id,
                                            String tip) {
        Spinner<Integer> s = Spinners.integer(min, max, p.get());
        s.setPrefWidth(110);
        s.valueProperty().addListener((o, a, v) -> p.set(v));
        s.setId(id);
        Tips.of(s, tip);
        return s;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void curveChanged() {
        List<LossPoint> points = viewModel.curve();
        if (points.isEmpty()) {
            train.clear();
            heldOut.clear();
            return;
        }
        LossPoint last = points.get(points.size() - 1);
        train.add(last.step(), last.trainLoss());
        if (last.hasValidation()) {
            heldOut.add(last.step(), last.validationLoss());
        }
        redrawChart();
    }

    private void redrawChart() {
        train.setKey(I18n.get("neural.series.train"));
        heldOut.setKey(I18n.get("neural.series.heldOut"));
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(train);
        data.addSeries(heldOut);
        NumberAxis x = new NumberAxis(I18n.get("neural.axis.step"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis(I18n.get("neural.axis.loss"));
        y.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, train.getItemCount() < 40);
        renderer.setSeriesPaint(0, ChartTheme.color(0));
        renderer.setSeriesPaint(1, ChartTheme.color(1));
        renderer.setSeriesStroke(0, new BasicStroke(1.5f));
        renderer.setSeriesStroke(1, new BasicStroke(2.5f));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart c = new JFreeChart(I18n.get("neural.chart.title"), ChartTheme.font(16f), plot, true);
        chart.setChart(ChartTheme.style(c, theme));
    }

    private void showMatrices(NeuralViewModel.Matrices m) {
        fill(neuralGrid, m, true);
        fill(countsGrid, m, false);
    }

    /** The matrix as shaded cells (opacity ∝ √p, as the Counts tab's matrix), previous word down, next across. */
    private static void fill(GridPane grid, NeuralViewModel.Matrices m, boolean neural) {
        grid.getChildren().clear();
        if (m == null) {
            return;
        }
        for (int c = 0; c < m.columns().size(); c++) {
            grid.add(header(m.columns().get(c)), c + 1, 0);
        }
        double[][] values = neural ? m.neural() : m.counts();
        for (int r = 0; r < m.rows().size(); r++) {
            grid.add(header(m.rows().get(r)), 0, r + 1);
            for (int c = 0; c < m.columns().size(); c++) {
                double v = values[r][c];
                Region shade = new Region();
                shade.getStyleClass().add("matrix-shade");
                shade.setOpacity(Double.isNaN(v) ? 0 : 0.08 + 0.72 * Math.sqrt(v));
                Label value = new Label(Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v)); // i18n-ok: number
                value.getStyleClass().add(v > 0.36 ? "matrix-value-strong" : "matrix-value");
                StackPane cell = new StackPane(shade, value);
                cell.getStyleClass().add("matrix-cell");
                StackPane.setAlignment(value, Pos.CENTER_RIGHT);
                grid.add(cell, c + 1, r + 1);
            }
        }
    }

    private static Label header(String word) {
        Label l = new Label(word);
        l.getStyleClass().add("matrix-header");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
