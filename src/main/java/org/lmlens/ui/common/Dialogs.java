package org.lmlens.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.lmlens.i18n.I18n;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.DialogPane;

/**
 * The one way the app shows a message: errors, notices and About, never blocking the FX thread. Dialogs
 * live in their own scenes: each gets the app's stylesheet and the main window's root style (the
 * CJK-capable font family and the presenter-mode font size), so a dialog on a projector is as large as the
 * window, and is centred on its owner.
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

    /** An error, in the user's language: a header saying what failed and the message saying why. */
    public static void error(Window owner, String header, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, owner, I18n.get("error.title"), header, message);
        alert.getDialogPane().setId("error-dialog");
        alert.getDialogPane().setMinWidth(480);
        alert.show();
    }

    /** A notice that needs no decision. */
    public static void info(Window owner, String title, String message) {
        alert(Alert.AlertType.INFORMATION, owner, title, null, message).show();
    }

    /** A notice with a header and an icon (About). */
    public static void about(Window owner, String title, String header, String message, Node graphic) {
        Alert alert = alert(Alert.AlertType.INFORMATION, owner, title, header, message);
        alert.setGraphic(graphic);
        alert.getDialogPane().setPrefWidth(640);
        alert.show();
    }

    private static Alert alert(Alert.AlertType type, Window owner, String title, String header, String message) {
        Alert alert = new Alert(type, message, new ButtonType(I18n.get("action.ok"), ButtonBar.ButtonData.OK_DONE));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        style(alert.getDialogPane());
        return alert;
    }

    public static void style(DialogPane pane) {
        pane.getStylesheets().add(Dialogs.class.getResource(STYLESHEET).toExternalForm());
        pane.styleProperty().bind(ROOT_STYLE);
    }
}
