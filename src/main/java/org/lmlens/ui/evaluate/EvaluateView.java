package org.lmlens.ui.evaluate;

import java.io.File;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jfree.chart.fx.ChartViewer;
import org.lmlens.engine.eval.OrderSweep;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.WhenShown;
import org.lmlens.ui.common.Texts;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabView;

/** The Evaluate tab: test vs training perplexity for orders 1..6, per method, on held-out text. */
public final class EvaluateView implements TabView {
    private final EvaluateViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final Slider share = new Slider(5, 50, 10);
    private final Label shareLabel = new Label();
    private final RadioButton splitMode = new RadioButton();
    private final RadioButton fileMode = new RadioButton();
    private final Button chooseFile = new Button();
    private final Label fileLabel = new Label();
    private final VBox methodBoxes = new VBox(4);
    private final Button export = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Label notes = new Label();
    private final ChartViewer chart = new org.lmlens.ui.common.ObservableChartViewer();
    private final TableView<OrderSweep.Point> table = new TableView<>();
    private final org.lmlens.ui.charts.ThemeProbe theme = new org.lmlens.ui.charts.ThemeProbe();

    public EvaluateView(TabContext context) {
        this(new EvaluateViewModel(context));
    }

    @Override
    public java.util.List<Exported<ChartViewer>> exportedCharts() {
        return charts().stream().map(c -> new Exported<>(c, "perplexity-by-order")).toList();
    }

    @Override
    public java.util.List<Exported<javafx.scene.control.TableView<?>>> exportedTables() {
        return tables().stream().<Exported<javafx.scene.control.TableView<?>>>map(t -> new Exported<>(t, "perplexity-by-order")).toList();
    }

    public EvaluateView(EvaluateViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
    }

    @Override
    public Node node() {
        return root;
    }

