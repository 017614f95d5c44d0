package org.lmlens.ui;

import java.awt.geom.Rectangle2D;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.canvas.Canvas;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.fx.FXGraphics2D;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.lmlens.ui.common.Fonts;
import org.lmlens.ui.explain.LatexImage;
import org.lmlens.ui.teach.Charts;

/**
 * Start-up work done off the JavaFX Application Thread, before the window is built (from
 * {@code Application.init()}, which runs on the launcher thread once the toolkit is up). In a cold JVM the
 * first chart drawn, the first Chinese text laid out and the first formula rendered each keep the thread
 * that does it busy for 150-300 ms of CPU (class loading, font files, interpreted code); on the FX thread,
 * after the window is shown, that is a visible freeze. Here each is done once on detached objects (which
 * JavaFX allows off its thread), so the window's own first chart, Chinese label and formula are quick.
 * Measured with {@code org.lmlens.bench.FirstShowProbe}: 1.7-2 s here on two threads (1.1 s without the
 * table); the window's first build then takes about 1.2 s of FX-thread CPU instead of 2.1 s, and the 300 ms
 * first-chart stretch after it drops to 80-120 ms. (Building throw-away copies of the views and parsing the stylesheets too gained nothing
 * measurable: the rest of the first build is JavaFX's own skins, CSS and layout.)
 *
 * <p>Best effort: it only warms caches, so a failure here is ignored and the window is built anyway.
 */
public final class Prewarm {
    private static final AtomicBoolean DONE = new AtomicBoolean();
    /** What went wrong while warming (nothing, normally): for tests, since the steps swallow failures. */
    private static final java.util.List<Throwable> FAILURES = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Chart titles and text to lay out: Chinese and English, as the window shows. */
    private static final String SAMPLE_TITLE = "P(w | h)"; // i18n-ok: warm-up only
    private static final String[] SAMPLES = {"床前明月光，疑是地上霜。", // i18n-ok: warm-up only
        "Counts Next word 计数 下一个词 平滑方法 困惑度 ∞ ≈ → ·"}; // i18n-ok: warm-up only
    /** A formula with Chinese text, as the Smoothing explained tab renders (JLaTeXMath and the CJK font). */
    private static final String FORMULA = "P(w \\mid h) = \\frac{c(h\\,w)}{c(h)} \\quad \\text{中文}"; // i18n-ok: warm-up only

    private Prewarm() {
    }

    /**
     * Runs once per JVM (later calls return at once); never on the FX thread, and only once the JavaFX
     * toolkit runs (some control classes cannot initialise before it, and would stay broken).
     */
    public static void run() {
        if (javafx.application.Platform.isFxApplicationThread() || !toolkitRunning()
                || !DONE.compareAndSet(false, true)) {
            return;
        }
        // Two threads, one per core: the table (controls, skins, the theme's stylesheet) beside the rest
        // (charts, fonts, formulas). One after the other they took 2 s; the window waits for both.
        java.util.concurrent.CompletableFuture<Void> table =
                java.util.concurrent.CompletableFuture.runAsync(() -> {
                    quietly(Prewarm::layoutTable);
                    quietly(Prewarm::layoutDialogPane);
                });
        quietly(() -> {
            Material2AL.values();
            Material2MZ.values();
        });
        quietly(() -> LatexImage.renderAwt(FORMULA, 20f, java.awt.Color.BLACK));
        quietly(Prewarm::drawChart);
        quietly(Prewarm::layoutText);
        table.join();
    }

    /** Whether {@link #run} has run in this JVM. */
    static boolean done() {
        return DONE.get();
    }

    static java.util.List<Throwable> failures() {
        return java.util.List.copyOf(FAILURES);
    }

    private static boolean toolkitRunning() {
        try {
            javafx.application.Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notStarted) {
            return false;
        }
    }

