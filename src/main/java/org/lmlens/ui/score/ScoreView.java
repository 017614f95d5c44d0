package org.lmlens.ui.score;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabView;

/** The Score tab: P(s) as a product of conditional probabilities, token by token, optionally for two sentences. */
public final class ScoreView implements TabView {
    private final ScoreViewModel viewModel;
    private final BorderPane root = new BorderPane();
    private final TextArea firstInput = new TextArea();
    private final TextArea secondInput = new TextArea();
    private final CheckBox compare = new CheckBox();
    private final Button shuffle = new Button();
    private final SentencePanel firstPanel = new SentencePanel();
    private final SentencePanel secondPanel = new SentencePanel();

    public ScoreView(TabContext context) {
        this(new ScoreViewModel(context));
    }

    @Override
    public java.util.List<Exported<javafx.scene.control.TableView<?>>> exportedTables() {
        return tables().stream().<Exported<javafx.scene.control.TableView<?>>>map(t -> new Exported<>(t, "sentence-scores")).toList();
    }

    public ScoreView(ScoreViewModel viewModel) {
        this.viewModel = viewModel;
        createView();
        initListeners();
    }

    @Override
    public Node node() {
        return root;
    }

    private void createView() {
        firstInput.setPrefRowCount(2);
        secondInput.setPrefRowCount(2);
        firstInput.setWrapText(true);
        secondInput.setWrapText(true);
        firstInput.promptTextProperty().bind(I18n.bind("score.prompt"));
        secondInput.promptTextProperty().bind(I18n.bind("score.prompt.second"));
        compare.textProperty().bind(I18n.bind("score.compare"));
        shuffle.textProperty().bind(I18n.bind("score.shuffle"));
        shuffle.setId("score-shuffle");
        firstInput.setId("score-first");
        secondInput.setId("score-second");
        org.lmlens.ui.common.Tips.of(firstInput, "tip.score.first");
        org.lmlens.ui.common.Tips.of(secondInput, "tip.score.second");
        org.lmlens.ui.common.Tips.of(compare, "tip.score.compare");
        org.lmlens.ui.common.Tips.of(shuffle, "tip.score.shuffle");
        Label formula = new Label();
        formula.textProperty().bind(I18n.bind("score.chainRule"));
        formula.setStyle("-fx-font-size: 1.1em;");
        formula.setWrapText(true);

        HBox inputs = new HBox(8, firstInput, secondInput);
        HBox.setHgrow(firstInput, Priority.ALWAYS);
        HBox.setHgrow(secondInput, Priority.ALWAYS);
        secondInput.visibleProperty().bind(compare.selectedProperty());
        secondInput.managedProperty().bind(compare.selectedProperty());
        HBox controls = new HBox(12, compare, shuffle, new Region(), legend());
        HBox.setHgrow(controls.getChildren().get(2), Priority.ALWAYS);
        controls.setAlignment(Pos.CENTER_LEFT);

        VBox top = new VBox(8, formula, inputs, controls);
        top.setPadding(new Insets(8));
        root.setTop(top);

        HBox panels = new HBox(12, firstPanel, secondPanel);
        HBox.setHgrow(firstPanel, Priority.ALWAYS);
        HBox.setHgrow(secondPanel, Priority.ALWAYS);
        // equal halves in compare mode: a zero preferred width lets HBox share the space by grow priority only
        for (SentencePanel p : new SentencePanel[] {firstPanel, secondPanel}) {
            p.setMaxWidth(Double.MAX_VALUE);
            p.setPrefWidth(0);
            p.setMinWidth(0);
        }
        secondPanel.visibleProperty().bind(compare.selectedProperty());
        secondPanel.managedProperty().bind(compare.selectedProperty());
        panels.setPadding(new Insets(0, 8, 8, 8));
        root.setCenter(panels);
    }

    /** The colour scale of the token chips. */
    private static Node legend() {
        HBox box = new HBox(6);
        box.setAlignment(Pos.CENTER_RIGHT);
        Label title = new Label();
        title.textProperty().bind(I18n.bind("score.legend"));
        box.getChildren().add(title);
        for (int bin = 0; bin < SentencePanel.BIN_COLOURS.length; bin++) {
            Label l = new Label();
            l.textProperty().bind(I18n.bind("score.legend." + bin));
            l.setStyle("-fx-padding: 2 6 2 6; -fx-background-radius: 4; -fx-background-color: "
                    + SentencePanel.BIN_COLOURS[bin] + ";" + (bin == 4 ? " -fx-text-fill: -color-fg-emphasis;" : "")); // i18n-ok: CSS
            box.getChildren().add(l);
        }
        return box;
    }

    private void initListeners() {
        firstInput.textProperty().bindBidirectional(viewModel.firstProperty());
        secondInput.textProperty().bindBidirectional(viewModel.secondProperty());
        compare.selectedProperty().bindBidirectional(viewModel.compareProperty());
        shuffle.setOnAction(e -> viewModel.shuffle());
        shuffle.disableProperty().bind(viewModel.firstProperty().isEmpty());
        viewModel.firstResultProperty().addListener((o, a, r) -> firstPanel.show(r));
        viewModel.secondResultProperty().addListener((o, a, r) -> secondPanel.show(r));
        firstPanel.show(viewModel.firstResultProperty().get());
        secondPanel.show(viewModel.secondResultProperty().get());
    }

    /** The token tables of both sentences, for CSV export and copy. */
    public java.util.List<javafx.scene.control.TableView<?>> tables() {
        return java.util.List.of(firstPanel.table(), secondPanel.table());
    }

    SentencePanel firstPanel() {
        return firstPanel;
    }

    SentencePanel secondPanel() {
        return secondPanel;
    }
}
