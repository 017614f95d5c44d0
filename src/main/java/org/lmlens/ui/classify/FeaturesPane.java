package org.lmlens.ui.classify;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.lmlens.engine.classify.IndicativeNgrams;
import org.lmlens.engine.classify.LogLinearClassifier;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.Tips;
import org.lmlens.ui.common.Texts;

/**
 * What each model learnt about one class, side by side: the generative models' most indicative n-grams
 * (log-probability ratios) and the log-linear model's largest weights.
 */
final class FeaturesPane {
    private final ClassifyViewModel viewModel;
    private final ComboBox<String> classChoice = Tips.of(new ComboBox<>(), "tip.classify.featureClass");
    private final TableView<IndicativeNgrams.Entry> ratios = new TableView<>();
    private final TableView<LogLinearClassifier.Weight> weights = new TableView<>();
    private final Label ratiosTitle = new Label();
    private final Label weightsTitle = new Label();
    private final BorderPane root = new BorderPane();

    FeaturesPane(ClassifyViewModel viewModel) {
        this.viewModel = viewModel;
        classChoice.setId("classify-feature-class");
        classChoice.valueProperty().addListener((o, a, b) -> fill());
        ratiosTitle.getStyleClass().add("panel-heading");
        weightsTitle.getStyleClass().add("panel-heading");
        ratiosTitle.setWrapText(true);
        weightsTitle.setWrapText(true);
        ratios.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        weights.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ratios.setPlaceholder(new Label());
        weights.setPlaceholder(new Label());
        VBox left = new VBox(6, ratiosTitle, ratios);
        VBox right = new VBox(6, weightsTitle, weights);
        VBox.setVgrow(ratios, Priority.ALWAYS);
        VBox.setVgrow(weights, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        Label choose = new Label();
        choose.textProperty().bind(I18n.bind("classify.features.class"));
        Label note = new Label();
        note.textProperty().bind(I18n.bind("classify.features.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        VBox top = new VBox(6, new HBox(8, choose, classChoice), note);
        root.setTop(top);
        root.setCenter(new HBox(12, left, right));
        root.setPadding(new Insets(10));
        BorderPane.setMargin(top, new Insets(0, 0, 8, 0));
        viewModel.resultProperty().addListener((o, a, r) -> render());
        org.lmlens.ui.common.WhenShown.onLanguageChange(root, this::render);
        render();
    }

    Node node() {
        return root;
    }

    List<TableView<?>> tables() {
        return List.of(ratios, weights);
    }

    private void render() {
        ClassifyResult r = viewModel.resultProperty().get();
        List<String> labels = r == null ? List.of() : r.data().labels();
        String keep = classChoice.getValue();
        if (!classChoice.getItems().equals(labels)) {
            classChoice.getItems().setAll(labels);
        }
        classChoice.setValue(keep != null && labels.contains(keep) ? keep : labels.isEmpty() ? null : labels.get(0));
        ratios.getColumns().setAll(List.of(
                Columns.text(I18n.get("classify.column.ngram"), (IndicativeNgrams.Entry e) -> String.join(" ", e.ngram())),
                Columns.text(I18n.get("classify.column.count"), (IndicativeNgrams.Entry e) -> String.valueOf(e.count())),
                Columns.text(I18n.get("classify.column.logRatio"), (IndicativeNgrams.Entry e) -> Texts.number(e.logRatio(), 3))));
        weights.getColumns().setAll(List.of(
                Columns.text(I18n.get("classify.column.ngram"), (LogLinearClassifier.Weight w) -> String.join(" ", w.ngram())),
                Columns.text(I18n.get("classify.column.weight"), (LogLinearClassifier.Weight w) -> Texts.number(w.weight(), 3))));
        fill();
    }

    private void fill() {
        ClassifyResult r = viewModel.resultProperty().get();
        int c = r == null || classChoice.getValue() == null ? -1 : r.data().indexOf(classChoice.getValue());
        if (c < 0) {
            ratios.getItems().clear();
            weights.getItems().clear();
            ratiosTitle.setText("");
            weightsTitle.setText("");
            return;
        }
        ratiosTitle.setText(I18n.get(r.naiveBayes() ? "classify.features.ratios.nb"
                : "classify.features.ratios", r.settings().order()));
        ratios.getItems().setAll(r.indicative().get(c));
        weightsTitle.setText(r.topWeights() == null ? I18n.get("classify.features.weights.pending")
                : I18n.get("classify.features.weights", r.features().size(), r.features().order()));
        weights.getItems().setAll(r.topWeights() == null ? List.of() : r.topWeights().get(c));
    }
}
