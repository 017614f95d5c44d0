package org.lmlens.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.text.EncodingDetector;
import org.lmlens.engine.text.TextInfo;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.Names;
import org.lmlens.ui.common.Tips;
import org.lmlens.ui.session.SessionViewModel;

/**
 * The window's status bar: what is loaded (name, tokenizer and encoding as read, sentences, tokens,
 * types, n-grams per order), the progress of a load and its Cancel button.
 */
final class StatusLine {
    private final SessionViewModel session;
    private final StatusBar statusBar = new StatusBar();
    private StringBinding status;

    StatusLine(SessionViewModel session) {
        this.session = session;
    }

    StatusBar createView() {
        statusBar.setId("status-bar");
        Button cancel = new Button();
        cancel.textProperty().bind(I18n.bind("action.cancel"));
        cancel.setGraphic(new FontIcon(Material2AL.CLOSE));
        cancel.setId("cancel-load");
        Tips.of(cancel, "tip.cancelLoad");
        cancel.visibleProperty().bind(session.loadingProperty());
        cancel.managedProperty().bind(session.loadingProperty());
        cancel.setOnAction(e -> session.cancelLoad());
        statusBar.getRightItems().add(cancel);
        statusBar.progressProperty().bind(Bindings.when(session.loadingProperty())
                .then(session.loadProgressProperty()).otherwise(0.0));
        // a listener, not a binding: a saved export's message replaces the text until the next change
        status = I18n.bind(this::statusText, session.textProperty(), session.loadingProperty(),
                session.loadingNameProperty());
        status.addListener((o, a, s) -> statusBar.setText(s));
        statusBar.setText(status.get());
        statusBar.setPadding(new Insets(2, 8, 2, 8));
        return statusBar;
    }

    /** Shows a passing message (an export written) until the next change of what is loaded. */
    void show(String message) {
        statusBar.setText(message);
    }

    private String statusText() {
        if (session.loadingProperty().get()) {
            return I18n.get("status.loading", session.loadingNameProperty().get());
        }
        TrainedText t = session.textProperty().get();
        if (t == null) {
            return I18n.get("status.empty");
        }
        StringBuilder orders = new StringBuilder();
        for (int k = 1; k <= t.maxOrder(); k++) {
            orders.append(k == 1 ? "" : " · ").append(I18n.get("status.order", k, t.counts().distinct(k)));
        }
        // What "auto" decided is part of the state a student must see (issue 6): tokenizer and encoding.
        TextInfo info = t.textInfo();
        String tokenizer = Names.tokenizer(info.tokenizer());
        if (info.tokenizerAuto()) {
            tokenizer = I18n.get("status.auto", tokenizer);
        }
        String encoding = info.files().isEmpty() || info.encoding() == null ? "\u2014" // i18n-ok: dash for none
                : info.encoding().name() + (info.files().get(0).encodingMethod()
                        == EncodingDetector.Method.GIVEN ? "" : I18n.get("status.detected"));
        return I18n.get("status.loaded", t.source().name(), t.corpus().sentenceCount(), t.corpus().wordTokens(),
                t.corpus().vocabulary().size() - 3, orders.toString(), tokenizer, encoding);
    }
}
