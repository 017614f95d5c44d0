package org.lmlens.ui.classify;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.lmlens.engine.classify.ClassificationReport;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.Tips;
import org.lmlens.ui.common.Texts;

/**
 * Held-out evaluation of both classifiers: accuracy and macro-F1, precision / recall / F1 per class side by
 * side, and one model's confusion matrix as a heat map (row = true class); clicking a cell lists its lines.
 */
final class EvaluationPane {
    private final ClassifyViewModel viewModel;
    private final RadioButton generative = Tips.of(new RadioButton(), "tip.classify.matrix.generative");
    private final RadioButton logLinear = Tips.of(new RadioButton(), "tip.classify.matrix.logLinear");
    private final Label summary = new Label();
    private final TableView<Integer> metrics = new TableView<>();
    private final GridPane matrix = new GridPane();
    private final Label cellTitle = new Label();
    private final ListView<String> cellLines = new ListView<>();
    private final ScrollPane root;

    EvaluationPane(ClassifyViewModel viewModel) {
        this.viewModel = viewModel;
        ToggleGroup group = new ToggleGroup();
        generative.setToggleGroup(group);
        logLinear.setToggleGroup(group);
        generative.setSelected(true);
        generative.textProperty().bind(I18n.bind("classify.matrix.generative"));
        logLinear.textProperty().bind(I18n.bind("classify.matrix.logLinear"));
        group.selectedToggleProperty().addListener((o, a, b) -> renderMatrix());
        summary.setWrapText(true);
        summary.setId("classify-summary");
        summary.getStyleClass().add("classify-summary");
        metrics.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        metrics.setPrefHeight(180);
        metrics.setPlaceholder(new Label());
        matrix.setId("classify-matrix");
        cellTitle.setWrapText(true);
        cellTitle.textProperty().bind(viewModel.cellTitleProperty());
        cellLines.setItems(viewModel.cellLines());
        cellLines.setPrefHeight(160);
        cellLines.setId("classify-cell-lines");
        Label hint = new Label();
        hint.textProperty().bind(I18n.bind("classify.matrix.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox content = new VBox(10, summary, metrics, new HBox(16, generative, logLinear), hint, matrix, cellTitle,
                cellLines);
        content.setPadding(new Insets(10));
        VBox.setVgrow(cellLines, Priority.ALWAYS);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        viewModel.resultProperty().addListener((o, a, r) -> render());
        org.lmlens.ui.common.WhenShown.onLanguageChange(root, this::render);
        render();
    }

    Node node() {
        return root;
    }

    TableView<Integer> table() {
        return metrics;
    }

    private void render() {
        ClassifyResult r = viewModel.resultProperty().get();
        metrics.getColumns().clear();
        metrics.getItems().clear();
        if (r == null || r.generativeReport() == null) {
            summary.setText(I18n.get(r == null ? "classify.eval.none" : "classify.eval.noTest"));
            renderMatrix();
            return;
        }
        ClassificationReport g = r.generativeReport();
        ClassificationReport l = r.logLinearReport();
        String name = I18n.get(r.naiveBayes() ? "classify.model.naiveBayes" : "classify.model.generative");
        summary.setText(I18n.get("classify.eval.summary", name, Texts.percent(g.accuracy()), Texts.number(g.macroF1(), 3),
                l == null ? "…" : Texts.percent(l.accuracy()), l == null ? "…" : Texts.number(l.macroF1(), 3),
                g.total()));
        List<TableColumn<Integer, ?>> cols = new ArrayList<>();
        cols.add(Columns.text(I18n.get("classify.column.class"), c -> r.data().labels().get(c)));
        cols.add(group(name, c -> Texts.number(g.precision(c), 3), c -> Texts.number(g.recall(c), 3),
                c -> Texts.number(g.f1(c), 3)));
        cols.add(group(I18n.get("classify.model.logLinear"), c -> l == null ? "…" : Texts.number(l.precision(c), 3),
                c -> l == null ? "…" : Texts.number(l.recall(c), 3), c -> l == null ? "…" : Texts.number(l.f1(c), 3)));
        metrics.getColumns().setAll(cols);
        for (int c = 0; c < r.data().classCount(); c++) {
            metrics.getItems().add(c);
        }
        renderMatrix();
    }

    /** A model's precision, recall and F1 under one heading. */
    private static TableColumn<Integer, String> group(String model, java.util.function.Function<Integer, String> p,
                                                      java.util.function.Function<Integer, String> r,
                                                      java.util.function.Function<Integer, String> f1) {
        TableColumn<Integer, String> parent = new TableColumn<>(model);
        parent.setPrefWidth(330);
        parent.getColumns().setAll(List.of(Columns.text(I18n.get("classify.column.precision"), p),
                Columns.text(I18n.get("classify.column.recall"), r), Columns.text(I18n.get("classify.column.f1"), f1)));
        return parent;
    }

    private void renderMatrix() {
        matrix.getChildren().clear();
        ClassifyResult r = viewModel.resultProperty().get();
        boolean ofLogLinear = logLinear.isSelected();
        ClassificationReport report = r == null ? null : ofLogLinear ? r.logLinearReport() : r.generativeReport();
        if (report == null) {
            return;
        }
        List<String> labels = report.labels();
        Label corner = new Label(I18n.get("classify.matrix.corner"));
        corner.getStyleClass().add("matrix-corner");
        matrix.add(corner, 0, 0);
        for (int p = 0; p < labels.size(); p++) {
            Label h = new Label(labels.get(p));
            h.getStyleClass().add("matrix-header");
            matrix.add(h, p + 1, 0);
        }
        for (int g = 0; g < labels.size(); g++) {
            Label h = new Label(labels.get(g));
            h.getStyleClass().add("matrix-header");
            matrix.add(h, 0, g + 1);
            int rowTotal = 0;
            for (int p = 0; p < labels.size(); p++) {
                rowTotal += report.count(g, p);
            }
            for (int p = 0; p < labels.size(); p++) {
                matrix.add(cell(report.count(g, p), rowTotal, g == p, ofLogLinear, g, p), p + 1, g + 1);
            }
        }
    }

    /** A cell shaded by its share of the row (the true class's lines), clickable for its lines. */
    private Node cell(int count, int rowTotal, boolean diagonal, boolean ofLogLinear, int g, int p) {
        Region shade = new Region();
        shade.getStyleClass().add("matrix-shade");
        shade.setOpacity(rowTotal == 0 ? 0 : 0.08 + 0.8 * count / (double) rowTotal);
        Label value = new Label(Integer.toString(count));
        value.getStyleClass().add(diagonal ? "matrix-value-strong" : "matrix-value");
        StackPane cell = new StackPane(shade, value);
        cell.setAlignment(Pos.CENTER);
        cell.getStyleClass().addAll("matrix-cell", "classify-matrix-cell");
        cell.setMinWidth(64);
        cell.setOnMouseClicked(e -> viewModel.selectCell(ofLogLinear, g, p));
        return cell;
    }
}
