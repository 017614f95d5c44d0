package org.lmlens.ui.teach;

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
 * One look for every teaching chart: CJK-capable AWT fonts large enough for a projector, a light plot
 * area with grey grid lines, and the Okabe-Ito palette (distinguishable with colour-blindness).
 */
public final class Charts {
    /** Okabe & Ito (2008) colour-blind safe palette, without the yellow that vanishes on white. */
    public static final Color[] PALETTE = {
        new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
        new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0x999999)};

    private Charts() {
    }

    public static Color color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    public static Font font(float size) {
        return Fonts.awt(Font.PLAIN, size);
    }

    /** Applies fonts and colours; call after the chart is built. */
    public static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(10, 6, 6, 10));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(Fonts.awt(Font.BOLD, 16f));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font(13f));
            legend.setBackgroundPaint(Color.WHITE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(new Color(0xCCCCCC));
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(new Color(0xDDDDDD));
            xy.setRangeGridlinePaint(new Color(0xDDDDDD));
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            axes(xy.getDomainAxis(), xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(new Color(0xDDDDDD));
            cat.setRangeGridlineStroke(new BasicStroke(1f));
            axes(cat.getDomainAxis(), cat.getRangeAxis());
        }
        return chart;
    }

    /**
     * Ticks at powers of ten on a log axis spanning at least two decades (the automatic ticks would fall
     * on 10^0.2 steps such as 1,585); a narrower range keeps the automatic ticks.
     */
    public static void decadeTicks(org.jfree.chart.axis.LogAxis axis, double min, double max) {
        if (min > 0 && max / min >= 100) {
            axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0), false, true);
            axis.setMinorTickCount(9);
            axis.setMinorTickMarksVisible(true);
        }
    }

    private static void axes(Axis... axes) {
        for (Axis a : axes) {
            if (a != null) {
                a.setLabelFont(font(14f));
                a.setTickLabelFont(font(12f));
            }
        }
    }
}
