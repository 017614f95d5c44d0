package org.lmlens.ui.tokenizer;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.Converters;
import org.lmlens.ui.common.ObservableChartViewer;
import org.lmlens.ui.common.Spinners;
import org.lmlens.ui.common.Tips;
import org.lmlens.ui.common.WhenShown;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabView;
import org.lmlens.ui.charts.ChartTheme;
import org.lmlens.ui.common.Texts;
import org.lmlens.ui.charts.ThemeProbe;

/**
 * The Tokenizer tab: train BPE on the loaded text, scrub through its merges, and hold its tokens against
 * GPT-2's, GPT-3.5/4's and GPT-4o's and against words and characters.
 */
public final class TokenizerLabView implements TabView {
    private final TokenizerLabViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TableView<TokenizerLabViewModel.MergeRow> mergeTable = new TableView<>();
    private final TableView<TokenizerLabViewModel.ComparisonRow> comparison = new TableView<>();
    private final ChartViewer chart = new ObservableChartViewer();
    private final Slider slider = new Slider(0, 1, 1);
    private final Label sliderValue = new Label();
    private final TokenChips topChips;
    private final TokenChips bottomChips;
    private final Label detail = new Label();
    private final TreeView<String> tree = new TreeView<>();
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final ThemeProbe theme = new ThemeProbe();

    public TokenizerLabView(TabContext context) {
        this(new TokenizerLabViewModel(context));
    }

    public TokenizerLabView(TokenizerLabViewModel viewModel) {
        this.viewModel = viewModel;
        topChips = new TokenChips(i -> viewModel.select(0, i));
        bottomChips = new TokenChips(i -> viewModel.select(1, i));
        createView();
        initListeners();
    }

    @Override
    public Node node() {
        return root;
    }

    public TokenizerLabViewModel viewModel() {
        return viewModel;
    }

    @Override
    public List<Exported<ChartViewer>> exportedCharts() {
        return List.of(new Exported<>(chart, "bpe-tokens-per-character"));
    }

    @Override
    public List<Exported<TableView<?>>> exportedTables() {
        return List.of(new Exported<>(mergeTable, "bpe-merges"), // i18n-ok: file name
                new Exported<>(comparison, "tokenizers")); // i18n-ok: file name
    }

