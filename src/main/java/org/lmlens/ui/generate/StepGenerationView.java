package org.lmlens.ui.generate;

import java.awt.Color;
import java.awt.Paint;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.WhenShown;
import org.lmlens.ui.charts.ChartTheme;
import org.lmlens.ui.common.Texts;

/** Step-by-step generation: press Step, see the distribution, the drawn word, and the sentence grow. */
public final class StepGenerationView {
    private final StepGenerationViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final Button step = new Button();
    private final Button reset = new Button();
    private final Slider temperature = new Slider(0.1, 3.0, 1.0);
    private final Label temperatureLabel = new Label();
    private final Spinner<Integer> topK = new Spinner<>(0, 100, 0);
    private final Spinner<Integer> seed = new Spinner<>(0, Integer.MAX_VALUE, 42);
    private final FlowPane sentence = new FlowPane(4, 6);
    private final Label context = new Label();
    private final ChartViewer chart = new org.lmlens.ui.common.ObservableChartViewer();
    private final org.lmlens.ui.charts.ThemeProbe theme = new org.lmlens.ui.charts.ThemeProbe();

    public StepGenerationView(StepGenerationViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
    }

    public Node node() {
        return root;
    }

    private void createView() {
        step.textProperty().bind(I18n.bind("step.step"));
        step.setId("step-step");
        org.lmlens.ui.common.Tips.of(step, "tip.step.step");
        reset.textProperty().bind(I18n.bind("step.reset"));
        reset.setId("step-reset");
        org.lmlens.ui.common.Tips.of(reset, "tip.step.reset");
        temperature.setPrefWidth(220);
        temperature.setShowTickLabels(true);
        temperature.setMajorTickUnit(0.5);
        temperature.setId("step-temperature");
        org.lmlens.ui.common.Tips.of(temperature, "tip.step.temperature");
        org.lmlens.ui.common.Tips.of(topK, "tip.step.topk");
        org.lmlens.ui.common.Tips.of(seed, "tip.step.seed");
        Label topKLabel = new Label();
        topKLabel.textProperty().bind(I18n.bind("step.topK"));
        Label seedLabel = new Label();
        seedLabel.textProperty().bind(I18n.bind("step.seed"));
        topK.setPrefWidth(80);
        seed.setPrefWidth(110);
        seed.setEditable(true);
        topK.setEditable(true);
        HBox controls = new HBox(10, step, reset, temperatureLabel, temperature, topKLabel, topK, seedLabel, seed);
        controls.setAlignment(Pos.CENTER_LEFT);
        sentence.setPadding(new Insets(6));
        sentence.setMinHeight(44);
        sentence.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 6;");
        context.setWrapText(true);
        context.setStyle("-fx-font-size: 1.1em;");
        VBox top = new VBox(8, controls, sentence, context, theme);
        top.setPadding(new Insets(8));
        root.setTop(top);
        chart.setPrefSize(700, 380);
        root.setCenter(chart);
    }

    private void initListeners() {
        step.setOnAction(e -> viewModel.step());
        reset.setOnAction(e -> viewModel.reset());
        step.disableProperty().bind(viewModel.finishedProperty());
        temperature.valueProperty().bindBidirectional(viewModel.temperatureProperty());
        temperatureLabel.textProperty().bind(I18n.bind(() -> I18n.get("step.temperature",
                Texts.number(temperature.getValue(), 2)), temperature.valueProperty()));
        topK.valueProperty().addListener((o, a, k) -> viewModel.topKProperty().set(k));
        seed.valueProperty().addListener((o, a, s) -> viewModel.seedProperty().set(s));
        viewModel.words().addListener((javafx.collections.ListChangeListener<String>) c -> showSentence());
        viewModel.displayProperty().addListener((o, a, d) -> show(d));
        viewModel.finishedProperty().addListener((o, a, b) -> showSentence());
        WhenShown.onLanguageChange(root, () -> show(viewModel.displayProperty().get()));
        theme.onChange(() -> show(viewModel.displayProperty().get()));
        showSentence();
        show(viewModel.displayProperty().get());
    }

    private void showSentence() {
        sentence.getChildren().clear();
        sentence.getChildren().add(chip(GenerateViewModel.START, "-fx-text-fill: -color-fg-muted;"));
        int n = viewModel.words().size();
        for (int i = 0; i < n; i++) {
            sentence.getChildren().add(chip(viewModel.words().get(i), i == n - 1
                    ? "-fx-background-color: -color-accent-muted;" : ""));
        }
        if (viewModel.finishedProperty().get()) {
            sentence.getChildren().add(chip(GenerateViewModel.END, "-fx-text-fill: -color-fg-muted;"));
        }
    }

    private static Label chip(String text, String style) {
        Label l = new Label(text);
        l.setStyle("-fx-padding: 3 7 3 7; -fx-background-radius: 4; -fx-font-size: 1.2em; " + style);
        return l;
    }

    private void show(StepGenerationViewModel.Display d) {
        if (d == null) {
            return;
        }
        if (d.error() != null) {
            context.setText(d.error());
            chart.setChart(null);
            return;
        }
        context.setText(d.drawn() == null ? I18n.get("step.context", String.join(" ", d.context()))
                : I18n.get("step.drawn", String.join(" ", d.context()), d.drawn()));
        JFreeChart c = ChartTheme.style(chart(d, viewModel.temperatureProperty().get()), theme);
        ((CategoryPlot) c.getPlot()).getDomainAxis().setTickLabelFont(ChartTheme.font(16f));
        chart.setChart(c);
    }

    static JFreeChart chart(StepGenerationViewModel.Display d, double t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String model = I18n.get("step.series.model");
        String shaped = I18n.get("step.series.shaped", Texts.number(t, 2));
        for (StepGenerationViewModel.Bar b : d.bars()) {
            data.addValue(b.probability(), model, b.word());
            data.addValue(b.shaped(), shaped, b.word());
        }
        int drawnColumn = d.drawn() == null ? -1 : data.getColumnIndex(d.drawn());
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                if (column == drawnColumn && row == 1) {
                    return ChartTheme.color(1);
                }
                return row == 0 ? new Color(0xB0B0B0) : ChartTheme.color(0);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.06); // one or two candidate words: bars, not walls
        renderer.setSeriesPaint(0, new Color(0xB0B0B0));
        renderer.setSeriesPaint(1, ChartTheme.color(0));
        CategoryAxis x = new CategoryAxis();
        // short words (Chinese characters) read best upright; longer ones need the slant to fit
        boolean shortWords = d.bars().stream().allMatch(b -> b.word().length() <= 3);
        x.setCategoryLabelPositions(shortWords ? CategoryLabelPositions.STANDARD : CategoryLabelPositions.UP_45);
        NumberAxis y = new NumberAxis(I18n.get("step.axis"));
        y.setNumberFormatOverride(new java.text.DecimalFormat("0.#####"));
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        String title = d.drawn() == null ? I18n.get("step.chart.title", String.join(" ", d.context()))
                : I18n.get("step.chart.titleDrawn", String.join(" ", d.context()), d.drawn());
        JFreeChart chart = new JFreeChart(title, ChartTheme.font(16f), plot, true);
        return ChartTheme.style(chart);
    }

    /** The step chart, for export, copy and presenter scaling. */
    public java.util.List<ChartViewer> charts() {
        return java.util.List.of(chart);
    }

    ChartViewer chartViewer() {
        return chart;
    }

    FlowPane sentence() {
        return sentence;
    }
}
