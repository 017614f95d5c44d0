package org.lmlens.ui.common;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.DialogPane;

/**
 * Dialogs live in their own scenes: give them the app's stylesheet, and the main window's root style (the
 * CJK-capable font family and the presenter-mode font size), so a dialog on a projector is as large as the window.
 */
public final class Dialogs {
    public static final String STYLESHEET = "/org/lmlens/ui/app.css";
    private static final StringProperty ROOT_STYLE = new SimpleStringProperty(fontFamily());

    private Dialogs() {
    }

    private static String fontFamily() {
        String family = Fonts.fxFamily();
        return family == null ? "" : "-fx-font-family: \"" + family + "\";";
    }

    /** Dialogs styled from now on follow this style (the main window's root style). */
    public static void followStyle(ObservableStringValue style) {
        ROOT_STYLE.bind(style);
    }

    public static void style(DialogPane pane) {
        pane.getStylesheets().add(Dialogs.class.getResource(STYLESHEET).toExternalForm());
        pane.styleProperty().bind(ROOT_STYLE);
    }
}
