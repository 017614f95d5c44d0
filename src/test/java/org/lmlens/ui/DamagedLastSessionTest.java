package org.lmlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lmlens.ui.session.SessionViewModel;
import org.lmlens.ui.sessionfile.RecentStore;
import org.lmlens.ui.sessionfile.SessionFile;
import org.lmlens.ui.sessionfile.SessionStore;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A last session written by a newer or damaged LM Lens (its method unknown here, its order set before it)
 * is refused as a whole on start: a dialog says why, and the window comes up as it does without one (the
 * default sample, the default order and method), not half-set and empty.
 */
@ExtendWith(ApplicationExtension.class)
class DamagedLastSessionTest {
    private static final Preferences PREFS = Preferences.userRoot().node("org/lmlens/test-damaged-session");
    private SessionViewModel session;

    @Start
    void start(Stage stage) throws Exception {
        // A session as this version writes it, but naming a method it does not know (after order 5).
        session = LastSessionWindow.open(stage, PREFS, saved -> {
            try {
                SessionStore.write(SessionFile.defaults().withSource(SessionFile.Source.sample("sam"))
                        .withModel(5, "witten-bell", Map.of()), saved.lastSessionFile());
                Files.writeString(saved.lastSessionFile(),
                        Files.readString(saved.lastSessionFile()).replace("\"witten-bell\"", "\"from-the-future\""));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).session();
    }

    @AfterEach
    void recentWritesDone() {
        RecentStore.awaitWrites();
    }

    @Test
    void aSessionWithAnUnknownMethodChangesNothingAndSaysWhy(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> session.modelProperty().get() != null
                && robot.lookup("#error-dialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("nothing was changed").contains("from-the-future");
        assertThat(session.orderProperty().get()).as("the order was not applied").isNotEqualTo(5);
        assertThat(session.methodProperty().get().name()).isNotEqualTo("from-the-future");
        assertThat(session.textProperty().get()).as("the default text loaded").isNotNull();
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }
}
