package org.lmlens.ui.sessionfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class RecentMenuTest {
    /** The recent lists are written in the background: let them finish before temporary folders go. */
    @org.junit.jupiter.api.AfterEach
    void recentWritesDone() {
        org.lmlens.ui.sessionfile.RecentStore.awaitWrites();
    }

    @TempDir
    Path home;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label(), 100, 100));
    }

    @Test
    void itemsFollowTheStoreNewestFirstAndOpenTheirPath(FxRobot robot) throws Exception {
        RecentStore store = new RecentStore(home);
        Path tang = Files.writeString(home.resolve("唐诗.txt"), "床前明月光");
        Path gone = home.resolve("deleted.txt");
        List<Path> opened = new ArrayList<>();
        Menu menu = new Menu("Recent");
        robot.interact(() -> RecentMenu.bind(menu, store::files, opened::add));
        assertThat(menu.getItems()).singleElement().satisfies(i -> assertThat(i.isDisable()).isTrue());

        store.addFile(gone);
        store.addFile(tang);
        robot.interact(() -> RecentMenu.fill(menu, store.files(), opened::add));
        assertThat(menu.getItems()).hasSize(2);
        assertThat(menu.getItems().get(0).getText()).startsWith("唐诗.txt").contains(home.toString());
        assertThat(menu.getItems().get(0).isDisable()).isFalse();
        assertThat(menu.getItems().get(1).isDisable()).isTrue();
        robot.interact(() -> menu.getItems().get(0).fire());
        assertThat(opened).containsExactly(tang);
    }
}
