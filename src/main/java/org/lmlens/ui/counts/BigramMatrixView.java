package org.lmlens.ui.counts;

import java.util.List;
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
import org.lmlens.ui.common.WhenShown;
import org.lmlens.ui.counts.BigramMatrixViewModel.Matrix;
import org.lmlens.ui.counts.BigramMatrixViewModel.Mode;

/** The bigram matrix, SLP3 Fig. 3.1 style: previous word down, next word across, cells shaded by value. */
public final class BigramMatrixView {
    private final BigramMatrixViewModel viewModel;
    private final GridPane grid = new GridPane();
    private final Label caption = new Label();
    private List<String> shownWords = List.of();
    private Region[][] shades = new Region[0][0];
    private Label[][] values = new Label[0][0];

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
            org.lmlens.ui.common.Tips.of(b, "matrix.caption." + m.name().toLowerCase(java.util.Locale.ROOT));
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
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.SOMETIMES);
        scroll.setMinHeight(120);
        VBox box = new VBox(8, title, words, modes, scroll, caption);
        box.setPadding(new Insets(10));
        viewModel.matrixProperty().addListener((o, a, m) -> render(m));
        render(viewModel.matrixProperty().get());
        WhenShown.onLanguageChange(box, () -> render(viewModel.matrixProperty().get()));
        return box;
    }

    private void render(Matrix m) {
        if (m == null) {
            grid.getChildren().clear();
            shownWords = List.of();
            caption.setText("");
            return;
        }
        caption.setText(I18n.get("matrix.caption." + m.mode().name().toLowerCase(java.util.Locale.ROOT)));
        if (!m.words().equals(shownWords)) {
            build(m.words());
        }
        int n = m.words().size();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double v = m.values()[r][c];
                double intensity = Double.isNaN(v) || m.max() <= 0 ? 0 : Math.sqrt(v / m.max());
                shades[r][c].setOpacity(0.08 + 0.72 * intensity);
                values[r][c].setText(format(v, m.mode()));
                boolean strong = intensity > 0.6;
                values[r][c].getStyleClass().setAll(strong ? "matrix-value-strong" : "matrix-value");
            }
        }
    }

    /** Creates the grid's nodes once per word list; later updates only change texts and shading. */
    private void build(List<String> words) {
        grid.getChildren().clear();
        int n = words.size();
        shades = new Region[n][n];
        values = new Label[n][n];
        Label corner = new Label();
        corner.getStyleClass().add("matrix-corner");
        corner.setWrapText(true);
        corner.setMaxWidth(64);
        corner.textProperty().bind(I18n.bind("matrix.corner"));
        grid.add(corner, 0, 0);
        for (int c = 0; c < n; c++) {
            grid.add(header(words.get(c)), c + 1, 0);
            grid.add(header(words.get(c)), 0, c + 1);
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                shades[r][c] = new Region();
                shades[r][c].getStyleClass().add("matrix-shade");
                values[r][c] = new Label();
                StackPane p = new StackPane(shades[r][c], values[r][c]);
                p.getStyleClass().add("matrix-cell");
                StackPane.setAlignment(values[r][c], Pos.CENTER_RIGHT);
                grid.add(p, c + 1, r + 1);
            }
        }
        shownWords = List.copyOf(words);
    }

    private static Label header(String word) {
        Label l = new Label(word);
        l.getStyleClass().add("matrix-header");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
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
