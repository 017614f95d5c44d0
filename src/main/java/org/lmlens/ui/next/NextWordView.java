package org.lmlens.ui.next;

import java.awt.Paint;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.controlsfx.control.textfield.TextFields;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.charts.ChartTheme;
import org.lmlens.ui.charts.ThemeProbe;
import org.lmlens.ui.common.Names;
import org.lmlens.ui.common.WhenShown;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabView;

/**
 * The Next-word tab: a context field with auto-completion, the context tokens (used ones highlighted),
 * and a bar chart of the most probable next words plus "all others", optionally compared across methods.
 */
public final class NextWordView implements TabView {
    private final NextWordViewModel viewModel;
    private Node root;
    private final ChartViewer viewer = new org.lmlens.ui.common.ObservableChartViewer();
    private final Label message = new Label();
    private final TextFlow contextFlow = new TextFlow();
    private final ThemeProbe theme = new ThemeProbe();
    private final javafx.beans.property.BooleanProperty showOthers = new javafx.beans.property.SimpleBooleanProperty(true);

    public NextWordView(TabContext context) {
        this.viewModel = new NextWordViewModel(context);
    }

    @Override
    public Node node() {
        if (root == null) {
            root = createView();
        }
        return root;
    }

    @Override
    public List<Exported<ChartViewer>> exportedCharts() {
        return List.of(new Exported<>(viewer, "next-word"));
    }

    public NextWordViewModel viewModel() {
        return viewModel;
    }

    public ChartViewer chartViewer() {
        return viewer;
    }

    private Node createView() {
        TextField context = new TextField();
        context.setId("next-context");
        org.lmlens.ui.common.Tips.of(context, "tip.next.context");
        context.promptTextProperty().bind(I18n.bind("next.context.prompt"));
        context.textProperty().bindBidirectional(viewModel.contextProperty());
        HBox.setHgrow(context, Priority.ALWAYS);
        try {
            TextFields.bindAutoCompletion(context, request -> viewModel.suggestions(request.getUserText()));
        } catch (IllegalAccessError e) {
            // JavaFX on the module path without ControlsFX's --add-exports: the field works without completion.
            context.setUserData(e);
        }

        Spinner<Integer> k = org.lmlens.ui.common.Spinners.integer(1, 30, viewModel.topKProperty().get());
        k.valueProperty().addListener((o, a, v) -> viewModel.topKProperty().set(v));
        k.setPrefWidth(80);
        k.setId("next-topk");
        org.lmlens.ui.common.Tips.of(k, "tip.next.topk");
        CheckBox compare = new CheckBox();
        compare.textProperty().bind(I18n.bind("next.compare"));
        compare.selectedProperty().bindBidirectional(viewModel.compareProperty());
        compare.setId("next-compare");
        org.lmlens.ui.common.Tips.of(compare, "tip.next.compare");
        // A menu of check items (not ControlsFX's CheckComboBox, whose text does not follow a language switch).
        MenuButton methods = new MenuButton();
        methods.setId("next-methods");
        org.lmlens.ui.common.Tips.of(methods, "tip.next.methods");
        methods.disableProperty().bind(compare.selectedProperty().not());
        List<SmoothingMethod> all = viewModel.methods();
        for (int i = 0; i < all.size(); i++) {
            SmoothingMethod m = all.get(i);
            CheckMenuItem item = new CheckMenuItem();
            item.setId("next-method-" + m.name());
            item.textProperty().bind(I18n.bind(() -> Names.method(m)));
            item.setSelected(viewModel.setCompared(m, i < 3));
            item.selectedProperty().addListener((o, a, on) -> item.setSelected(viewModel.setCompared(m, on)));
            methods.getItems().add(item);
        }
        methods.textProperty().bind(I18n.bind(() -> String.join(", ", viewModel.comparedMethods().stream()
                .map(Names::method).toList()), viewModel.comparedMethods()));
        Label kLabel = label("next.topk");
        Label contextLabel = label("next.context");
        HBox row1 = new HBox(8, contextLabel, context, kLabel, k);
        row1.setAlignment(Pos.CENTER_LEFT);
        CheckBox others = new CheckBox();
        others.textProperty().bind(I18n.bind("next.showOthers"));
        others.selectedProperty().bindBidirectional(showOthers);
        others.setId("next-show-others");
        org.lmlens.ui.common.Tips.of(others, "tip.next.others");
        HBox row2 = new HBox(16, compare, methods, others);
        row2.setAlignment(Pos.CENTER_LEFT);
        contextFlow.getStyleClass().add("context-flow");
        contextFlow.setId("next-context-flow");

        message.setWrapText(true);
        message.getStyleClass().addAll("chart-message", "title-4");
        message.setId("next-message");
        message.setMaxWidth(560);
        StackPane chartArea = new StackPane(theme, viewer, message);
        VBox.setVgrow(chartArea, Priority.ALWAYS);
        viewer.setId("next-chart");
        VBox box = new VBox(10, row1, row2, contextFlow, chartArea);
        box.setPadding(new Insets(12));
        initListeners();
        return box;
    }