    /**
     * A bar chart and a line chart drawn a few times on a detached canvas through JFreeChart-FX, as the
     * views draw theirs: the first draw of a cold JVM takes over 150 ms (axes, fonts, FXGraphics2D).
     */
    private static void drawChart() {
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        XYSeries line = new XYSeries(SAMPLE_TITLE);
        for (int i = 0; i < 12; i++) {
            bars.addValue(1.0 / (i + 1), SAMPLE_TITLE, SAMPLES[0].substring(i % 5, i % 5 + 1) + i);
            line.add(i + 1, 100.0 / (i + 1));
        }
        JFreeChart[] charts = {
            Charts.style(ChartFactory.createBarChart(SAMPLE_TITLE, SAMPLE_TITLE, SAMPLE_TITLE, bars)),
            Charts.style(ChartFactory.createXYLineChart(SAMPLE_TITLE, SAMPLE_TITLE, SAMPLE_TITLE,
                    new XYSeriesCollection(line)))};
        Canvas canvas = new Canvas(640, 400);
        FXGraphics2D g = new FXGraphics2D(canvas.getGraphicsContext2D());
        for (int round = 0; round < 20; round++) {
            for (JFreeChart chart : charts) {
                chart.draw(g, new Rectangle2D.Double(0, 0, 640, 400));
            }
            canvas.getGraphicsContext2D().clearRect(0, 0, 640, 400);
        }
    }

    /**
     * Lays out English and Chinese text in the UI font at the sizes the window uses: the first Chinese
     * layout loads the CJK fallback font and its glyph strikes, 300 ms of CPU when the language is switched.
     */
    private static void layoutText() {
        String family = Fonts.fxFamily();
        for (double size = 9; size <= 30; size += 0.5) {
            for (FontWeight weight : new FontWeight[] {FontWeight.NORMAL, FontWeight.BOLD}) {
                Font font = Font.font(family, weight, size);
                for (String sample : SAMPLES) {
                    Text text = new Text(sample);
                    text.setFont(font);
                    text.getLayoutBounds();
                }
            }
        }
    }

    /**
     * A table filled and laid out twice in a detached scene with the window's stylesheets: the counts
     * table's first fill after start-up styled its new cells for 130 ms of FX-thread CPU in a cold JVM
     * (selector matching, cell skins, virtual flow), three times what it takes warm.
     */
    private static void layoutTable() {
        javafx.scene.control.TableView<Integer> table = new javafx.scene.control.TableView<>();
        for (String name : new String[] {"n-gram", "c", "P"}) { // i18n-ok: warm-up only
            javafx.scene.control.TableColumn<Integer, String> column = new javafx.scene.control.TableColumn<>(name);
            column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(
                    SAMPLES[cell.getValue() % 2] + cell.getValue()));
            table.getColumns().add(column);
        }
        javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(table);
        root.getStyleClass().add("lmlens-root");
        javafx.scene.Scene scene = new javafx.scene.Scene(root, 640, 900);
        scene.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(Prewarm.class.getResource(LmLensApp.STYLESHEET).toExternalForm());
        for (int round = 0; round < 3; round++) {
            table.getItems().setAll(java.util.stream.IntStream.range(round, round + 40).boxed().toList());
            root.applyCss();
            root.layout();
        }
    }

    /**
     * An error dialog's pane, styled and laid out in a detached scene: the first error dialog of a cold JVM
     * (a file that cannot be read, say) styled its pane for 40-68 ms of FX-thread CPU, most of it here. (The
     * dialog's own window can only be made on the FX thread.)
     */
    private static void layoutDialogPane() {
        javafx.scene.control.DialogPane pane = new javafx.scene.control.DialogPane();
        pane.setHeaderText(SAMPLES[1]);
        pane.setContentText(SAMPLES[0]);
        pane.getButtonTypes().add(javafx.scene.control.ButtonType.OK);
        pane.getStyleClass().add("alert");
        pane.getStyleClass().add("error");
        pane.getStylesheets().add(Prewarm.class.getResource(LmLensApp.STYLESHEET).toExternalForm());
        javafx.scene.Scene scene = new javafx.scene.Scene(pane, 480, 240);
        scene.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        for (int round = 0; round < 3; round++) {
            pane.applyCss();
            pane.layout();
            pane.setContentText(SAMPLES[round % 2]);
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void quietly(Step step) {
        try {
            step.run();
        } catch (Exception | LinkageError e) {
            FAILURES.add(e); // warming only: the window is built anyway, from colder code
        }
    }
}
