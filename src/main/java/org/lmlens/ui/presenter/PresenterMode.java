package org.lmlens.ui.presenter;

import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Font;
import org.jfree.chart.fx.ChartViewer;
import org.lmlens.ui.help.Shortcuts;

/**
 * Presenter mode and zoom for a classroom projector. The scale sets {@code -fx-font-size} on the scene's
 * root: every font in the scene follows, and so do table rows and paddings, which themes size in em.
 * Registered charts get their fonts and line widths scaled too ({@link ChartScaler}). Presenter mode also
 * adds a high-contrast stylesheet and never goes below {@link #PRESENTER_MIN}; leaving it restores the
 * scale from before. Zoom (Ctrl+= / Ctrl+- / Ctrl+0) works in both modes; each mode remembers its own scale.
 */
public final class PresenterMode {
    public static final double[] STEPS = {0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5};
    public static final double MIN = 0.8;
    public static final double MAX = 2.5;
    public static final double PRESENTER_MIN = 1.25;
    public static final double PRESENTER_DEFAULT = 1.5;
    public static final String STYLESHEET =
            Objects.requireNonNull(PresenterMode.class.getResource("/org/lmlens/ui/presenter.css")).toExternalForm();
    private static final String FONT_SIZE_RULE = "-fx-font-size:\\s*[^;]*;?";

    private final Scene scene;
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(1.0);
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ObservableList<ChartViewer> charts = FXCollections.observableArrayList();
    private final ChartScaler chartScaler = new ChartScaler();
    private double baseFontSize = Double.NaN;
    private double normalScale = 1.0;
    private double presenterScale = PRESENTER_DEFAULT;

    public PresenterMode(Scene scene) {
        this.scene = scene;
        scale.addListener((o, a, b) -> apply());
        scene.rootProperty().addListener((o, a, b) -> apply());
        active.addListener((o, was, now) -> switchMode(now));
        charts.addListener((ListChangeListener<ChartViewer>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(this::scaleChart);
            }
        });
    }

    /** Creates the controller and registers its accelerators on the scene (F11, Ctrl+Shift+P, zoom keys). */
    public static PresenterMode install(Scene scene) {
        PresenterMode mode = new PresenterMode(scene);
        mode.registerAccelerators();
        return mode;
    }

    public void registerAccelerators() {
        put(Shortcuts.PRESENTER, this::toggle);
        put(Shortcuts.ZOOM_IN, this::zoomIn);
        put(Shortcuts.ZOOM_OUT, this::zoomOut);
        put(Shortcuts.ZOOM_RESET, this::resetZoom);
    }

    private void put(Shortcuts shortcut, Runnable action) {
        for (KeyCombination c : shortcut.combinations()) {
            scene.getAccelerators().put(c, action);
        }
    }


    /** The charts to scale with the UI; add a viewer when its view is built. */
    public ObservableList<ChartViewer> charts() {
        return charts;
    }

    /** Call after {@code viewer.setChart(…)}: the new chart gets the current scale. */
    public void chartReplaced(ChartViewer viewer) {
        scaleChart(viewer);
    }

    /** The current factor (1 = 100 %). */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double getScale() {
        return scale.get();
    }

    /** Sets the factor of the current mode, clamped to its range (presenter: 125–250 %). */
    public void setScale(double factor) {
        double min = active.get() ? PRESENTER_MIN : MIN;
        scale.set(Math.max(min, Math.min(MAX, factor)));
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public boolean isActive() {
        return active.get();
    }

    public void setActive(boolean on) {
        active.set(on);
    }

    public void toggle() {
        active.set(!active.get());
    }

    /** The factor presenter mode uses (remembered in sessions). */
    public double presenterScale() {
        return active.get() ? scale.get() : presenterScale;
    }

    public void setPresenterScale(double factor) {
        presenterScale = Math.max(PRESENTER_MIN, Math.min(MAX, factor));
        if (active.get()) {
            setScale(presenterScale);
        }
    }

    public void zoomIn() {
        for (double step : STEPS) {
            if (step > scale.get() + 1e-9) {
                setScale(step);
                return;
            }
        }
    }

    public void zoomOut() {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < scale.get() - 1e-9) {
                setScale(STEPS[i]);
                return;
            }
        }
    }

    /** Back to 100 %, or to presenter mode's default size while presenting. */
    public void resetZoom() {
        setScale(active.get() ? PRESENTER_DEFAULT : 1.0);
    }

    /** The root font size at scale 1; by default the theme's (AtlantaFX 14 px, Modena the system font's). */
    public void setBaseFontSize(double size) {
        baseFontSize = size;
        apply();
    }

    private void switchMode(boolean presenting) {
        if (presenting) {
            normalScale = scale.get();
            if (!scene.getStylesheets().contains(STYLESHEET)) {
                scene.getStylesheets().add(STYLESHEET);
            }
            setScale(presenterScale);
            charts.forEach(this::scaleChart);
        } else {
            presenterScale = scale.get();
            scene.getStylesheets().remove(STYLESHEET);
            setScale(normalScale);
            charts.forEach(this::scaleChart);
        }
    }

    private void apply() {
        Parent root = scene.getRoot();
        if (root != null) {
            String others = root.getStyle() == null ? "" : root.getStyle().replaceAll(FONT_SIZE_RULE, "").strip();
            boolean unscaled = Math.abs(scale.get() - 1.0) < 1e-9;
            String size = unscaled ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fpx;",
                    baseFontSize() * scale.get());
            root.setStyle((others + " " + size).strip());
        }
        charts.forEach(this::scaleChart);
    }

    /**
     * Scales the viewer's chart now and redraws it after the next pulse (if it is still shown then): drawn at
     * once, the shown charts added 35 ms to the FX event that switched presenter mode.
     */
    private void scaleChart(ChartViewer viewer) {
        org.jfree.chart.JFreeChart chart = viewer.getChart();
        if (chart == null) {
            return;
        }
        boolean notifying = chart.isNotify();
        chart.setNotify(false);
        chartScaler.apply(chart, scale.get(), active.get()); // notifications off: no redraw here
        if (notifying) {
            org.lmlens.ui.common.AfterPulse.run(scene.getRoot(), () -> {
                if (org.lmlens.ui.common.WhenShown.shown(viewer) && !chart.isNotify()) {
                    chart.setNotify(true); // one redraw, with the new fonts
                }
            });
        }
    }

    private double baseFontSize() {
        return Double.isNaN(baseFontSize) ? themeFontSize() : baseFontSize;
    }

    private static double themeFontSize() {
        String ua = Application.getUserAgentStylesheet();
        if (ua != null && ua.contains("atlantafx")) { // i18n-ok: stylesheet URL fragment
            return 14;
        }
        return Font.getDefault().getSize();
    }
}
