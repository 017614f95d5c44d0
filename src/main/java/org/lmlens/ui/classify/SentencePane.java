package org.lmlens.ui.classify;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lmlens.engine.classify.Decision;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.Tips;
import org.lmlens.ui.common.Texts;

/**
 * A typed line's decision: a bar per class (its posterior, with the score's two parts), the decision, the
 * log-linear model's posterior beside it, and the per-token table, each token's cell coloured by the class
 * whose model gave it the highest probability (the class it pulls towards).
 */
final class SentencePane {
    private static final double BAR_WIDTH = 260;
    private final ClassifyViewModel viewModel;
    private final TextField input = Tips.of(new TextField(), "tip.classify.sentence");
    private final Label decision = new Label();
    private final GridPane bars = new GridPane();
    private final TableView<Decision.TokenRow> table = new TableView<>();
    private final BorderPane root = new BorderPane();

    SentencePane(ClassifyViewModel viewModel) {
        this.viewModel = viewModel;
        input.textProperty().bindBidirectional(viewModel.sentenceProperty());
        input.promptTextProperty().bind(I18n.bind("classify.sentence.prompt"));
        input.setId("classify-sentence");
        input.getStyleClass().add("classify-input");
        decision.setId("classify-decision");
        decision.getStyleClass().add("classify-decision");
        decision.setWrapText(true);
        bars.setHgap(10);
        bars.setVgap(6);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label());
        VBox top = new VBox(10, input, decision, bars);
        top.setPadding(new Insets(10));
        root.setTop(top);
        root.setCenter(table);
        BorderPane.setMargin(table, new Insets(0, 10, 10, 10));
        viewModel.sentenceResultProperty().addListener((o, a, r) -> render());
        viewModel.resultProperty().addListener((o, a, r) -> render());
        org.lmlens.ui.common.WhenShown.onLanguageChange(root, this::render);
        render();
    }

    Node node() {
        return root;
    }

    TableView<Decision.TokenRow> table() {
        return table;
    }

    private void render() {
        SentenceResult r = viewModel.sentenceResultProperty().get();
        bars.getChildren().clear();
        Decision d = r.decision();
        if (d == null) {
            decision.setText(r.message() != null ? r.message()
                    : I18n.get(viewModel.resultProperty().get() == null ? "classify.sentence.noModel"
                    : "classify.sentence.empty"));
            table.getColumns().clear();
            table.getItems().clear();
            return;
        }
        String model = I18n.get(viewModel.resultProperty().get().naiveBayes()
                ? "classify.model.naiveBayes" : "classify.model.generative");
        decision.setText(d.defined()
                ? I18n.get("classify.decision", d.bestLabel(), Texts.probability(d.posterior()[d.best()]), model)
                : I18n.get("classify.decision.undefined", d.bestLabel()));
        bars.addRow(0, new Label(), header("classify.bars.posterior"), new Label(), header("classify.bars.score"),
                header("classify.bars.logLinear"));
        for (int c = 0; c < d.labels().size(); c++) {
            addBar(d, c, r.logLinearPosterior());
        }
        fillTable(d);
    }

    private void addBar(Decision d, int c, double[] logLinear) {
        Label name = new Label(d.labels().get(c));
        name.getStyleClass().add(c == d.best() ? "classify-best" : "classify-class-name");
        double p = Double.isNaN(d.posterior()[c]) ? 0 : d.posterior()[c];
        Region bar = new Region();
        bar.getStyleClass().addAll("classify-bar", "classify-bar-" + (c % 8 + 1));
        bar.setMinWidth(Math.max(2, p * BAR_WIDTH));
        bar.setPrefWidth(Math.max(2, p * BAR_WIDTH));
        bar.setMaxWidth(Region.USE_PREF_SIZE);
        bar.setMinHeight(18);
        Region track = new Region();
        track.setMinWidth(BAR_WIDTH);
        track.getStyleClass().add("classify-track");
        javafx.scene.layout.StackPane cell = new javafx.scene.layout.StackPane(track, bar);
        cell.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label posterior = fixed(new Label(Texts.probability(d.posterior()[c])));
        posterior.getStyleClass().add(c == d.best() ? "classify-best" : "classify-class-name");
        Label numbers = fixed(new Label(I18n.get("classify.bar", Texts.number(d.logPrior()[c], 2),
                Texts.number(d.logLikelihood()[c], 2), Texts.number(d.score()[c], 2))));
        Label ll = fixed(new Label(logLinear == null ? "…" : Texts.probability(logLinear[c])));
        bars.addRow(c + 1, fixed(name), cell, posterior, numbers, ll);
    }

    private static Label header(String key) {
        Label l = fixed(new Label(I18n.get(key)));
        l.getStyleClass().add("text-muted");
        return l;
    }

    private static Label fixed(Label l) {
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void fillTable(Decision d) {
        TableColumn<Decision.TokenRow, String> token = new TableColumn<>(I18n.get("classify.column.token"));
        token.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().word()
                + (c.getValue().oov() ? " " + I18n.get("classify.oov") : "")));
        TableColumn<Decision.TokenRow, String> context = new TableColumn<>(I18n.get("classify.column.context"));
        context.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.join(" ", c.getValue().context())));
        token.setPrefWidth(80);
        context.setPrefWidth(90);
        table.getColumns().setAll(List.of(token, context));
        for (int k = 0; k < d.labels().size(); k++) {
            table.getColumns().add(classColumn(d.labels().get(k), k));
        }
        TableColumn<Decision.TokenRow, String> towards = new TableColumn<>(I18n.get("classify.column.towards"));
        towards.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(d.labels().get(c.getValue().pulledTowards())
                + "  +" + Texts.number(c.getValue().margin(), 2)));
        towards.setPrefWidth(150);
        table.getColumns().add(towards);
        table.getItems().setAll(d.tokens());
    }

    /** ln P(token | context, class), the cell coloured when this class gave the token its highest probability. */
    private TableColumn<Decision.TokenRow, Double> classColumn(String label, int k) {
        TableColumn<Decision.TokenRow, Double> col = new TableColumn<>(I18n.get("classify.column.logProb", label));
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().logProb()[k]));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                getStyleClass().removeIf(s -> s.startsWith("classify-pull-"));
                if (empty || v == null) {
                    setText(null);
                    return;
                }
                setText(Texts.number(v, 3));
                Decision.TokenRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && row.pulledTowards() == k) {
                    getStyleClass().add("classify-pull-" + (k % 8 + 1));
                }
            }
        });
        col.setPrefWidth(140);
        return col;
    }
}