    private void createView() {
        Spinner<Integer> merges = Spinners.integer(0, TokenizerLabViewModel.MAX_MERGES, viewModel.mergesProperty().get());
        merges.setEditable(true);
        merges.valueProperty().addListener((o, a, v) -> viewModel.mergesProperty().set(v));
        merges.setId("lab-merges");
        Tips.of(merges, "tip.lab.merges");
        ComboBox<String> split = new ComboBox<>();
        split.getItems().setAll(viewModel.preSplitNames());
        Converters.show(split, p -> I18n.get("lab.preSplit." + p), null);
        split.valueProperty().bindBidirectional(viewModel.preSplitProperty());
        split.setId("lab-pre-split");
        Tips.of(split, "tip.lab.preSplit");
        Button train = new Button();
        train.textProperty().bind(I18n.bind("lab.train"));
        train.setOnAction(e -> viewModel.train());
        train.setId("lab-train");
        Tips.of(train, "tip.lab.train");
        Button cancel = new Button();
        cancel.textProperty().bind(I18n.bind("lab.cancel"));
        cancel.setOnAction(e -> viewModel.cancelTraining());
        cancel.disableProperty().bind(viewModel.busyProperty().not());
        cancel.setId("lab-cancel");
        Tips.of(cancel, "tip.lab.cancel");
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.progressProperty().bind(viewModel.progressProperty());
        status.getStyleClass().add("text-muted");
        HBox bar = new HBox(8, label("lab.merges"), merges, label("lab.preSplit"), split, train, cancel, progress, status);
        for (Node n : bar.getChildren()) {
            if (n != status && n instanceof javafx.scene.layout.Region r) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        merges.setPrefWidth(110);
        status.setMinWidth(0);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        root.setTop(bar);

        mergeColumns();
        mergeTable.setPlaceholder(label("lab.noTraining"));
        mergeTable.getSelectionModel().selectedItemProperty().addListener((o, a, m) -> {
            if (m != null) {
                viewModel.selectMerge(m);
                slider.setValue(m.rank() + 1);
            }
        });
        chart.setPrefSize(380, 240);
        VBox left = new VBox(6, heading("lab.mergeTable"), mergeTable, chart);
        VBox.setVgrow(mergeTable, Priority.ALWAYS);
        left.setPadding(new Insets(4, 4, 4, 8));

        slider.setId("lab-shown-merges");
        Tips.of(slider, "tip.lab.shownMerges");
        slider.setMajorTickUnit(1);
        slider.setBlockIncrement(1);
        HBox sliderRow = new HBox(8, label("lab.afterMerges"), slider, sliderValue);
        HBox.setHgrow(slider, Priority.ALWAYS);
        sliderRow.setAlignment(Pos.CENTER_LEFT);
        ComboBox<String> top = tokenizerChoice(viewModel.topProperty(), "lab-top");
        ComboBox<String> bottom = tokenizerChoice(viewModel.bottomProperty(), "lab-bottom");
        comparisonColumns();
        comparison.setPrefHeight(230);
        comparison.setPlaceholder(label("lab.comparing"));
        comparison.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label compared = new Label();
        compared.textProperty().bind(I18n.bind(() -> I18n.get("lab.compared",
                        String.format("%,d", viewModel.sampleProperty().get() == null ? 0
                                : viewModel.sampleProperty().get().codePointCount(0, viewModel.sampleProperty().get().length()))),
                viewModel.sampleProperty()));
        compared.getStyleClass().add("text-muted");
        VBox center = new VBox(6, sliderRow, top, topChips.node(), bottom, bottomChips.node(), heading("lab.comparison"),
                compared, comparison);
        VBox.setVgrow(topChips.node(), Priority.ALWAYS);
        VBox.setVgrow(bottomChips.node(), Priority.ALWAYS);
        center.setPadding(new Insets(4, 8, 4, 4));

        detail.setWrapText(true);
        detail.setId("lab-detail");
        detail.textProperty().bind(I18n.bind(this::detailText, viewModel.detailProperty()));
        tree.setShowRoot(true);
        tree.setPrefWidth(240);
        VBox right = new VBox(6, heading("lab.token"), detail, tree);
        VBox.setVgrow(tree, Priority.ALWAYS);
        right.setPadding(new Insets(4, 8, 4, 4));
        right.setPrefWidth(250);

        SplitPane split3 = new SplitPane(left, center, right);
        split3.setDividerPositions(0.33, 0.8);
        root.setCenter(split3);
    }

    private ComboBox<String> tokenizerChoice(javafx.beans.property.StringProperty property, String id) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().setAll(viewModel.tokenizerNames());
        Converters.show(c, n -> I18n.get("lab.tokenizer." + n), null);
        c.valueProperty().bindBidirectional(property);
        c.setId(id);
        Tips.of(c, "tip.lab.tokenizer");
        return c;
    }

