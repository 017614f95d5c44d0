package org.lmlens.ui.counts;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.counts.BigramMatrixViewModel.Matrix;
import org.lmlens.ui.counts.BigramMatrixViewModel.Mode;

/** The bigram matrix, SLP3 Fig. 3.1 style: previous word down, next word across, cells shaded by value. */
public final class BigramMatrixView {
    private final BigramMatrixViewModel viewModel;
    private final GridPane grid = new GridPane();
    private final Label caption = new Label();

    public BigramMatrixView(BigramMatrixViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public BigramMatrixViewModel viewModel() {
        return viewModel;
    }

    public Node createView() {
        Label title = new Label();
        title.textProperty().bind(I18n.bind("matrix.title"));
        title.getStyleClass().add("title-4");
        TextField words = new TextField(viewModel.wordsProperty().get());
        words.setId("matrix-words");
        words.setTooltip(new Tooltip());
        words.getTooltip().textProperty().bind(I18n.bind("matrix.words.tooltip"));
        viewModel.wordsProperty().addListener((o, a, w) -> words.setText(w));
        words.setOnAction(e -> viewModel.wordsProperty().set(words.getText()));
        words.focusedProperty().addListener((o, a, f) -> {
            if (!f) {
                viewModel.wordsProperty().set(words.getText());
            }
        });
        ToggleGroup group = new ToggleGroup();
        HBox modes = new HBox();
        modes.getStyleClass().add("segmented");
        for (Mode m : Mode.values()) {
            ToggleButton b = new ToggleButton();
            b.textProperty().bind(I18n.bind("matrix.mode." + m.name().toLowerCase(java.util.Locale.ROOT)));
            b.setToggleGroup(group);
            b.setUserData(m);
            b.setSelected(m == viewModel.modeProperty().get());
            b.setId("matrix-mode-" + m.name().toLowerCase(java.util.Locale.ROOT));
            modes.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true);
            } else {
                viewModel.modeProperty().set((Mode) t.getUserData());
            }
        });
        grid.getStyleClass().add("bigram-matrix");
        grid.setId("bigram-matrix");
        caption.setWrapText(true);
        caption.getStyleClass().add("text-muted");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(false);
        VBox box = new VBox(8, title, words, modes, scroll, caption);
        box.setPadding(new Insets(10));
        viewModel.matrixProperty().addListener((o, a, m) -> render(m));
        I18n.bundleProperty().addListener((o, a, b) -> render(viewModel.matrixProperty().get()));
        return box;
    }

    private void render(Matrix m) {
        grid.getChildren().clear();
        if (m == null) {
            caption.setText("");
            return;
        }
        caption.setText(I18n.get("matrix.caption." + m.mode().name().toLowerCase(java.util.Locale.ROOT)));
        Label corner = new Label();
        corner.getStyleClass().add("matrix-corner");
        corner.setText(I18n.get("matrix.corner"));
        grid.add(corner, 0, 0);
        for (int c = 0; c < m.words().size(); c++) {
            grid.add(header(m.words().get(c)), c + 1, 0);
            grid.add(header(m.words().get(c)), 0, c + 1);
        }
        for (int r = 0; r < m.words().size(); r++) {
            for (int c = 0; c < m.words().size(); c++) {
                grid.add(cell(m.values()[r][c], m), c + 1, r + 1);
            }
        }
    }

    private static Label header(String word) {
        Label l = new Label(word);
        l.getStyleClass().add("matrix-header");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Node cell(double v, Matrix m) {
        Region shade = new Region();
        shade.getStyleClass().add("matrix-shade");
        double intensity = Double.isNaN(v) || m.max() <= 0 ? 0 : Math.sqrt(v / m.max());
        shade.setOpacity(0.08 + 0.72 * intensity);
        Label text = new Label(format(v, m.mode()));
        text.getStyleClass().add(intensity > 0.6 ? "matrix-value-strong" : "matrix-value");
        StackPane p = new StackPane(shade, text);
        p.getStyleClass().add("matrix-cell");
        StackPane.setAlignment(text, Pos.CENTER_RIGHT);
        return p;
    }

    static String format(double v, Mode mode) {
        if (Double.isNaN(v)) {
            return I18n.get("matrix.undefined");
        }
        return switch (mode) {
            case COUNTS -> String.format(I18n.locale(), "%,d", (long) v);
            case PROBABILITIES -> CountsView.probability(v);
            case ADJUSTED -> String.format(I18n.locale(), "%.2f", v);
        };
    }
}
