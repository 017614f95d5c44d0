package org.lmlens.ui.explain;

import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.WhenShown;
import org.lmlens.ui.charts.ChartTheme;
import org.lmlens.ui.common.Texts;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabView;

/** Smoothing explained: formula, formula with numbers, a plain-language paragraph, and the mass moved to unseen words. */
public final class ExplainView implements TabView {
    /** Formula size in points: readable from the back of a classroom. */
    static final float FORMULA_SIZE = 26f;

    private final ExplainViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label paragraph = new Label();
    private final ImageView general = new ImageView();
    private final Label caseLabel = new Label();
    private final ImageView substituted = new ImageView();
    private final Label check = new Label();
    private final Label lowerLevels = new Label();
    private final ChartViewer mass = new org.lmlens.ui.common.ObservableChartViewer();
    private final org.lmlens.ui.charts.ThemeProbe colourProbe = new org.lmlens.ui.charts.ThemeProbe();

    public ExplainView(TabContext context) {
        this(new ExplainViewModel(context));
    }

    @Override
    public java.util.List<Exported<ChartViewer>> exportedCharts() {
        return charts().stream().map(c -> new Exported<>(c, "probability-mass")).toList();
    }

    public ExplainView(ExplainViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
    }

    @Override
    public Node node() {
        return root;
    }

    private void createView() {
        title.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");
        paragraph.setWrapText(true);
        paragraph.setStyle("-fx-font-size: 1.1em;");
        caseLabel.setStyle("-fx-font-weight: bold;");
        caseLabel.setWrapText(true);
        check.setWrapText(true);
        check.setStyle("-fx-font-size: 1.1em;");
        check.setId("explain-check");
        general.setId("explain-general");
        substituted.setId("explain-substituted");
        lowerLevels.setWrapText(true);
        lowerLevels.setStyle("-fx-font-family: monospace; -fx-font-size: 1.05em;");
        lowerLevels.managedProperty().bind(lowerLevels.textProperty().isNotEmpty());
        VBox content = new VBox(12, title, general, paragraph, caseLabel, substituted, check, lowerLevels, colourProbe);
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        paragraph.maxWidthProperty().bind(scroll.widthProperty().subtract(40));
        root.setCenter(scroll);
        mass.setPrefSize(360, 320);
        root.setRight(mass);
    }

    private void initListeners() {
        viewModel.resultProperty().addListener((o, a, r) -> show(r));
        WhenShown.onLanguageChange(root, () -> show(viewModel.resultProperty().get()));
        // The formulas take the theme's colour, known once the view is first in a scene. Later visits
        // (its tab set aside and back, TabHost) redraw nothing: theme and language changes
        // come through the colour probe and WhenShown.
        root.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene a, javafx.scene.Scene scene) {
                if (scene != null) {
                    root.sceneProperty().removeListener(this);
                    show(viewModel.resultProperty().get());
                }
            }
        });
        colourProbe.onChange(() -> show(viewModel.resultProperty().get()));
        show(viewModel.resultProperty().get());
    }

    private Color foreground() {
        return colourProbe.foreground();
    }

    private void show(ExplainResult r) {
        if (r == null) {
            return;
        }
        // the main window's bundle names methods as method.<name>.name; the bare name until then
        title.setText(I18n.get("explain.title", I18n.getOrDefault("method." + r.method() + ".name", r.method())));
        String key = "explain.paragraph." + r.method();
        paragraph.setText(I18n.getOrDefault(key, I18n.get("explain.paragraph.generic")));
        lowerLevels.setText(lowerLevelText(r.explanation()));
        if (r.error() != null) {
            viewModel.cancelFormulas();
            general.setImage(null);
            substituted.setImage(null);
            caseLabel.setText("");
            check.setText(r.error());
            mass.setChart(null);
            return;
        }
        Color fg = foreground();
        viewModel.renderFormulas(Arrays.asList(r.general(), r.substituted()), FORMULA_SIZE, LatexImage.awt(fg), images -> {
            general.setImage(LatexImage.toFx(images.get(0)));
            substituted.setImage(LatexImage.toFx(images.get(1)));
            // a screen reader reads the formulas' LaTeX source
            general.setAccessibleText(r.general());
            substituted.setAccessibleText(r.substituted());
        });
        if (r.substituted() == null) {
            caseLabel.setText(I18n.get("explain.chooseWord"));
            check.setText("");
        } else {
            caseLabel.setText(I18n.get("explain.case", r.word(), String.join(" ", r.context())));
            String engine = Texts.probability(r.probability());
            if (!r.defined()) {
                check.setText(I18n.get("explain.undefined", String.join(" ", r.context()), r.method()));
                check.setStyle("-fx-font-size: 1.1em; -fx-text-fill: -color-danger-fg;");
            } else if (r.matches()) {
                check.setText(I18n.get("explain.check.ok", engine));
                check.setStyle("-fx-font-size: 1.1em; -fx-text-fill: -color-success-fg;");
            } else {
                check.setText(I18n.get("explain.check.mismatch", Texts.probability(r.formulaValue()), engine));
                check.setStyle("-fx-font-size: 1.1em; -fx-text-fill: -color-danger-fg;");
            }
        }
        mass.setChart(ChartTheme.style(massChart(r), colourProbe));
    }

    /**
     * The recursion of an interpolating or backing-off method, one line per shorter context (the
     * explanation's {@code lower} chain), or empty for methods that use one context only.
     */
    static String lowerLevelText(org.lmlens.engine.smoothing.Explanation e) {
        if (e == null || e.lower() == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(I18n.get("explain.lower.title"));
        for (var level = e.lower(); level != null; level = level.lower()) {
            sb.append('\n').append(I18n.get("explain.lower.level", level.order() + 1, level.count(),
                    level.contextCount(), Texts.probability(level.discount()),
                    Texts.probability(level.lowerOrderWeight()), Texts.probability(level.probability())));
        }
        return sb.toString();
    }

    static JFreeChart massChart(ExplainResult r) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String seen = I18n.get("explain.mass.seen");
        String unseen = I18n.get("explain.mass.unseen");
        String method = org.lmlens.ui.common.Names.method(r.method());
        data.addValue(r.seenMass(), method, seen);
        data.addValue(r.unseenMass(), method, unseen);
        String mle = I18n.get("explain.mass.mle");
        data.addValue(r.mleSeenMass().isPresent() ? r.mleSeenMass().getAsDouble() : null, mle, seen);
        data.addValue(r.mleSeenMass().isPresent() ? 1 - r.mleSeenMass().getAsDouble() : null, mle, unseen);
        NumberAxis y = new NumberAxis(I18n.get("explain.mass.axis"));
        y.setRange(0, 1.1);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartTheme.color(0));
        renderer.setSeriesPaint(1, ChartTheme.color(7));
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new java.text.DecimalFormat("0.000")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartTheme.font(12f));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), y, renderer);
        return ChartTheme.style(new JFreeChart(I18n.get("explain.mass.title", String.join(" ", r.context())),
                ChartTheme.font(14f), plot, true));
    }

    ImageView substitutedImage() {
        return substituted;
    }

    ImageView generalImage() {
        return general;
    }

    Label check() {
        return check;
    }

    /** The probability-mass chart, for export, copy and presenter scaling. */
    public java.util.List<ChartViewer> charts() {
        return java.util.List.of(mass);
    }

    ChartViewer massViewer() {
        return mass;
    }
}