    private void createView() {
        share.setMajorTickUnit(5);
        share.setMinorTickCount(0);
        share.setSnapToTicks(true);
        share.setShowTickMarks(true);
        share.setShowTickLabels(true);
        share.setValue(viewModel.testShareProperty().get() * 100);
        ToggleGroup mode = new ToggleGroup();
        splitMode.setToggleGroup(mode);
        fileMode.setToggleGroup(mode);
        splitMode.setSelected(true);
        splitMode.textProperty().bind(I18n.bind("evaluate.mode.split"));
        fileMode.textProperty().bind(I18n.bind("evaluate.mode.file"));
        chooseFile.textProperty().bind(I18n.bind("evaluate.chooseFile"));
        export.textProperty().bind(I18n.bind("evaluate.export"));
        export.setId("evaluate-export");
        org.lmlens.ui.common.Tips.of(export, "tip.evaluate.export");
        org.lmlens.ui.common.Tips.of(share, "tip.evaluate.share");
        org.lmlens.ui.common.Tips.of(splitMode, "tip.evaluate.split");
        org.lmlens.ui.common.Tips.of(fileMode, "tip.evaluate.file");
        org.lmlens.ui.common.Tips.of(chooseFile, "tip.evaluate.chooseFile");
        fileLabel.setWrapText(true);
        splitMode.setWrapText(true);
        fileMode.setWrapText(true);
        shareLabel.setWrapText(true);
        notes.setWrapText(true);
        notes.setId("evaluate-notes");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        Label methodsTitle = new Label();
        methodsTitle.textProperty().bind(I18n.bind("evaluate.methods"));
        methodsTitle.setStyle("-fx-font-weight: bold;");
        for (SmoothingMethod m : viewModel.availableMethods()) {
            CheckBox box = new CheckBox();
            box.setId("evaluate-method-" + m.name());
            box.textProperty().bind(I18n.bind(() -> org.lmlens.ui.common.Names.method(m)));
            box.setTooltip(new javafx.scene.control.Tooltip());
            box.getTooltip().textProperty().bind(I18n.bind(() -> org.lmlens.ui.common.Names.description(m)));
            box.setSelected(viewModel.methods().contains(m));
            box.setDisable(!m.isNormalised());
            box.selectedProperty().addListener((o, a, on) -> {
                if (on && !viewModel.methods().contains(m)) {
                    viewModel.methods().add(m);
                } else if (!on) {
                    viewModel.methods().remove(m);
                }
            });
            methodBoxes.getChildren().add(box);
        }
        shareLabel.setWrapText(true);
        notes.setWrapText(true);
        VBox controls = new VBox(10, splitMode, share, shareLabel, fileMode, chooseFile, fileLabel, methodsTitle,
                methodBoxes, export, progress, notes, theme);
        controls.setPadding(new Insets(10));
        controls.setPrefWidth(260);
        controls.setMaxWidth(260);
        controls.setMinWidth(220);
        // scrolls rather than squeezing its labels to one cut line when the window is short (or zoomed)
        javafx.scene.control.ScrollPane side = new javafx.scene.control.ScrollPane(controls);
        side.setFitToWidth(true);
        side.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().add("edge-to-edge");
        root.setLeft(side);

        TableColumn<OrderSweep.Point, String> method = column("evaluate.column.method",
                p -> org.lmlens.ui.common.Names.method(p.method()));
        TableColumn<OrderSweep.Point, String> order = column("evaluate.column.order", p -> String.valueOf(p.order()));
        TableColumn<OrderSweep.Point, String> test = column("evaluate.column.test",
                p -> Texts.number(p.testPerplexity(), 1));
        TableColumn<OrderSweep.Point, String> training = column("evaluate.column.training",
                p -> Texts.number(p.trainingPerplexity(), 1));
        TableColumn<OrderSweep.Point, String> zeros = column("evaluate.column.zeros",
                p -> String.valueOf(p.zeroProbabilityTokens()));
        TableColumn<OrderSweep.Point, String> perCharacter = column("evaluate.column.perCharacter",
                p -> Texts.number(p.testPerplexityPerCharacter(), 2));
        TableColumn<OrderSweep.Point, String> bitsPerCharacter = column("evaluate.column.bitsPerCharacter",
                p -> Texts.number(p.testBitsPerCharacter(), 3));
        method.setPrefWidth(200);
        order.setPrefWidth(62);
        test.setPrefWidth(110);
        training.setPrefWidth(110);
        zeros.setPrefWidth(140);
        perCharacter.setPrefWidth(120);
        bitsPerCharacter.setPrefWidth(100);
        table.getColumns().setAll(List.of(method, order, test, perCharacter, bitsPerCharacter, training, zeros));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(OrderSweep.Point item, boolean empty) {
                super.updateItem(item, empty);
                boolean current = !empty && item != null && viewModel.isCurrentModel(item);
                setStyle(current ? "-fx-font-weight: bold; -fx-background-color: -color-accent-subtle;" : "");
            }
        });
        SplitPane center = new SplitPane(chart, table);
        // chart above the table: both get the tab's full width (side by side, the table's columns were cut)
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.62);
        root.setCenter(center);
    }

    private static TableColumn<OrderSweep.Point, String> column(String key,
                                                                java.util.function.Function<OrderSweep.Point, String> f) {
        TableColumn<OrderSweep.Point, String> c = new TableColumn<>();
        c.textProperty().bind(I18n.bind(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        return c;
    }

    private void initListeners() {
        shareLabel.textProperty().bind(I18n.bind(() -> I18n.get("evaluate.share",
                Math.round(share.getValue())), share.valueProperty()));
        share.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                commitShare();
            }
        });
        share.valueProperty().addListener((o, a, b) -> {
            if (!share.isValueChanging()) {
                commitShare();
            }
        });
        share.disableProperty().bind(fileMode.selectedProperty());
        chooseFile.disableProperty().bind(splitMode.selectedProperty());
        splitMode.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                viewModel.testFileProperty().set(null);
            }
        });
        chooseFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.get("evaluate.chooseFile"));
            File f = chooser.showOpenDialog(root.getScene().getWindow());
            if (f != null) {
                viewModel.testFileProperty().set(f.toPath());
            }
        });
        viewModel.testFileProperty().addListener((o, a, f) -> fileLabel.setText(f == null ? "" : f.getFileName().toString()));
        export.disableProperty().bind(viewModel.resultProperty().isNull());
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(I18n.get("evaluate.export.fileName"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv")); // i18n-ok: CSV format and line breaks
            File f = chooser.showSaveDialog(root.getScene().getWindow());
            if (f != null) {
                try {
                    EvaluateViewModel.writeCsv(viewModel.resultProperty().get(), f.toPath());
                } catch (RuntimeException ex) {
                    notes.setText(Texts.message(ex));
                }
            }
        });
        viewModel.resultProperty().addListener((o, a, r) -> show(r));
        viewModel.modelProperty().addListener((o, a, m) -> table.refresh());
        viewModel.errorProperty().addListener((o, a, m) -> {
            if (m != null) {
                notes.setText(m);
            }
        });
        WhenShown.onLanguageChange(root, () -> show(viewModel.resultProperty().get()));
        theme.onChange(() -> show(viewModel.resultProperty().get()));
        show(viewModel.resultProperty().get());
    }

    private void commitShare() {
        viewModel.testShareProperty().set(Math.round(share.getValue()) / 100.0);
    }

    private void show(OrderSweep.Result r) {
        if (r == null) {
            table.getItems().clear();
            chart.setChart(null);
            return;
        }
        table.getItems().setAll(r.points());
        chart.setChart(org.lmlens.ui.charts.ChartTheme.style(PerplexityChart.create(r), theme));
        StringBuilder sb = new StringBuilder(I18n.get("evaluate.oov", Texts.percent(r.oovRate()), r.testTokens(),
                r.trainingTokens()));
        if (r.points().stream().anyMatch(p -> Double.isInfinite(p.testPerplexity()))) {
            sb.append("\n").append(I18n.get("evaluate.note.infinite")); // i18n-ok: CSV format and line breaks
        }
        if (!r.skipped().isEmpty()) {
            sb.append("\n").append(I18n.get("evaluate.note.skipped", String.join(", ", r.skipped()))); // i18n-ok: CSV format and line breaks
        }
        sb.append("\n").append(I18n.get("evaluate.note.dashed")); // i18n-ok: CSV format and line breaks
        notes.setText(sb.toString());
    }

    /** The perplexity chart, for export, copy and presenter scaling. */
    public java.util.List<ChartViewer> charts() {
        return java.util.List.of(chart);
    }

    /** The perplexity table, for CSV export and copy. */
    public java.util.List<TableView<?>> tables() {
        return java.util.List.of(table);
    }

    TableView<OrderSweep.Point> table() {
        return table;
    }

    ChartViewer chart() {
        return chart;
    }
}
