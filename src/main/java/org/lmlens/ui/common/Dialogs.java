package org.lmlens.ui.common;

import javafx.scene.control.DialogPane;

/** Dialogs live in their own scenes: give them the app's stylesheet and the CJK-capable font too. */
public final class Dialogs {
    public static final String STYLESHEET = "/org/lmlens/ui/app.css";

    private Dialogs() {
    }

    public static void style(DialogPane pane) {
        pane.getStylesheets().add(Dialogs.class.getResource(STYLESHEET).toExternalForm());
        pane.styleProperty().bind(Zoom.rootStyle());
    }
}
