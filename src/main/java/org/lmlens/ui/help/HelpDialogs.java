package org.lmlens.ui.help;

import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.lmlens.i18n.I18n;

/**
 * Help ▸ Guide and Help ▸ Keyboard shortcuts. Both are non-modal (the guide stays open beside the
 * window during a lesson) and take the owner's stylesheets and root font size, so presenter mode's
 * scale and contrast carry over.
 */
public final class HelpDialogs {
    private HelpDialogs() {
    }

    public static Dialog<Void> showGuide(Window owner) {
        return show(owner, "help.guide.title", guideContent(I18n.locale()), 720, 640);
    }

    public static Dialog<Void> showShortcuts(Window owner) {
        return show(owner, "help.shortcuts.title", ShortcutsSheet.create(), 520, 560);
    }

    /** The rendered guide in a scroll pane (to embed it elsewhere, a side panel say). */
    public static ScrollPane guideContent(Locale locale) {
        ScrollPane scroll = new ScrollPane(MarkdownView.render(Guide.markdown(locale)));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("guide");
        return scroll;
    }

    private static Dialog<Void> show(Window owner, String titleKey, Node content, double width, double height) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initModality(Modality.NONE);
        if (owner != null) {
            dialog.initOwner(owner);
            Scene scene = owner.getScene();
            if (scene != null) {
                dialog.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
                if (scene.getRoot() != null && scene.getRoot().getStyle() != null) {
                    dialog.getDialogPane().setStyle(scene.getRoot().getStyle());
                }
            }
        }
        dialog.setTitle(I18n.get(titleKey));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefSize(width, height);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
        return dialog;
    }
}
