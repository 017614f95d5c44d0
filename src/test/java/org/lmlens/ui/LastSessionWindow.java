package org.lmlens.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.FxTaskRunner;
import org.lmlens.ui.common.Settings;
import org.lmlens.ui.session.SessionViewModel;
import org.lmlens.ui.sessionfile.RecentStore;

/** A main window started, in English, over a fresh home folder asking to restore the last session there. */
final class LastSessionWindow {
    /** The window and its session view-model. */
    record Opened(MainView main, SessionViewModel session) {
    }

    private LastSessionWindow() {
    }

    /**
     * Lets {@code saveLast} write the last session into the new home's {@link RecentStore}, then opens the
     * window on {@code stage}.
     */
    static Opened open(Stage stage, Preferences prefs, Consumer<RecentStore> saveLast)
            throws IOException, BackingStoreException {
        I18n.setLocale(Locale.ENGLISH);
        LmLensApp.applyTheme(false);
        prefs.clear();
        Path home = Files.createTempDirectory("lmlens-home");
        RecentStore saved = new RecentStore(home);
        saved.setRestoreLastSession(true);
        saveLast.accept(saved);
        SessionViewModel session = new SessionViewModel(new FxTaskRunner());
        MainView main = new MainView(session, new Settings(prefs), stage, new RecentStore(home)); // waits for the writes
        stage.setScene(main.createScene(1000, 700));
        stage.show();
        main.loadInitialSample();
        return new Opened(main, session);
    }
}
