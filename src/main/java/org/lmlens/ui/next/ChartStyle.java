package org.lmlens.ui.next;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.lmlens.ui.common.Fonts;

/**
 * Gives a JFreeChart the app's look: AWT fonts that display Chinese and colours read from the AtlantaFX
 * theme (a hidden probe region whose background fills are the theme's CSS variables, see app.css), so
 * the chart follows Primer Light and Dark.
 */
final class ChartStyle {
    private static final java.awt.Font TITLE = Fonts.awt(java.awt.Font.BOLD, 15f);
    private static final java.awt.Font LABEL = Fonts.awt(java.awt.Font.PLAIN, 13f);
    private static final java.awt.Font TICK = Fonts.awt(java.awt.Font.PLAIN, 13f);
    static final java.awt.Font ITEM_LABEL = Fonts.awt(java.awt.Font.PLAIN, 11f);

    private ChartStyle() {
    }


    /** Reads bg, fg, muted fg, border and the series colours from the probe (after CSS was applied). */
    static List<Color> colours(Region probe) {
        probe.applyCss();
        List<Color> out = new java.util.ArrayList<>();
        if (probe.getBackground() != null) {
            for (BackgroundFill f : probe.getBackground().getFills()) {
                if (f.getFill() instanceof javafx.scene.paint.Color c) {
                    out.add(new Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(),
                            (float) c.getOpacity()));
                }
            }
        }
        List<Color> defaults = List.of(Color.WHITE, new Color(0x1f2328), new Color(0x656d76), new Color(0xd0d7de),
                new Color(0x0969da), new Color(0xbf8700), new Color(0x1a7f37), new Color(0xcf222e),
                new Color(0x8c959f));
        for (int i = out.size(); i < defaults.size(); i++) {
            out.add(defaults.get(i));
        }
        return out;
    }

    static void apply(JFreeChart chart, List<Color> c, int seriesCount, boolean othersBar) {
        Color bg = c.get(0);
        Color fg = c.get(1);
        Color muted = c.get(2);
        Color border = c.get(3);
        chart.setBackgroundPaint(bg);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
            chart.getTitle().setPaint(fg);
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(LABEL);
            chart.getLegend().setItemPaint(fg);
            chart.getLegend().setBackgroundPaint(bg);
            chart.getLegend().setFrame(new org.jfree.chart.block.BlockBorder(bg));
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(bg);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(border);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        CategoryAxis x = plot.getDomainAxis();
        ValueAxis y = plot.getRangeAxis();
        for (org.jfree.chart.axis.Axis a : List.of(x, y)) {
            a.setLabelFont(LABEL);
            a.setLabelPaint(muted);
            a.setTickLabelFont(TICK);
            a.setTickLabelPaint(fg);
            a.setAxisLinePaint(border);
            a.setTickMarkPaint(border);
        }
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        y.setUpperMargin(0.12); // room for the value printed above the tallest bar
        x.setMaximumCategoryLabelWidthRatio(2.5f);
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.05);
        r.setMaximumBarWidth(0.08);
        for (int s = 0; s < seriesCount; s++) {
            r.setSeriesPaint(s, c.get(4 + s % 4));
        }
        r.setDefaultItemLabelPaint(fg);
        if (seriesCount > 2) {
            r.setDefaultItemLabelsVisible(false);
        }
    }
}
