package org.lmlens.ui.teach;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Shows a view in the TestFX stage with the app's theme. */
public final class FxTestSupport {
    private FxTestSupport() {
    }

    public static void show(Stage stage, Node view) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(view), 1200, 780));
        stage.show();
    }
}