    private static Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.bind(key));
        return l;
    }

    private void initListeners() {
        viewModel.resultProperty().addListener((o, a, r) -> render(r));
        render(viewModel.resultProperty().get());
        WhenShown.onLanguageChange(viewer, () -> render(viewModel.resultProperty().get()));
        theme.onChange(() -> render(viewModel.resultProperty().get()));
        showOthers.addListener((o, a, b) -> render(viewModel.resultProperty().get()));
        viewer.addChartMouseListener(new org.jfree.chart.fx.interaction.ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(org.jfree.chart.fx.interaction.ChartMouseEventFX e) {
                selectWord(e.getEntity());
            }

            @Override
            public void chartMouseMoved(org.jfree.chart.fx.interaction.ChartMouseEventFX e) {
                // selection follows clicks only: hovering over the chart must not change Smoothing explained
            }
        });
    }

    /** A click on a word's bar selects that word (for Smoothing explained); "all others" is not a word. */
    private void selectWord(org.jfree.chart.entity.ChartEntity entity) {
        NextWordResult r = viewModel.resultProperty().get();
        if (entity instanceof org.jfree.chart.entity.CategoryItemEntity item && r != null
                && r.words().contains(String.valueOf(item.getColumnKey()))) {
            viewModel.selectedWordProperty().set(String.valueOf(item.getColumnKey()));
        }
    }

    private void render(NextWordResult r) {
        contextFlow.getChildren().clear();
        if (r == null) {
            return;
        }
        renderContext(r);
        if (!r.isDefined()) {
            viewer.setVisible(false);
            message.setText(r.undefinedMessage());
            message.setVisible(true);
            return;
        }
        message.setVisible(false);
        viewer.setVisible(true);
        viewer.setChart(chart(r));
    }

    private void renderContext(NextWordResult r) {
        long used = r.context().stream().filter(NextWordResult.ContextToken::used).count();
        Text intro = new Text(I18n.get("next.context.used", Math.max(0, viewModel.modelOrder() - 1), used) + "  ");
        intro.getStyleClass().add("context-intro");
        contextFlow.getChildren().add(intro);
        for (NextWordResult.ContextToken t : r.context()) {
            Text w = new Text(t.word() + " ");
            w.getStyleClass().add(t.marker() ? "context-marker" : t.used() ? "context-used" : "context-unused");
            if (t.used()) {
                w.getStyleClass().add("context-in-use");
            }
            if (!t.known()) {
                w.getStyleClass().add("context-unknown");
            }
            contextFlow.getChildren().add(w);
        }
    }

    /** Builds the bar chart (cheap: k+1 bars per method). */
    JFreeChart chart(NextWordResult r) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String others = I18n.get("next.others");
        for (NextWordResult.Series s : r.series()) {
            String name = Names.method(s.method());
            for (int i = 0; i < r.words().size(); i++) {
                data.addValue(s.probabilities()[i], name, r.words().get(i));
            }
            if (showOthers.get()) {
                data.addValue(s.others(), name, others);
            }
        }
        String context = String.join(" ", r.context().stream().filter(NextWordResult.ContextToken::used)
                .map(NextWordResult.ContextToken::word).toList());
        JFreeChart chart = ChartFactory.createBarChart(I18n.get("next.chart.title", context),
                I18n.get("next.chart.x"), I18n.get("next.chart.y"), data, PlotOrientation.VERTICAL,
                r.series().size() > 1, true, false);
        int othersColumn = r.words().size();
        BarRenderer renderer = new BarRenderer() {
            @Override
            public Paint getItemPaint(int row, int column) {
                return column == othersColumn && r.series().size() == 1 ? ChartTheme.OTHERS
                        : super.getItemPaint(row, column);
            }
        };
        renderer.setDefaultToolTipGenerator((dataset, row, column) -> tooltip(r, row, column));
        // Values printed on the bars, so that small probabilities stay readable next to "all others".
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator(
                "{2}", new java.text.DecimalFormat("0.###")));
        renderer.setDefaultItemLabelsVisible(true);
        chart.getCategoryPlot().setRenderer(renderer);
        ChartTheme.styleBars(chart, theme, r.series().size());
        return chart;
    }

    private static String tooltip(NextWordResult r, int row, int column) {
        NextWordResult.Series s = r.series().get(row);
        if (column >= r.words().size()) {
            return I18n.get("next.tooltip.others", Names.method(s.method()), s.others());
        }
        return I18n.get("next.tooltip", Names.method(s.method()), r.words().get(column), s.probabilities()[column],
                r.counts()[column], r.contextCount());
    }

}