    private void mergeColumns() {
        TableColumn<TokenizerLabViewModel.MergeRow, String> rank = column("lab.col.rank", m -> String.valueOf(m.rank() + 1));
        TableColumn<TokenizerLabViewModel.MergeRow, String> left = column("lab.col.left", TokenizerLabViewModel.MergeRow::left);
        TableColumn<TokenizerLabViewModel.MergeRow, String> right = column("lab.col.right", TokenizerLabViewModel.MergeRow::right);
        TableColumn<TokenizerLabViewModel.MergeRow, String> token = column("lab.col.token", TokenizerLabViewModel.MergeRow::token);
        TableColumn<TokenizerLabViewModel.MergeRow, String> freq = column("lab.col.frequency",
                m -> String.format("%,d", m.frequency()));
        mergeTable.getColumns().setAll(List.of(rank, left, right, token, freq));
        rank.setPrefWidth(56);
        freq.setPrefWidth(84);
        mergeTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    private void comparisonColumns() {
        comparison.getColumns().setAll(List.of(
                column("lab.col.tokenizer", (TokenizerLabViewModel.ComparisonRow s) -> tokenizerName(s.tokenizer())),
                column("lab.col.tokens", (TokenizerLabViewModel.ComparisonRow s) -> String.format("%,d", s.tokens())),
                column("lab.col.perChar", (TokenizerLabViewModel.ComparisonRow s) -> Texts.number(s.perCharacter(), 3)),
                column("lab.col.perWord", (TokenizerLabViewModel.ComparisonRow s) -> Texts.number(s.perWord(), 3)),
                column("lab.col.vocabulary", (TokenizerLabViewModel.ComparisonRow s) -> String.format("%,d", s.vocabularySize())),
                column("lab.col.split", (TokenizerLabViewModel.ComparisonRow s) -> s.hanCharacters() == 0 ? "–"
                        : I18n.get("lab.splitValue", String.format("%,d", s.splitHanCharacters()),
                        Texts.percent(s.splitShare())))));
    }

    private String tokenizerName(String name) {
        return TokenizerLabViewModel.isOwnBpe(name) ? I18n.get("lab.tokenizer.bpeAt", String.format("%,d", viewModel.shownMergesProperty().get()))
                : I18n.get("lab.tokenizer." + name);
    }

    private static <T> TableColumn<T, String> column(String key, java.util.function.Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(I18n.bind(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private void initListeners() {
        viewModel.learntProperty().addListener((o, a, t) -> showTraining(t));
        viewModel.shownMergesProperty().addListener((o, a, k) -> {
            slider.setValue(k.doubleValue());
            showChart(viewModel.learntProperty().get());
        });
        slider.valueProperty().addListener((o, a, v) -> {
            int k = (int) Math.round(v.doubleValue());
            sliderValue.setText(String.format("%,d", k));
            if (!slider.isValueChanging() || Math.abs(k - viewModel.shownMergesProperty().get()) >= 1) {
                viewModel.shownMergesProperty().set(k);
            }
        });
        viewModel.topChipsProperty().addListener((o, a, c) -> topChips.show(c));
        viewModel.bottomChipsProperty().addListener((o, a, c) -> bottomChips.show(c));
        viewModel.comparisonProperty().addListener((o, a, rows) -> comparison.getItems().setAll(rows));
        viewModel.detailProperty().addListener((o, a, d) -> tree.setRoot(d == null || d.tree() == null ? null
                : TokenChips.treeItems(d.tree())));
        status.textProperty().bind(I18n.bind(this::statusText, viewModel.learntProperty(), viewModel.busyProperty(),
                viewModel.errorProperty()));
        WhenShown.onLanguageChange(root, () -> {
            showTraining(viewModel.learntProperty().get());
            comparison.refresh();
        });
        theme.onChange(() -> showChart(viewModel.learntProperty().get()));
        root.getChildren().add(theme);
        theme.setManaged(false);
    }

    private void showTraining(TokenizerLabViewModel.Learnt t) {
        mergeTable.getItems().setAll(t == null ? List.of() : t.merges());
        slider.setMax(t == null ? 1 : Math.max(1, t.merged()));
        slider.setValue(viewModel.shownMergesProperty().get());
        showChart(t);
    }

    private void showChart(TokenizerLabViewModel.Learnt t) {
        chart.setChart(t == null ? null
                : ChartTheme.style(MergeChart.of(t, viewModel.shownMergesProperty().get()), theme));
    }

    private String statusText() {
        String error = viewModel.errorProperty().get();
        if (error != null) {
            return error;
        }
        if (viewModel.busyProperty().get()) {
            return I18n.get("lab.training");
        }
        TokenizerLabViewModel.Learnt t = viewModel.learntProperty().get();
        if (t == null) {
            return "";
        }
        return I18n.get(t.stoppedEarly() ? "lab.trainedEarly" : "lab.trained", String.format("%,d", t.merged()),
                String.format("%,d", t.asked()), String.format("%,d", t.vocabularySize()));
    }

    private String detailText() {
        TokenizerLabViewModel.TokenDetail d = viewModel.detailProperty().get();
        if (d == null) {
            return I18n.get("lab.clickToken");
        }
        return I18n.get("lab.detail", d.text(), tokenizerName(d.tokenizer()), String.valueOf(d.id()), d.hexBytes());
    }

    private static Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.bind(key));
        return l;
    }

    private static Label heading(String key) {
        Label l = label(key);
        l.getStyleClass().addAll("title-4", "panel-heading");
        return l;
    }
}
