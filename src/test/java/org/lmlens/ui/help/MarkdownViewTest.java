package org.lmlens.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MarkdownViewTest {
    private static final String SAMPLE = """
            # Title 标题

            A paragraph with **bold** and `code` and *italic*
            on two lines.

            ## Section

            - first **item**
            - second item

            1. one
            2. two

            ```
            I am Sam
            ```

            ---
            """;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new VBox(), 600, 600));
        stage.show();
    }

    private VBox shown(FxRobot robot, String markdown) {
        VBox[] box = new VBox[1];
        robot.interact(() -> {
            box[0] = MarkdownView.render(markdown);
            stage.getScene().setRoot(box[0]);
            box[0].applyCss();
            box[0].layout();
        });
        return box[0];
    }

    @Test
    void blocksBecomeTheRightNodes(FxRobot robot) {
        List<Node> blocks = shown(robot, SAMPLE).getChildren();
        assertThat(blocks).hasSize(7);
        assertThat(blocks.get(0)).isInstanceOf(TextFlow.class);
        assertThat(blocks.get(0).getStyleClass()).contains("md-h1");
        assertThat(MarkdownView.textOf(blocks.get(0))).isEqualTo("Title 标题");
        assertThat(blocks.get(1).getStyleClass()).contains("md-paragraph");
        assertThat(MarkdownView.textOf(blocks.get(1))).isEqualTo("A paragraph with bold and code and italic on two lines.");
        assertThat(blocks.get(2).getStyleClass()).contains("md-h2");

        VBox bullets = (VBox) blocks.get(3);
        assertThat(bullets.getStyleClass()).contains("md-list");
        assertThat(bullets.getChildren()).hasSize(2);
        assertThat(MarkdownView.textOf(bullets.getChildren().get(0))).isEqualTo("•  first item");
        VBox numbers = (VBox) blocks.get(4);
        assertThat(numbers.getStyleClass()).contains("md-ordered-list");
        assertThat(MarkdownView.textOf(numbers.getChildren().get(1))).isEqualTo("2.  two");

        assertThat(blocks.get(5).getStyleClass()).contains("md-codeblock");
        assertThat(MarkdownView.textOf(blocks.get(5))).isEqualTo("I am Sam");
        assertThat(blocks.get(6)).isInstanceOf(Separator.class);
    }

    @Test
    void inlineStylesGiveBoldMonospaceAndLargerHeadings(FxRobot robot) {
        VBox box = shown(robot, SAMPLE);
        TextFlow paragraph = (TextFlow) box.getChildren().get(1);
        Text plain = run(paragraph, "A paragraph with ");
        Text bold = run(paragraph, "bold");
        Text code = run(paragraph, "code");
        assertThat(bold.getStyleClass()).contains("md-bold");
        assertThat(FontWeight.findByName(bold.getFont().getStyle().split(" ")[0])).isEqualTo(FontWeight.BOLD);
        assertThat(code.getStyleClass()).contains("md-code");
        assertThat(code.getFont().getFamily().toLowerCase(Locale.ROOT)).contains("mono");
        Text heading = (Text) ((TextFlow) box.getChildren().get(0)).getChildren().get(0);
        assertThat(heading.getFont().getSize()).isGreaterThan(1.5 * plain.getFont().getSize());
    }

    @Test
    void bothGuidesRenderTheLessonInTheirLanguage(FxRobot robot) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            VBox box = shown(robot, Guide.markdown(locale));
            long h2 = box.getChildren().stream().filter(n -> n.getStyleClass().contains("md-h2")).count();
            assertThat(h2).as(locale.toString()).isEqualTo(11); // ten lesson steps and the keys
            assertThat(box.getChildren().get(0).getStyleClass()).contains("md-h1");
            assertThat(box.getChildren()).anyMatch(n -> n.getStyleClass().contains("md-list"));
            assertThat(box.getChildren()).anyMatch(n -> n.getStyleClass().contains("md-codeblock"));
        }
        assertThat(Guide.markdown(Locale.SIMPLIFIED_CHINESE)).contains("困惑度", "加一");
        assertThat(Guide.markdown(Locale.ENGLISH)).contains("perplexity", "add-one");
        assertThat(Guide.resourceFor(Locale.TRADITIONAL_CHINESE)).endsWith("guide_zh_CN.md");
        assertThat(Guide.resourceFor(Locale.GERMAN)).endsWith("guide_en.md");
    }

    private static Text run(TextFlow flow, String text) {
        return flow.getChildren().stream().map(Text.class::cast).filter(t -> t.getText().equals(text)).findFirst()
                .orElseThrow();
    }
}
