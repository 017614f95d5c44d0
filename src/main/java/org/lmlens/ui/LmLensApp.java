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

/** The desktop app: Primer theme, the language remembered or the system's, and the main window. */
public final class LmLensApp extends Application {
    public static final String STYLESHEET = org.lmlens.ui.common.Dialogs.STYLESHEET;

    @Override
    public void start(Stage stage) {
        Settings settings = Settings.user();
        I18n.setLocale(settings.locale());
        applyTheme(settings.darkTheme());
        SessionViewModel session = new SessionViewModel(new FxTaskRunner());
        MainView main = new MainView(session, settings, stage);
        Scene scene = main.createScene(1320, 840);
        stage.setScene(scene);
        // closing the window is quitting too: remember the screen for "Restore last session on start"
        stage.setOnCloseRequest(e -> main.saveLastSession());
        stage.show();
        main.loadInitialSample();
    }

    public static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
