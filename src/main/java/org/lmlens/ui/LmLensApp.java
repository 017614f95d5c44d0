package org.lmlens.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.FxTaskRunner;
import org.lmlens.ui.common.Settings;
import org.lmlens.ui.session.SessionViewModel;
import org.lmlens.ui.sessionfile.RecentStore;

/** The desktop app: Primer theme, the language remembered or the system's, and the main window. */
public final class LmLensApp extends Application {
    public static final String STYLESHEET = org.lmlens.ui.common.Dialogs.STYLESHEET;

    private Settings settings;
    private RecentStore recent;

    @Override
    public void init() {
        // The app's own files are read here, off the FX thread (which never does file I/O).
        settings = Settings.user();
        recent = RecentStore.user();
    }

    @Override
    public void start(Stage stage) {
        I18n.setLocale(settings.locale());
        applyTheme(settings.darkTheme());
        SessionViewModel session = new SessionViewModel(new FxTaskRunner());
        MainView main = new MainView(session, settings, stage, recent);
        javafx.geometry.Rectangle2D bounds = WindowPlacement.place(settings.window()
                        .map(w -> new javafx.geometry.Rectangle2D(w.x(), w.y(), w.width(), w.height())).orElse(null),
                javafx.stage.Screen.getPrimary().getVisualBounds(),
                javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds).toList());
        Scene scene = main.createScene(bounds.getWidth(), bounds.getHeight());
        stage.setScene(scene);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setMaximized(settings.window().map(Settings.WindowState::maximized).orElse(false));
        // closing the window is quitting too: remember the screen for "Restore last session on start"
        stage.setOnCloseRequest(e -> {
            settings.setWindow(new Settings.WindowState(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
            main.saveLastSession();
        });
        stage.show();
        main.loadInitialSample();
        showResetNotice(settings, stage);
    }

    /**
     * The window is gone: wait (briefly) for the background writers, so that the last session, the recent
     * lists and the settings written on quit reach the disk before the JVM ends.
     */
    @Override
    public void stop() {
        RecentStore.awaitWrites();
        Settings.awaitWrites();
    }

    /** Says once, without blocking, that a damaged settings file was set aside and the defaults are used. */
    private static void showResetNotice(Settings settings, Stage stage) {
        settings.resetNotice().ifPresent(notice ->
                org.lmlens.ui.common.Dialogs.info(stage, I18n.get("settings.reset.title"), notice));
    }

    public static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
