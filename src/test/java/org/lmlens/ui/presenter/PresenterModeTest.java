package org.lmlens.ui.presenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lmlens.ui.export.TestCharts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PresenterModeTest {
    private Scene scene;
    private Label label;
    private TableView<TestCharts.Row> table;
    private ChartViewer viewer;
    private PresenterMode mode;

    @Start
    void start(Stage stage) {
        // the app's theme: AtlantaFX sizes rows and paddings in em
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        label = new Label("困惑度 perplexity");
        table = TestCharts.table();
        viewer = new ChartViewer(TestCharts.barChart());
        viewer.setPrefSize(400, 300);
        VBox root = new VBox(label, table, viewer);
        root.setStyle("-fx-padding: 4;");
        scene = new Scene(root, 800, 900);
        mode = PresenterMode.install(scene);
        mode.charts().add(viewer);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void modena() {
        Application.setUserAgentStylesheet(null);
    }

    private double labelFont(FxRobot robot) {
        double[] size = new double[1];
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            size[0] = label.getFont().getSize();
        });
        return size[0];
    }

    private double rowHeight(FxRobot robot) {
        double[] height = new double[1];
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            Node row = table.lookup(".table-row-cell");
            height[0] = row.getBoundsInLocal().getHeight();
        });
        return height[0];
    }

    @Test
    void labelFontAndTableRowsScaleByTheFactor(FxRobot robot) {
        double font = labelFont(robot);
        double row = rowHeight(robot);
        robot.interact(() -> mode.setScale(2.0));
        assertThat(labelFont(robot)).isCloseTo(2 * font, within(0.01));
        assertThat(rowHeight(robot)).isCloseTo(2 * row, within(2.0));
        robot.interact(() -> mode.setScale(1.0));
        assertThat(labelFont(robot)).isCloseTo(font, within(0.01));
        assertThat(scene.getRoot().getStyle()).isEqualTo("-fx-padding: 4;");
    }

    @Test
    void chartFontsAndLinesScaleAndComeBack(FxRobot robot) {
        JFreeChart chart = viewer.getChart();
        CategoryPlot plot = chart.getCategoryPlot();
        float title = chart.getTitle().getFont().getSize2D();
        float ticks = plot.getDomainAxis().getTickLabelFont().getSize2D();
        float legend = chart.getLegend().getItemFont().getSize2D();
        float stroke = ((BasicStroke) plot.getRenderer().getSeriesStroke(0)).getLineWidth();

        robot.interact(() -> mode.setScale(1.75));
        assertThat(chart.getTitle().getFont().getSize2D()).isCloseTo(title * 1.75f, within(0.01f));
        assertThat(plot.getDomainAxis().getTickLabelFont().getSize2D()).isCloseTo(ticks * 1.75f, within(0.01f));
        assertThat(chart.getLegend().getItemFont().getSize2D()).isCloseTo(legend * 1.75f, within(0.01f));
        assertThat(((BasicStroke) plot.getRenderer().getSeriesStroke(0)).getLineWidth())
                .isCloseTo(stroke * 1.75f, within(0.01f));
        assertThat(chart.getTitle().getFont().getFamily()).isEqualTo(TestCharts.barChart().getTitle().getFont().getFamily());

        robot.interact(() -> mode.setScale(2.5));
        assertThat(chart.getTitle().getFont().getSize2D()).isCloseTo(title * 2.5f, within(0.01f));
        robot.interact(() -> mode.setScale(1.0));
        assertThat(chart.getTitle().getFont().getSize2D()).isEqualTo(title);
        assertThat(((BasicStroke) plot.getRenderer().getSeriesStroke(0)).getLineWidth()).isEqualTo(stroke);
    }

    @Test
    void presenterModeAddsContrastKeepsAtLeast125PercentAndRestoresTheScaleBefore(FxRobot robot) {
        robot.interact(() -> mode.setScale(1.1));
        robot.interact(() -> mode.setActive(true));
        assertThat(scene.getStylesheets()).contains(PresenterMode.STYLESHEET);
        assertThat(mode.getScale()).isEqualTo(PresenterMode.PRESENTER_DEFAULT);
        robot.interact(() -> mode.setScale(1.0));
        assertThat(mode.getScale()).isEqualTo(PresenterMode.PRESENTER_MIN);
        robot.interact(() -> mode.setScale(9));
        assertThat(mode.getScale()).isEqualTo(PresenterMode.MAX);
        robot.interact(() -> mode.setActive(false));
        assertThat(scene.getStylesheets()).doesNotContain(PresenterMode.STYLESHEET);
        assertThat(mode.getScale()).isEqualTo(1.1);
        assertThat(mode.presenterScale()).isEqualTo(PresenterMode.MAX);
        robot.interact(() -> mode.setActive(true));
        assertThat(mode.getScale()).isEqualTo(PresenterMode.MAX);
        robot.interact(() -> mode.setActive(false));
    }

    @Test
    void presenterModeDrawsChartsOnWhiteWithBlackTextAndRestoresTheirColours(FxRobot robot) {
        JFreeChart chart = viewer.getChart();
        CategoryPlot plot = chart.getCategoryPlot();
        java.awt.Paint background = plot.getBackgroundPaint();
        java.awt.Paint ticks = plot.getDomainAxis().getTickLabelPaint();
        java.awt.Paint series = plot.getRenderer().getSeriesPaint(0);
        assertThat(background).isNotEqualTo(java.awt.Color.WHITE);
        robot.interact(() -> mode.setActive(true));
        assertThat(plot.getBackgroundPaint()).isEqualTo(java.awt.Color.WHITE);
        assertThat(plot.getDomainAxis().getTickLabelPaint()).isEqualTo(java.awt.Color.BLACK);
        assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(series);
        robot.interact(() -> mode.setActive(false));
        assertThat(plot.getBackgroundPaint()).isEqualTo(background);
        assertThat(plot.getDomainAxis().getTickLabelPaint()).isEqualTo(ticks);
    }

    @Test
    void keysToggleAndZoom(FxRobot robot) {
        robot.interact(() -> label.requestFocus());
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mode.isActive()).isTrue();
        assertThat(mode.getScale()).isEqualTo(1.5);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mode.getScale()).isEqualTo(1.75);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mode.getScale()).isEqualTo(1.25);
        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mode.getScale()).isEqualTo(1.25);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mode.isActive()).isFalse();
        assertThat(mode.getScale()).isEqualTo(1.0);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mode.getScale()).isEqualTo(1.25);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mode.getScale()).isEqualTo(1.0);
    }

    @Test
    void aChartAddedLaterGetsTheCurrentScale(FxRobot robot) {
        robot.interact(() -> mode.setScale(2.0));
        JFreeChart late = TestCharts.barChart();
        float title = late.getTitle().getFont().getSize2D();
        robot.interact(() -> mode.charts().add(new ChartViewer(late)));
        assertThat(late.getTitle().getFont().getSize2D()).isCloseTo(2 * title, within(0.01f));
        robot.interact(() -> mode.setScale(1.0));
    }
}
