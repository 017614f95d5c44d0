package org.lmlens.ui.classify;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYSeriesCollection;
import org.lmlens.engine.classify.LossPoint;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.Converters;
import org.lmlens.ui.common.Names;
import org.lmlens.ui.common.ObservableChartViewer;
import org.lmlens.ui.common.Spinners;
import org.lmlens.ui.common.Tips;
import org.lmlens.ui.common.WhenShown;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabView;

/**
 * The Classify tab: the class set and both models' settings on the left; on the right a typed line's
 * decision, the held-out evaluation with its confusion heat map, what each model learnt per class, and
 * the loss and learning curves.
 */
public final class ClassifyView implements TabView {
    private final ClassifyViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final SentencePane sentence;
    private final EvaluationPane evaluation;
    private final FeaturesPane features;
    private final ObservableChartViewer lossChart = new ObservableChartViewer();
    private final ObservableChartViewer curveChart = new ObservableChartViewer();
    private XYSeriesCollection lossData;

    public ClassifyView(TabContext context) {
        this(new ClassifyViewModel(context, Platform::runLater));
    }

    public ClassifyView(ClassifyViewModel viewModel) {
        this.viewModel = viewModel;
        this.sentence = new SentencePane(viewModel);
        this.evaluation = new EvaluationPane(viewModel);
        this.features = new FeaturesPane(viewModel);
        createView();
        initListeners();
    }

    @Override
    public Node node() {
        return root;
    }

    public ClassifyViewModel viewModel() {
        return viewModel;
    }

    @Override
    public List<Exported<ChartViewer>> exportedCharts() {
        return List.of(new Exported<>(lossChart, "classify-loss"), new Exported<>(curveChart, "classify-learning-curve"));
    }

    @Override
    public List<Exported<TableView<?>>> exportedTables() {
        List<Exported<TableView<?>>> out = new ArrayList<>(List.of(new Exported<>(sentence.table(), "classify-tokens"),
                new Exported<>(evaluation.table(), "classify-metrics")));
        List<TableView<?>> f = features.tables();
        out.add(new Exported<>(f.get(0), "classify-log-ratios"));
        out.add(new Exported<>(f.get(1), "classify-weights"));
        return out;
    }

    /** The tables, in the order of {@link #exportedTables()} (tests). */
    List<TableView<?>> tables() {
        return exportedTables().stream().<TableView<?>>map(Exported::node).toList();
    }

    private void createView() {
        VBox controls = new VBox(12, new ClassSetPane(viewModel).node(), settings(), actions());
        controls.setPadding(new Insets(10));
        controls.setPrefWidth(300);
        ScrollPane side = new ScrollPane(controls);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().addAll("edge-to-edge", "control-panel-scroll");
        side.setMinWidth(260);
        side.setPrefWidth(310);
        root.setLeft(side);
        TabPane views = new TabPane(tab("classify.tab.sentence", sentence.node()),
                tab("classify.tab.evaluation", evaluation.node()), tab("classify.tab.features", features.node()),
                tab("classify.tab.training", trainingView()));
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        views.setId("classify-views");
        detachHidden(views);
        root.setCenter(views);
    }

