package org.lmlens.ui.score;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.SentenceScore;
import org.lmlens.engine.model.TokenScore;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.WhenShown;
import org.lmlens.ui.common.Texts;

/**
 * One scored sentence: the tokens as coloured chips (colour = probability bin; hovering a token outlines
 * the N-1 words it was conditioned on), the totals, and the chain-rule table.
 */
final class SentencePanel extends VBox {
    /** Background of each probability bin, from the theme. */
    static final String[] BIN_COLOURS = {"-color-success-muted", "-color-accent-muted", "-color-warning-muted",
        "-color-danger-muted", "-color-danger-emphasis"};

    private final FlowPane tokens = new FlowPane(4, 6);
    private final Label totals = new Label();
    private final Label hint = new Label();
    private final TableView<TokenScore> table = new TableView<>();
    private final List<Label> chips = new ArrayList<>();
    private ScoreResult result = ScoreResult.EMPTY;

    SentencePanel() {
        createView();
        WhenShown.onLanguageChange(this, () -> show(result));
    }

    private void createView() {
        setSpacing(8);
        setPadding(new Insets(4));
        tokens.setPadding(new Insets(6));
        tokens.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 6;");
        tokens.setMinHeight(44);
        totals.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold;");
        totals.setWrapText(true);
        hint.setWrapText(true);
        hint.setStyle("-fx-text-fill: -color-danger-fg;");
        hint.managedProperty().bind(hint.visibleProperty());

        TableColumn<TokenScore, Number> index = new TableColumn<>("#");
        // the row's position, not indexOf: two sentences can contain equal token scores
        index.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Number item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || getTableRow() == null || getTableRow().getItem() == null ? null
                        : String.valueOf(getIndex() + 1));
            }
        });
        index.setSortable(false);
        index.setPrefWidth(40);
        TableColumn<TokenScore, String> word = column("score.column.token", t -> t.word() + (t.oov() ? " → <unk>" : "")); // i18n-ok: CSS, token marker
        TableColumn<TokenScore, String> context = column("score.column.context", t -> String.join(" ", t.context()));
        prob = column("score.column.probability", t -> Texts.probability(t.probability()));
        TableColumn<TokenScore, String> log = column("score.column.log10", t -> Texts.number(t.log10(), 3));
        TableColumn<TokenScore, String> supplied = column("score.column.supplied", SentencePanel::suppliedText);
        word.setPrefWidth(100);
        context.setPrefWidth(130);
        prob.setPrefWidth(150);
        log.setPrefWidth(75);
        supplied.setPrefWidth(190);
        table.getColumns().setAll(List.of(index, word, context, prob, log, supplied));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label());
        table.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(TokenScore item, boolean empty) {
                super.updateItem(item, empty);
                setStyle(!empty && item != null && item.probability() == 0
                        ? "-fx-background-color: -color-danger-subtle;" : "");
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(tokens, totals, hint, table);
    }

    private static TableColumn<TokenScore, String> column(String key, java.util.function.Function<TokenScore, String> f) {
        TableColumn<TokenScore, String> c = new TableColumn<>();
        c.textProperty().bind(I18n.bind(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    static String suppliedText(TokenScore t) {
        int full = t.context().size() + 1;
        if (t.probability() == 0) {
            return I18n.get("score.supplied.zero", full);
        }
        if (t.suppliedByOrder() == 0) {
            return I18n.get("score.supplied.smoothed", full);
        }
        if (ScoreResult.backedOff(t)) {
            return I18n.get("score.supplied.backoff", t.suppliedByOrder(), full);
        }
        return I18n.get("score.supplied.full", t.suppliedByOrder());
    }

    TableView<TokenScore> table() {
        return table;
    }

    FlowPane tokens() {
        return tokens;
    }

    Label totals() {
        return totals;
    }

    Label hint() {
        return hint;
    }

    /** The probability column: S instead of P for a method whose values are scores. */
    private TableColumn<TokenScore, String> prob;

    void show(ScoreResult r) {
        prob.textProperty().bind(I18n.bind(r.normalised() ? "score.column.probability" : "score.column.score"));
        this.result = r;
        table.getItems().setAll(r.tokenScores());
        chips.clear();
        tokens.getChildren().clear();
        if (r.error() != null) {
            totals.setText(r.error());
            hint.setVisible(false);
            return;
        }
        if (r.sentences().isEmpty()) {
            totals.setText(I18n.get("score.empty"));
            hint.setVisible(false);
            return;
        }
        for (SentenceScore s : r.sentences()) {
            addSentence(s);
        }
        if (!r.normalised()) {
            // scores that do not sum to 1 (stupid back-off): no perplexity, and the values are named scores
            totals.setText(I18n.get("score.totals.scores", Texts.number(r.log10Prob(), 3), r.tokens()));
            totals.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold;");
            hint.setVisible(true);
            hint.setText(I18n.get("score.hint.scores"));
            return;
        }
        double ppl = r.perplexity();
        totals.setText(I18n.get("score.totals", Texts.number(r.log10Prob(), 3), Texts.number(ppl, 2),
                Texts.number(r.bitsPerToken(), 2), r.tokens()) + "\n" + I18n.get("score.totals.perCharacter", // i18n-ok: line break
                Texts.number(r.perplexityPerCharacter(), 2), Texts.number(r.bitsPerCharacter(), 2), r.characters()));
        totals.setStyle("-fx-font-size: 1.15em; -fx-font-weight: bold;"
                + (r.hasZero() ? " -fx-text-fill: -color-danger-fg;" : "")); // i18n-ok: CSS, token marker
        hint.setVisible(r.hasZero());
        hint.setText(r.hasZero() ? I18n.get("score.hint.zero") : "");
    }

    private void addSentence(SentenceScore s) {
        List<Label> sentence = new ArrayList<>();
        Label bos = chip(Vocabulary.BOS_WORD, null);
        sentence.add(bos);
        for (TokenScore t : s.scores()) {
            sentence.add(chip(t.word(), t));
        }
        for (int i = 1; i < sentence.size(); i++) {
            Label l = sentence.get(i);
            TokenScore t = s.scores().get(i - 1);
            int window = t.context().size();
            int at = i;
            l.setOnMouseEntered(e -> highlight(sentence, at, window, true));
            l.setOnMouseExited(e -> highlight(sentence, at, window, false));
        }
        chips.addAll(sentence);
        tokens.getChildren().addAll(sentence);
    }

    private Label chip(String word, TokenScore t) {
        Label l = new Label(word);
        l.getProperties().put("base", baseStyle(t)); // i18n-ok: CSS, token marker
        l.setStyle(baseStyle(t));
        if (t != null) {
            Tooltip tip = new Tooltip(I18n.get("score.chip.tooltip", t.word(), String.join(" ", t.context()),
                    Texts.probability(t.probability()), Texts.number(t.log10(), 3)));
            tip.setShowDelay(javafx.util.Duration.millis(150));
            l.setTooltip(tip);
        }
        return l;
    }

    private static String baseStyle(TokenScore t) {
        String common = "-fx-padding: 3 7 3 7; -fx-background-radius: 4; -fx-border-radius: 4; -fx-font-size: 1.2em;"
                + " -fx-border-width: 2; -fx-border-color: transparent;"; // i18n-ok: CSS, token marker
        if (t == null) {
            return common + " -fx-text-fill: -color-fg-muted;"; // i18n-ok: CSS, token marker
        }
        int bin = ScoreResult.bin(t.probability());
        return common + " -fx-background-color: " + BIN_COLOURS[bin] + ";" // i18n-ok: CSS, token marker
                + (bin == 4 ? " -fx-text-fill: -color-fg-emphasis;" : ""); // i18n-ok: CSS, token marker
    }

    /** Outlines the token (solid) and the context words it was conditioned on (dashed). */
    static void highlight(List<Label> sentence, int at, int window, boolean on) {
        for (int i = at - window; i <= at; i++) {
            Label l = sentence.get(i);
            String base = (String) l.getProperties().get("base"); // i18n-ok: CSS, token marker
            l.setStyle(on ? base + " -fx-border-color: -color-accent-emphasis;" // i18n-ok: CSS, token marker
                    + (i == at ? "" : " -fx-border-style: segments(5, 3);") : base); // i18n-ok: CSS, token marker
        }
    }
}
