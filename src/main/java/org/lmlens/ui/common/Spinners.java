package org.lmlens.ui.common;

import javafx.scene.control.Spinner;
import javafx.util.StringConverter;

/** Editable integer spinners that ignore text which is not a number instead of throwing from a key event. */
public final class Spinners {
    private Spinners() {
    }

    public static Spinner<Integer> integer(int min, int max, int value) {
        Spinner<Integer> s = new Spinner<>(min, max, value);
        s.setEditable(true);
        StringConverter<Integer> c = new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : Integer.toString(v);
            }

            @Override
            public Integer fromString(String text) {
                try {
                    int v = Integer.parseInt(text.strip());
                    return Math.max(min, Math.min(max, v));
                } catch (NumberFormatException e) {
                    return s.getValue();
                }
            }
        };
        s.getValueFactory().setConverter(c);
        s.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                s.getValueFactory().setValue(c.fromString(s.getEditor().getText()));
                s.getEditor().setText(c.toString(s.getValue()));
            }
        });
        return s;
    }
}
