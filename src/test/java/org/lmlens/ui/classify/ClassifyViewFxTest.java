package org.lmlens.ui.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lmlens.engine.classify.ClassFolder;
import org.lmlens.engine.classify.ClassificationReport;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.SettlingRunner;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.teach.FxTestSupport;
import org.lmlens.ui.common.Texts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ClassifyViewFxTest {
    private final SettlingRunner runner = new SettlingRunner();
    private ClassifyViewModel vm;
    private ClassifyView view;

    @Start
    void start(Stage stage) throws IOException {
        I18n.setLocale(Locale.ENGLISH);
        Path dir = Files.createTempDirectory("classify-fx");
        org.lmlens.engine.classify.ClassFixtures.seaAndHill(dir);
        vm = new ClassifyViewModel(TabContext.of(null, null, runner), Platform::runLater);
        for (String name : List.of("hill", "sea")) {
            ClassEntry e = vm.addClass();
            e.nameProperty().set(name);
            vm.addFiles(e, List.of(dir.resolve(name + ClassFolder.TRAIN)), false);
            vm.addFiles(e, List.of(dir.resolve(name + ClassFolder.TEST)), true);
        }
        vm.tokenizerProperty().set("whitespace");
        vm.epochsProperty().set(10);
        view = new ClassifyView(vm);
        FxTestSupport.show(stage, view.node());
    }

    private void train(FxRobot robot) throws Exception {
        // the button may be below the fold of the side panel in the test window: fire it as a click would
        robot.interact(() -> robot.lookup("#classify-train").queryButton().fire());
        runner.settle();
    }

    private void showTab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#classify-views").queryAs(TabPane.class).getSelectionModel().select(index));
    }

    @Test
    void evaluationShowsBothModelsAndACellListsItsLines(FxRobot robot) throws Exception {
        train(robot);
        showTab(robot, 1);
        ClassificationReport report = vm.resultProperty().get().generativeReport();
        String summary = robot.lookup("#classify-summary").queryAs(Label.class).getText();
        assertThat(summary).contains(Texts.percent(report.accuracy()))
                .contains(Texts.percent(vm.resultProperty().get().logLinearReport().accuracy()));
        GridPane matrix = robot.lookup("#classify-matrix").queryAs(GridPane.class);
        assertThat(matrix.getChildren()).hasSize(9);
        Node cell = matrix.getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n) == 1 && GridPane.getColumnIndex(n) == 2).findFirst().orElseThrow();
        robot.clickOn(cell);
        runner.settle();
        assertThat(robot.lookup("#classify-cell-lines").queryAs(ListView.class).getItems())
                .isEqualTo(report.lines(0, 1));
    }

    @Test
    void aTypedLineGetsABarPerClassAndATokenTable(FxRobot robot) throws Exception {
        train(robot);
        robot.interact(() -> robot.lookup("#classify-sentence").queryAs(javafx.scene.control.TextField.class)
                .setText("sheep on the hill"));
        runner.settle();
        assertThat(robot.lookup("#classify-decision").queryAs(Label.class).getText()).contains("hill");
        assertThat(view.tables().get(0).getItems()).hasSize(5);
        robot.interact(() -> I18n.setLocale(Locale.SIMPLIFIED_CHINESE));
        runner.settle();
        String chinese = robot.lookup("#classify-decision").queryAs(Label.class).getText();
        robot.interact(() -> I18n.setLocale(Locale.ENGLISH));
        assertThat(chinese).contains("判定");
    }
}
