package org.lmlens.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShortcutsTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label(), 100, 100));
    }

    @Test
    void noTwoActionsShareAKey() {
        Set<KeyCombination> seen = new HashSet<>();
        for (Shortcuts s : Shortcuts.values()) {
            for (KeyCombination c : s.combinations()) {
                assertThat(seen.add(c)).as(s + " " + c).isTrue();
            }
        }
    }

    @Test
    void theBriefsAcceleratorsAreTheRegistrysPrimaryKeys() {
        assertThat(Shortcuts.OPEN.primary()).isEqualTo(KeyCombination.valueOf("Shortcut+O"));
        assertThat(Shortcuts.PASTE_TEXT.primary()).isEqualTo(KeyCombination.valueOf("Shortcut+Shift+V"));
        assertThat(Shortcuts.SAVE_SESSION.primary()).isEqualTo(KeyCombination.valueOf("Shortcut+S"));
        assertThat(Shortcuts.OPEN_SESSION.primary()).isEqualTo(KeyCombination.valueOf("Shortcut+Shift+O"));
        assertThat(Shortcuts.EXPORT_CHART.primary()).isEqualTo(KeyCombination.valueOf("Shortcut+E"));
        assertThat(Shortcuts.PRESENTER.primary()).isEqualTo(new KeyCodeCombination(KeyCode.F11));
        assertThat(Shortcuts.PRESENTER.combinations()).contains(KeyCombination.valueOf("Shortcut+Shift+P"));
        assertThat(Shortcuts.QUIT.primary()).isEqualTo(KeyCombination.valueOf("Shortcut+Q"));
        assertThat(Shortcuts.GUIDE.primary()).isEqualTo(new KeyCodeCombination(KeyCode.F1));
        assertThat(Shortcuts.tabs()).hasSize(9);
        assertThat(Shortcuts.tab(4).primary()).isEqualTo(KeyCombination.valueOf("Shortcut+5"));
        assertThat(Shortcuts.tab(4).tabIndex()).isEqualTo(4);
        assertThat(Shortcuts.COPY.tabIndex()).isEqualTo(-1);
    }

    @Test
    void displayTextShowsEveryAlternativeButTheKeypadOnes() {
        assertThat(Shortcuts.PRESENTER.displayText()).contains("F11").contains(" / ").contains("P");
        assertThat(Shortcuts.ZOOM_IN.displayText()).doesNotContain(" / ");
    }

    @Test
    void theSheetHasOneRowPerActionAndOneForTheTabs(FxRobot robot) {
        GridPane[] grid = new GridPane[1];
        robot.interact(() -> grid[0] = ShortcutsSheet.create());
        int rows = Shortcuts.values().length - 8;
        assertThat(grid[0].getChildren()).hasSize(2 * rows);
        assertThat(grid[0].getChildren()).allSatisfy(n -> assertThat(((Label) n).getText()).isNotBlank());
        assertThat(grid[0].getChildren().stream().map(n -> ((Label) n).getText()))
                .anyMatch(t -> t.contains("F11")).anyMatch(t -> t.contains("…"));
    }
}
