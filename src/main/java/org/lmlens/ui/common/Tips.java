package org.lmlens.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import org.lmlens.i18n.I18n;

/** A translated tooltip that follows a language switch. Every control of the app gets one. */
public final class Tips {
    private Tips() {
    }

    public static <T extends Control> T of(T control, String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(I18n.bind(key));
        t.setWrapText(true);
        t.setMaxWidth(480);
        control.setTooltip(t);
        return control;
    }
}
