package org.lmlens.ui.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.lmlens.ui.common.Fonts;

/**
 * The one look of every chart: CJK-capable AWT fonts large enough for a projector, the theme's background
 * and foreground (read from a {@link ThemeProbe}, so charts follow light and dark), grey grid lines, and the
 * Okabe-Ito palette (distinguishable with colour-blindness and in grey print when paired with markers or
 * dashes). Presenter mode scales what this sets ({@code presenter.ChartScaler}).
 */
public final class ChartTheme {
    /** Okabe & Ito (2008) colour-blind safe palette, without the yellow that vanishes on white. */
    public static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0x999999)};

    /** The colour of a bar that is not a series of its own ("all others"): the palette's grey. */
    public static final Color OTHERS = new Color(0x999999);
    /** Values printed on bars. */
    public static final Font ITEM_LABEL = Fonts.awt(Font.PLAIN, 11f);

    private ChartTheme() {
    }

    /**
     * A bar chart in the theme: flat bars in the palette's colours, one per series, with values printed on
     * them while there are at most two series.
     */
    public static JFreeChart styleBars(JFreeChart chart, ThemeProbe theme, int seriesCount) {
        style(chart, theme);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        plot.getRangeAxis().setUpperMargin(0.12); // room for the value printed above the tallest bar
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(2.5f);
        org.jfree.chart.renderer.category.BarRenderer r = (org.jfree.chart.renderer.category.BarRenderer) plot.getRenderer();
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.05);
        r.setMaximumBarWidth(0.08);
        for (int s = 0; s < seriesCount; s++) {
            r.setSeriesPaint(s, color(s));
        }
        r.setDefaultItemLabelFont(ITEM_LABEL);
        if (seriesCount > 2) {
            r.setDefaultItemLabelsVisible(false);
        }
        return chart;
    }

    public static Color color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    public static Font font(float size) {
        return Fonts.awt(Font.PLAIN, size);
    }

    /** Applies fonts and light-theme colours; call after the chart is built. */
    public static JFreeChart style(JFreeChart chart) {
        return style(chart, Color.WHITE, Color.BLACK);
    }

    /** Applies fonts and the theme's colours, read from the probe. */
    public static JFreeChart style(JFreeChart chart, ThemeProbe theme) {
        return style(chart, ThemeProbe.awt(theme.background()), ThemeProbe.awt(theme.foreground()));
    }

    private static Color mix(Color a, Color b, float share) {
        return new Color(Math.round(a.getRed() * (1 - share) + b.getRed() * share),
                Math.round(a.getGreen() * (1 - share) + b.getGreen() * share),
                Math.round(a.getBlue() * (1 - share) + b.getBlue() * share));
    }

    private static JFreeChart style(JFreeChart chart, Color background, Color foreground) {
        Color grid = mix(background, foreground, 0.15f);
        chart.setBackgroundPaint(background);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(10, 6, 6, 10));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(Fonts.awt(Font.BOLD, 16f));
            title.setPaint(foreground);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(13f));
            legend.setItemPaint(foreground);
            legend.setBackgroundPaint(background);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(background);
        plot.setOutlinePaint(mix(background, foreground, 0.25f));
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(grid);
            xy.setRangeGridlinePaint(grid);
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            axes(foreground, xy.getDomainAxis(), xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(grid);
            if (cat.getRenderer() != null) {
                cat.getRenderer().setDefaultItemLabelPaint(foreground);
            }
            cat.setRangeGridlineStroke(new BasicStroke(1f));
            axes(foreground, cat.getDomainAxis(), cat.getRangeAxis());
        }
        return chart;
    }

    /**
     * Ticks at powers of ten on a log axis spanning at least two decades (the automatic ticks would fall
     * on 10^0.2 steps such as 1,585). A narrower range that holds at least two powers of two gets those (1, 2,
     * 4, 8, …): its automatic ticks, at fractional powers of ten, printed in a whole-number format, read
     * "1 1 1 2 2 2 3" on the Zipf chart of the textbook mini-corpus. A narrower one keeps the automatic ticks.
     */
    public static void decadeTicks(org.jfree.chart.axis.LogAxis axis, double min, double max) {
        if (!(min > 0) || !(max > min)) {
            return;
        }
        if (max / min >= 100) {
            axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0), false, true);
            axis.setMinorTickCount(9);
            axis.setMinorTickMarksVisible(true);
        } else if (Math.floor(log2(max)) - Math.ceil(log2(min)) >= 1) {
            axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(Math.log10(2)), false, true);
            axis.setMinorTickCount(1);
        }
    }

    private static double log2(double v) {
        return Math.log(v) / Math.log(2);
    }

    private static void axes(Color foreground, Axis... axes) {
        for (Axis a : axes) {
            if (a != null) {
                a.setLabelFont(font(14f));
                a.setTickLabelFont(font(12f));
                a.setLabelPaint(foreground);
                a.setTickLabelPaint(foreground);
                a.setAxisLinePaint(foreground);
                a.setTickMarkPaint(foreground);
            }
        }
    }
}
