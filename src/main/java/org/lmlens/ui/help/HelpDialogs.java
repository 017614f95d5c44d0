package org.lmlens.ui.help;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Font;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.lmlens.engine.LmLensException;
import org.lmlens.i18n.I18n;

/**
 * Help ▸ Guide and Help ▸ Keyboard shortcuts. Both are non-modal (the guide stays open beside the
 * window during a lesson) and take the owner's stylesheets and root font size, so presenter mode's
 * scale and contrast carry over.
 */
public final class HelpDialogs {
    private HelpDialogs() {
    }

    /**
     * Opens the guide. It is read, parsed and turned into nodes in the background (the Markdown parser's
     * first use in a JVM took 120 ms of FX-thread CPU), then shown on the FX thread; a guide that cannot
     * be read shows the reason instead.
     */
    public static CompletableFuture<Dialog<Void>> showGuide(Window owner) {
        Locale locale = I18n.locale();
        return CompletableFuture.supplyAsync(() -> (Node) guideContent(locale))
                .exceptionally(e -> new Label(e.getCause() instanceof LmLensException l ? l.getMessage()
                        : String.valueOf(e.getCause())))
                .thenApplyAsync(content -> show(owner, "help.guide.title", content, 52, 46), Platform::runLater);
    }

    /** The guide, built and shown at once on the calling FX thread (the classroom demo's snapshots). */
    public static Dialog<Void> showGuideNow(Window owner) {
        return show(owner, "help.guide.title", guideContent(I18n.locale()), 52, 46);
    }

    public static Dialog<Void> showShortcuts(Window owner) {
        return show(owner, "help.shortcuts.title", ShortcutsSheet.create(), 0, 0);
    }

    /** The rendered guide in a scroll pane (to embed it elsewhere, a side panel say). */
    public static ScrollPane guideContent(Locale locale) {
        ScrollPane scroll = new ScrollPane(MarkdownView.render(Guide.markdown(locale)));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("guide");
        return scroll;
    }

    /** The -fx-font-size of a style in px, or the default font's size. */
    static double fontSize(String style) {
        Matcher m = Pattern.compile("-fx-font-size:\\s*([0-9.]+)px").matcher(style);
        return m.find() ? Double.parseDouble(m.group(1)) : Font.getDefault().getSize();
    }

    /** Sizes in em (0 = fit the content), so a presenter-scaled dialog grows with its text. */
    private static Dialog<Void> show(Window owner, String titleKey, Node content, double widthEm, double heightEm) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initModality(Modality.NONE);
        String style = "";
        if (owner != null) {
            dialog.initOwner(owner);
            Scene scene = owner.getScene();
            if (scene != null) {
                dialog.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
                if (scene.getRoot() != null && scene.getRoot().getStyle() != null) {
                    style = scene.getRoot().getStyle() + " ";
                }
            }
        }
        dialog.getDialogPane().setStyle(style.strip());
        dialog.setTitle(I18n.get(titleKey));
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(I18n.get("help.close"), ButtonData.CANCEL_CLOSE));
        dialog.show();
        if (widthEm > 0) {
            // the window is sized from the content's first layout; set the intended size once shown
            double em = fontSize(style);
            dialog.setWidth(widthEm * em);
            dialog.setHeight(heightEm * em);
        }
        return dialog;
    }
}
