package org.lmlens.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Text size for a projector: one scale for the whole window (the root font size, which AtlantaFX's em-based
 * sizes follow) and for the charts (AWT fonts). Changed from the View menu, remembered in {@link Settings}.
 */
public final class Zoom {
    public static final double MIN = 0.8;
    public static final double MAX = 2.0;
    public static final double STEP = 0.1;
    private static final double BASE_FONT_PX = 14;
    private static final DoubleProperty SCALE = new SimpleDoubleProperty(1.0);

    private Zoom() {
    }

    public static DoubleProperty scaleProperty() {
        return SCALE;
    }

    public static double scale() {
        return SCALE.get();
    }

    public static void set(double scale) {
        SCALE.set(Math.round(Math.max(MIN, Math.min(MAX, scale)) * 10) / 10.0);
    }

    /** The inline style of a root: the CJK-capable font family and the scaled font size. */
    public static StringBinding rootStyle() {
        String family = Fonts.fxFamily();
        return Bindings.createStringBinding(() -> (family == null ? "" : "-fx-font-family: \"" + family + "\"; ")
                + String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * SCALE.get()), SCALE);
    }
}