    /**
     * Keeps only the selected view's content in the scene graph, as the main window does with its tabs: a
     * new result then fills the hidden views' tables without styling and laying them out, each being laid
     * out when shown. Every view stays attached until the first pulse in a scene has made its skins, so
     * that showing one later only lays it out.
     */
    private static void detachHidden(TabPane views) {
        Node[] contents = views.getTabs().stream().map(Tab::getContent).toArray(Node[]::new);
        boolean[] started = {false};
        Runnable attach = () -> {
            int shown = views.getSelectionModel().getSelectedIndex();
            for (int i = 0; i < contents.length; i++) {
                views.getTabs().get(i).setContent(i == shown ? contents[i] : null);
            }
        };
        views.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (started[0]) {
                attach.run();
            }
        });
        views.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null && !started[0]) {
                started[0] = true;
                org.lmlens.ui.common.AfterPulse.run(views, attach);
            }
        });
    }

    private static Tab tab(String key, Node content) {
        Tab t = new Tab();
        t.textProperty().bind(I18n.bind(key));
        t.setContent(content);
        return t;
    }

    private Node settings() {
        Label heading = new Label();
        heading.textProperty().bind(I18n.bind("classify.settings"));
        heading.getStyleClass().add("panel-heading");
        Spinner<Integer> order = Tips.of(Spinners.integer(1, 5, viewModel.orderProperty().get()), "tip.classify.order");
        order.valueProperty().addListener((o, a, b) -> viewModel.orderProperty().set(b));
        ComboBox<SmoothingMethod> method = Tips.of(new ComboBox<>(), "tip.classify.method");
        method.getItems().setAll(viewModel.methods());
        method.setValue(viewModel.methodProperty().get());
        Converters.show(method, Names::method, Names::description);
        method.valueProperty().bindBidirectional(viewModel.methodProperty());
        ComboBox<String> tokenizer = Tips.of(new ComboBox<>(), "tip.classify.tokenizer");
        tokenizer.getItems().setAll(viewModel.tokenizers());
        Converters.show(tokenizer, viewModel::tokenizerName, null);
        tokenizer.valueProperty().bindBidirectional(viewModel.tokenizerProperty());
        CheckBox prior = Tips.of(new CheckBox(), "tip.classify.prior");
        prior.textProperty().bind(I18n.bind("classify.prior.sizes"));
        prior.selectedProperty().bindBidirectional(viewModel.sizePriorProperty());
        prior.setWrapText(true);
        Spinner<Integer> epochs = Tips.of(Spinners.integer(1, 500, viewModel.epochsProperty().get()), "tip.classify.epochs");
        epochs.valueProperty().addListener((o, a, b) -> viewModel.epochsProperty().set(b));
        TextField l2 = Tips.of(new TextField(Double.toString(viewModel.l2Property().get())), "tip.classify.l2");
        l2.textProperty().addListener((o, a, b) -> {
            try {
                viewModel.l2Property().set(Math.max(0, Double.parseDouble(b.strip())));
            } catch (NumberFormatException e) {
                // keep the last valid value while the user types
            }
        });
        Label kind = new Label();
        kind.textProperty().bind(I18n.bind(() -> I18n.get(viewModel.isNaiveBayes() ? "classify.kind.naiveBayes"
                : "classify.kind.generative"), viewModel.orderProperty(), viewModel.methodProperty()));
        kind.getStyleClass().add("method-description");
        kind.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("classify.order"), order);
        grid.addRow(1, label("classify.method"), method);
        grid.addRow(2, label("classify.tokenizer"), tokenizer);
        grid.addRow(3, label("classify.epochs"), epochs);
        grid.addRow(4, label("classify.l2"), l2);
        method.setMaxWidth(Double.MAX_VALUE);
        tokenizer.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(method, Priority.ALWAYS);
        return new VBox(6, heading, grid, prior, kind);
    }

    private static Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.bind(key));
        return l;
    }

    private Node actions() {
        Button train = Tips.of(new Button(), "tip.classify.train");
        train.textProperty().bind(I18n.bind("classify.train"));
        train.setDefaultButton(true);
        train.setMaxWidth(Double.MAX_VALUE);
        train.setId("classify-train");
        train.setOnAction(e -> viewModel.train());
        Button curve = Tips.of(new Button(), "tip.classify.curve");
        curve.textProperty().bind(I18n.bind("classify.curve"));
        curve.setMaxWidth(Double.MAX_VALUE);
        curve.setId("classify-curve");
        curve.disableProperty().bind(viewModel.resultProperty().isNull().or(viewModel.curveRunningProperty()));
        curve.setOnAction(e -> viewModel.learningCurve());
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(viewModel.runningProperty().or(viewModel.curveRunningProperty()));
        progress.progressProperty().bind(viewModel.progressProperty());
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        Label error = new Label();
        error.textProperty().bind(viewModel.errorProperty());
        error.getStyleClass().add("classify-error");
        error.setWrapText(true);
        error.setId("classify-error");
        return new VBox(8, train, curve, progress, status, error);
    }

    private Node trainingView() {
        lossChart.setMinHeight(220);
        curveChart.setMinHeight(220);
        Label note = new Label();
        note.textProperty().bind(I18n.bind("classify.curve.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        VBox box = new VBox(8, lossChart, note, curveChart);
        VBox.setVgrow(lossChart, Priority.ALWAYS);
        VBox.setVgrow(curveChart, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private void initListeners() {
        viewModel.loss().addListener((ListChangeListener<LossPoint>) c -> {
            while (c.next()) {
                if (c.wasRemoved() || lossData == null) {
                    renderLoss();
                    return;
                }
                c.getAddedSubList().forEach(p -> TrainingCharts.add(lossData, p));
            }
        });
        viewModel.curve().addListener((ListChangeListener<Object>) c -> renderCurve());
        WhenShown.onLanguageChange(root, () -> {
            renderLoss();
            renderCurve();
        });
        renderLoss();
        renderCurve();
    }

    private void renderLoss() {
        lossData = TrainingCharts.lossData(viewModel.loss());
        lossChart.setChart(TrainingCharts.loss(lossData));
    }

    private void renderCurve() {
        ClassifyResult r = viewModel.resultProperty().get();
        String name = I18n.get(r != null && r.naiveBayes() ? "classify.model.naiveBayes"
                : "classify.model.generative");
        curveChart.setChart(TrainingCharts.learningCurve(List.copyOf(viewModel.curve()), name));
    }
}
