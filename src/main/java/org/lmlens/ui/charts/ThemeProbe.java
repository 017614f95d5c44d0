package org.lmlens.ui.charts;

import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * An invisible label styled with the theme's (AtlantaFX) default foreground and background, so that
 * charts and formulas drawn outside CSS (JFreeChart, JLaTeXMath) use the theme's colours. When the theme
 * changes, CSS restyles the probe and {@link #onChange} runs: the view redraws its charts.
 */
public final class ThemeProbe extends Label {
    public ThemeProbe() {
        setStyle("-fx-text-fill: -color-fg-default; -fx-background-color: -color-bg-default;");
        setManaged(false);
        setVisible(false);
    }

    /**
     * Runs {@code redraw} once after a theme change. The text fill and the background change one after
     * the other in the same CSS pass; redrawing on each drew every chart twice (the first time with half the
     * new colours), so the redraw runs once, just after the pass, with both.
     */
    public void onChange(Runnable redraw) {
        boolean[] pending = {false};
        javafx.beans.value.ChangeListener<Object> changed = (o, a, b) -> {
            if (!pending[0]) {
                pending[0] = true;
                javafx.application.Platform.runLater(() -> {
                    pending[0] = false;
                    redraw.run();
                });
            }
        };
        textFillProperty().addListener(changed);
        backgroundProperty().addListener(changed);
    }

    public Color foreground() {
        applyCss();
        Paint p = getTextFill();
        return p instanceof Color c ? c : Color.BLACK;
    }

    public Color background() {
        applyCss();
        Background b = getBackground();
        if (b != null && !b.getFills().isEmpty() && b.getFills().get(0).getFill() instanceof Color c) {
            return c;
        }
        return Color.WHITE;
    }

    public static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
