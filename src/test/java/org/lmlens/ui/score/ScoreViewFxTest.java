package org.lmlens.ui.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.SentenceScore;
import org.lmlens.engine.model.TokenScore;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.teach.FxTestSupport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ScoreViewFxTest {
    private final TrainedText text = TestCorpora.mini(3);
    private final SimpleObjectProperty<LanguageModel> model =
            new SimpleObjectProperty<>(text.model(2, Methods.byName("mle"), Parameters.NONE));
    private ScoreViewModel vm;
    private ScoreView view;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        vm = new ScoreViewModel(org.lmlens.ui.TabContexts.of(new SimpleObjectProperty<>(text), model, new SameThreadTaskRunner()));
        view = new ScoreView(vm);
        FxTestSupport.show(stage, view.node());
    }

    @Test
    void typedSentenceGivesOneRowPerTokenWithTheEnginesNumbers(FxRobot robot) {
        robot.clickOn("#score-first").write("I am Sam");
        WaitForAsyncUtils.waitForFxEvents();
        SentenceScore expected = model.get().score(List.of("I", "am", "Sam"));
        List<TokenScore> rows = view.firstPanel().table().getItems();
        assertThat(rows).isEqualTo(expected.scores());
        // <s> plus 4 predicted tokens as chips
        assertThat(view.firstPanel().tokens().getChildren()).hasSize(5);
        assertThat(view.firstPanel().totals().getText()).contains(org.lmlens.ui.common.Texts.number(expected.perplexity(), 2));
        assertThat(view.firstPanel().hint().isVisible()).isFalse();
    }

    @Test
    void unseenEventShowsInfinityAndTheSmoothingHint(FxRobot robot) {
        robot.interact(() -> vm.firstProperty().set("Sam like ham"));
        assertThat(view.firstPanel().totals().getText()).contains("∞");
        assertThat(view.firstPanel().hint().isVisible()).isTrue();
        Label chip = (Label) view.firstPanel().tokens().getChildren().get(2);
        assertThat(chip.getText()).isEqualTo("like");
        assertThat(chip.getStyle()).contains(SentencePanel.BIN_COLOURS[4]);
    }

    @Test
    void hoveringAWordOutlinesItsMarkovWindow(FxRobot robot) {
        robot.interact(() -> vm.firstProperty().set("I am Sam"));
        Label am = (Label) view.firstPanel().tokens().getChildren().get(2);
        Label i = (Label) view.firstPanel().tokens().getChildren().get(1);
        Label bos = (Label) view.firstPanel().tokens().getChildren().get(0);
        robot.moveTo(am);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(am.getStyle()).contains("-color-accent-emphasis");
        assertThat(i.getStyle()).contains("-color-accent-emphasis"); // bigram: conditioned on "I" only
        assertThat(bos.getStyle()).doesNotContain("-color-accent-emphasis");
    }

    @Test
    void rowsAreNumberedByPositionEvenWhenSentencesRepeat(FxRobot robot) {
        robot.interact(() -> vm.firstProperty().set("Sam I am\nSam I am"));
        assertThat(view.firstPanel().table().getItems()).hasSize(8);
        var cells = robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "#".equals(c.getTableColumn().getText())
                        && c.getText() != null && c.getTableView() == view.firstPanel().table())
                .map(javafx.scene.control.TableCell::getText).toList();
        // with indexOf the repeated sentence's rows would be numbered 1-4 again
        assertThat(new java.util.TreeSet<>(cells)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    }

    @Test
    void shuffleShowsTheSecondSentenceBesideTheFirst(FxRobot robot) {
        robot.interact(() -> vm.firstProperty().set("I do not like green eggs and ham"));
        robot.clickOn("#score-shuffle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.secondPanel().isVisible()).isTrue();
        assertThat(view.secondPanel().table().getItems()).hasSize(9);
        assertThat(view.secondPanel().table().getItems())
                .isEqualTo(vm.secondResultProperty().get().tokenScores());
    }
}
