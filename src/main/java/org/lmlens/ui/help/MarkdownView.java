package org.lmlens.ui.help;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown (as CommonMark parses it) turned into JavaFX nodes, since WebView is not available: a VBox of
 * blocks; headings, paragraphs and list items are {@link TextFlow}s of styled {@link Text} runs (bold,
 * italic, code). Sizes are in em, so the text follows the scene's font size (presenter mode). Style
 * classes ({@code md-h1}, {@code md-paragraph}, {@code md-list}, {@code md-bold}, {@code md-code}…) let a
 * stylesheet restyle it. Links show their text; images and HTML are not rendered.
 */
public final class MarkdownView {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownView() {
    }

    public static VBox render(String markdown) {
        VBox box = new VBox(8);
        box.getStyleClass().add("md-document");
        box.setPadding(new Insets(12));
        BlockRenderer renderer = new BlockRenderer(box);
        PARSER.parse(markdown).accept(renderer);
        return box;
    }

    /** Visits block nodes, appending one JavaFX node per block to the target box. */
    private static final class BlockRenderer extends AbstractVisitor {
        private final VBox target;

        BlockRenderer(VBox target) {
            this.target = target;
        }

        @Override
        public void visit(Heading heading) {
            TextFlow flow = inline(heading, "md-h" + heading.getLevel());
            double size = switch (heading.getLevel()) {
                case 1 -> 1.7;
                case 2 -> 1.35;
                default -> 1.15;
            };
            flow.getChildren().forEach(n -> n.setStyle(n.getStyle() + "-fx-font-size: " + size + "em; -fx-font-weight: bold;")); // i18n-ok: CSS and line break
            flow.setPadding(new Insets(heading.getLevel() == 1 ? 0 : 8, 0, 0, 0));
            target.getChildren().add(flow);
        }

        @Override
        public void visit(Paragraph paragraph) {
            target.getChildren().add(inline(paragraph, "md-paragraph"));
        }

        @Override
        public void visit(BulletList list) {
            target.getChildren().add(list(list, false, 1));
        }

        @Override
        public void visit(OrderedList list) {
            target.getChildren().add(list(list, true, list.getStartNumber()));
        }

        @Override
        public void visit(FencedCodeBlock code) {
            target.getChildren().add(codeBlock(code.getLiteral()));
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            target.getChildren().add(codeBlock(code.getLiteral()));
        }

        @Override
        public void visit(ThematicBreak rule) {
            target.getChildren().add(new Separator());
        }

        @Override
        public void visit(BlockQuote quote) {
            VBox inner = new VBox(6);
            inner.getStyleClass().add("md-quote");
            inner.setPadding(new Insets(0, 0, 0, 12));
            inner.setStyle("-fx-border-color: transparent transparent transparent gray; -fx-border-width: 0 0 0 3;");
            visitChildren(quote, new BlockRenderer(inner));
            target.getChildren().add(inner);
        }

        private VBox list(org.commonmark.node.Node list, boolean ordered, int start) {
            VBox items = new VBox(4);
            items.getStyleClass().add(ordered ? "md-ordered-list" : "md-list");
            items.setPadding(new Insets(0, 0, 0, 16));
            int number = start;
            for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) {
                    VBox content = new VBox(4);
                    visitChildren(item, new BlockRenderer(content));
                    String marker = ordered ? (number++) + ".  " : "•  ";
                    Text bullet = new Text(marker);
                    bullet.getStyleClass().addAll("md-text", "md-marker");
                    if (!content.getChildren().isEmpty() && content.getChildren().get(0) instanceof TextFlow first) {
                        first.getChildren().add(0, bullet);
                        first.getStyleClass().add("md-list-item");
                    } else {
                        content.getChildren().add(0, new TextFlow(bullet));
                    }
                    items.getChildren().add(content);
                }
            }
            return items;
        }

        private static void visitChildren(org.commonmark.node.Node parent, BlockRenderer renderer) {
            for (org.commonmark.node.Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                child.accept(renderer);
            }
        }

        private static TextFlow codeBlock(String literal) {
            Text text = new Text(literal.stripTrailing());
            text.getStyleClass().addAll("md-text", "md-code");
            text.setStyle("-fx-font-family: monospace;");
            TextFlow flow = new TextFlow(text);
            flow.getStyleClass().add("md-codeblock");
            flow.setPadding(new Insets(6, 10, 6, 10));
            flow.setStyle("-fx-background-color: rgba(128,128,128,0.15); -fx-background-radius: 4;");
            return flow;
        }

        private static TextFlow inline(org.commonmark.node.Node block, String styleClass) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add(styleClass);
            block.accept(new InlineRenderer(flow));
            return flow;
        }
    }

    /** Visits inline nodes, appending Text runs that carry the enclosing emphasis. */
    private static final class InlineRenderer extends AbstractVisitor {
        private final TextFlow flow;
        private boolean bold;
        private boolean italic;

        InlineRenderer(TextFlow flow) {
            this.flow = flow;
        }

        @Override
        public void visit(org.commonmark.node.Text text) {
            add(text.getLiteral(), false);
        }

        @Override
        public void visit(Code code) {
            add(code.getLiteral(), true);
        }

        @Override
        public void visit(SoftLineBreak br) {
            add(" ", false);
        }

        @Override
        public void visit(HardLineBreak br) {
            add("\n", false); // i18n-ok: CSS and line break
        }

        @Override
        public void visit(StrongEmphasis strong) {
            boolean was = bold;
            bold = true;
            visitChildren(strong);
            bold = was;
        }

        @Override
        public void visit(Emphasis emphasis) {
            boolean was = italic;
            italic = true;
            visitChildren(emphasis);
            italic = was;
        }

        @Override
        public void visit(Link link) {
            visitChildren(link);
        }

        private void add(String literal, boolean code) {
            Text t = new Text(literal);
            t.getStyleClass().add("md-text");
            StringBuilder style = new StringBuilder();
            if (bold) {
                t.getStyleClass().add("md-bold");
                style.append("-fx-font-weight: bold;");
            }
            if (italic) {
                t.getStyleClass().add("md-italic");
                style.append("-fx-font-style: italic;");
            }
            if (code) {
                t.getStyleClass().add("md-code");
                style.append("-fx-font-family: monospace;");
            }
            t.setStyle(style.toString());
            flow.getChildren().add(t);
        }
    }

    /** For tests and callers that want the plain text of a rendered block. */
    public static String textOf(Node node) {
        if (node instanceof Text t) {
            return t.getText();
        }
        StringBuilder sb = new StringBuilder();
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                sb.append(textOf(child));
            }
        }
        return sb.toString();
    }
}
