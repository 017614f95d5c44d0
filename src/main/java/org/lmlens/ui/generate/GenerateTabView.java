package org.lmlens.ui.generate;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import org.jfree.chart.fx.ChartViewer;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabView;

/**
 * The Generate tab: whole sentences sampled from the model above, and the same sampling one word at a
 * time below (the distribution each word is drawn from). A word of a generated sentence opens its
 * distribution in Next word.
 */
public final class GenerateTabView implements TabView {
    private final GenerateView sentences;
    private final StepGenerationView step;
    private Node root;

    public GenerateTabView(TabContext context) {
        this.sentences = new GenerateView(new GenerateViewModel(context), context.links()::showInNextWord);
        this.step = new StepGenerationView(new StepGenerationViewModel(context));
    }

    @Override
    public Node node() {
        if (root == null) {
            TitledPane stepPane = new TitledPane(null, step.node());
            stepPane.textProperty().bind(I18n.bind("teach.tab.step"));
            stepPane.setId("step-pane");
            stepPane.setCollapsible(false);
            stepPane.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
            SplitPane split = new SplitPane(sentences.createView(), stepPane);
            split.setOrientation(Orientation.VERTICAL);
            split.setDividerPositions(0.36);
            root = split;
        }
        return root;
    }

    public GenerateView sentencesView() {
        return sentences;
    }

    public StepGenerationView stepView() {
        return step;
    }

    @Override
    public List<Exported<ChartViewer>> exportedCharts() {
        List<Exported<ChartViewer>> out = new ArrayList<>();
        step.charts().forEach(c -> out.add(new Exported<>(c, "step-by-step")));
        return out;
    }
}
