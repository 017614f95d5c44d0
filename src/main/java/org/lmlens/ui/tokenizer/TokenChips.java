package org.lmlens.ui.tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.FlowPane;
import org.lmlens.i18n.I18n;

/**
 * A row of token chips: each token a coloured label in the text's order; a token that is only part of a
 * character (stray bytes, {@code <0xE6>}) has a dashed red border, so a character cut in two is visible.
 * A click on a chip reports its index. Labels are reused between redraws (a slider drag redraws often).
 */
final class TokenChips {
    static final int COLOURS = 5;
    private final FlowPane pane = new FlowPane(3, 4);
    private final ScrollPane scroll = new ScrollPane(pane);
    private final List<Label> labels = new ArrayList<>();
    private final IntConsumer onClick;

    TokenChips(IntConsumer onClick) {
        this.onClick = onClick;
        pane.getStyleClass().add("token-chips");
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(150);
        scroll.setMinViewportHeight(60);
    }

    ScrollPane node() {
        return scroll;
    }

    void show(List<TokenizerLabViewModel.Chip> chips) {
        while (labels.size() < chips.size()) {
            Label l = new Label();
            int index = labels.size();
            l.setOnMouseClicked(e -> onClick.accept(index));
            labels.add(l);
        }
        for (int i = 0; i < chips.size(); i++) {
            TokenizerLabViewModel.Chip c = chips.get(i);
            Label l = labels.get(i);
            l.setText(c.text());
            l.getStyleClass().setAll("token-chip", "token-chip-" + (i % COLOURS));
            if (c.partial()) {
                l.getStyleClass().add("token-chip-partial");
            }
        }
        pane.getChildren().setAll(labels.subList(0, chips.size()));
    }

    /** The merge tree of a token as tree items: the token, then the two tokens it was merged from. */
    static TreeItem<String> treeItems(TokenizerLabViewModel.TokenNode node) {
        TreeItem<String> item = new TreeItem<>(node.isByte()
                ? I18n.get("lab.tree.byte", node.text(), String.valueOf(node.id()))
                : I18n.get("lab.tree.merge", node.text(), String.valueOf(node.id())));
        if (!node.isByte()) {
            item.getChildren().add(treeItems(node.left()));
            item.getChildren().add(treeItems(node.right()));
        }
        item.setExpanded(true);
        return item;
    }
}
