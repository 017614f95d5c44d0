package org.lmlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lmlens.ui.session.SessionViewModel;
import org.lmlens.ui.sessionfile.RecentStore;
import org.lmlens.ui.sessionfile.SessionFile;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Restore last session on start": a window built over a home folder whose last session (saved on quit,
 * as {@code MainWindowIntegrationTest.quittingSavesTheScreenAsTheLastSession} checks) asks for order 4,
 * Witten-Bell and the Corpus tab comes up that way, the session read in the background.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreLastSessionTest {
    private static final Preferences PREFS = Preferences.userRoot().node("org/lmlens/test-restore");
    private SessionViewModel session;
    private MainView main;

    @Start
    void start(Stage stage) throws Exception {
        LastSessionWindow.Opened opened = LastSessionWindow.open(stage, PREFS, saved -> saved.writeLastSession(
                SessionFile.defaults().withSource(SessionFile.Source.sample("sam"))
                        .withModel(4, "witten-bell", Map.of()).withView("teach.tab.corpus", "light", "en", 1.0)));
        session = opened.session();
        main = opened.main();
    }

    @AfterEach
    void recentWritesDone() {
        RecentStore.awaitWrites();
    }

    @Test
    void theLastSessionIsRestoredOnStartWhenAskedFor() throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> session.modelProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.modelProperty().get().order()).isEqualTo(4);
        assertThat(session.methodProperty().get().name()).isEqualTo("witten-bell");
        assertThat(main.tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("corpus");
        assertThat(session.textProperty().get().corpus().sentenceCount()).isEqualTo(3); // the SLP3 mini-corpus
    }
}
