package org.lmlens.ui.presenter;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Scales a JFreeChart's text and lines: title and subtitle fonts, legend items, axis labels and tick labels,
 * item labels, series strokes, axis lines and grid lines. The chart's own sizes are remembered the first
 * time it is scaled, so scaling is always relative to the original (125 % then 200 % is 200 %, not 250 %)
 * and scale 1 restores it exactly. The chart's drawing area is not touched: its proportions stay. In
 * high contrast (presenter mode) plots are drawn on white with black text and dark grid lines; series
 * colours are left alone, since views give them meaning.
 */
public final class ChartScaler {
    /** A chart (held weakly: views drop charts) with the setters capturing its original sizes and colours. */
    private record Entry(WeakReference<JFreeChart> chart, List<Consumer<Double>> setters,
                         List<Consumer<Boolean>> contrast) {
    }

    /** Projector colours: plots on white, black text, dark grid lines. */
    static final Color PAPER = Color.WHITE;
    static final Color INK = Color.BLACK;
    static final Color GRID = new Color(0x55, 0x55, 0x55);

    // By identity: JFreeChart.equals/hashCode compare fonts, which scaling changes.
    private final List<Entry> entries = new ArrayList<>();

    public void scale(JFreeChart chart, double factor) {
        apply(chart, factor, false);
    }

    /** Scales, and in high contrast sets projector colours (the chart's own colours come back when off). */
    public void apply(JFreeChart chart, double factor, boolean highContrast) {
        Entry entry = entryOf(chart);
        // A chart out of the scene has its notifications off (ObservableChartViewer) and must keep them off: turned
        // on here, every chart of every tab redrew at once, in the event that switched presenter mode.
        boolean notifying = chart.isNotify();
        chart.setNotify(false);
        try {
            for (Consumer<Double> setter : entry.setters()) {
                setter.accept(factor);
            }
            for (Consumer<Boolean> setter : entry.contrast()) {
                setter.accept(highContrast);
            }
        } finally {
            if (notifying) {
                chart.setNotify(true); // one redraw, with every change
            }
        }
    }

    private Entry entryOf(JFreeChart chart) {
        entries.removeIf(e -> e.chart().get() == null);
        for (Entry e : entries) {
            if (e.chart().get() == chart) {
                return e;
            }
        }
        Entry entry = new Entry(new WeakReference<>(chart), capture(chart), captureColours(chart));
        entries.add(entry);
        return entry;
    }

    private static List<Consumer<Boolean>> captureColours(JFreeChart chart) {
        List<Consumer<Boolean>> setters = new ArrayList<>();
        colour(chart.getBackgroundPaint(), PAPER, chart::setBackgroundPaint, setters);
        if (chart.getTitle() != null) {
            colour(chart.getTitle().getPaint(), INK, chart.getTitle()::setPaint, setters);
        }
        Plot plot = chart.getPlot();
        colour(plot.getBackgroundPaint(), PAPER, plot::setBackgroundPaint, setters);
        List<Axis> axes = new ArrayList<>();
        if (plot instanceof CategoryPlot p) {
            colour(p.getRangeGridlinePaint(), GRID, p::setRangeGridlinePaint, setters);
            colour(p.getDomainGridlinePaint(), GRID, p::setDomainGridlinePaint, setters);
            axes.add(p.getDomainAxis());
            axes.add(p.getRangeAxis());
        } else if (plot instanceof XYPlot p) {
            colour(p.getRangeGridlinePaint(), GRID, p::setRangeGridlinePaint, setters);
            colour(p.getDomainGridlinePaint(), GRID, p::setDomainGridlinePaint, setters);
            axes.add(p.getDomainAxis());
            axes.add(p.getRangeAxis());
        }
        for (Axis a : axes) {
            if (a != null) {
                colour(a.getTickLabelPaint(), INK, a::setTickLabelPaint, setters);
                colour(a.getLabelPaint(), INK, a::setLabelPaint, setters);
                colour(a.getAxisLinePaint(), INK, a::setAxisLinePaint, setters);
            }
        }
        return setters;
    }

    private static void colour(Paint original, Paint contrast, Consumer<Paint> set, List<Consumer<Boolean>> setters) {
        setters.add(on -> set.accept(on ? contrast : original));
    }

    /** One setter per scalable attribute, each closing over the attribute's original value. */
    private static List<Consumer<Double>> capture(JFreeChart chart) {
        List<Consumer<Double>> setters = new ArrayList<>();
        RectangleInsets padding = chart.getPadding();
        setters.add(f -> chart.setPadding(new RectangleInsets(padding.getTop() * f, padding.getLeft() * f,
                padding.getBottom() * f, padding.getRight() * f)));
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            captureTitle(chart.getSubtitle(i), setters);
        }
        captureTitle(chart.getTitle(), setters);
        Plot plot = chart.getPlot();
        if (plot instanceof CategoryPlot p) {
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                captureAxis(p.getDomainAxis(i), setters);
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                captureAxis(p.getRangeAxis(i), setters);
            }
            captureStroke(p.getDomainGridlineStroke(), p::setDomainGridlineStroke, setters);
            captureStroke(p.getRangeGridlineStroke(), p::setRangeGridlineStroke, setters);
            for (int i = 0; i < p.getRendererCount(); i++) {
                int series = p.getDataset(i) == null ? 0 : p.getDataset(i).getRowCount();
                captureRenderer(p.getRenderer(i), series, setters);
            }
        } else if (plot instanceof XYPlot p) {
            for (int i = 0; i < p.getDomainAxisCount(); i++) {
                captureAxis(p.getDomainAxis(i), setters);
            }
            for (int i = 0; i < p.getRangeAxisCount(); i++) {
                captureAxis(p.getRangeAxis(i), setters);
            }
            captureStroke(p.getDomainGridlineStroke(), p::setDomainGridlineStroke, setters);
            captureStroke(p.getRangeGridlineStroke(), p::setRangeGridlineStroke, setters);
            for (int i = 0; i < p.getRendererCount(); i++) {
                int series = p.getDataset(i) == null ? 0 : p.getDataset(i).getSeriesCount();
                captureRenderer(p.getRenderer(i), series, setters);
            }
        } else if (plot instanceof PiePlot<?> p) {
            captureFont(p.getLabelFont(), p::setLabelFont, setters);
        }
        return setters;
    }

    private static void captureTitle(Title title, List<Consumer<Double>> setters) {
        if (title instanceof TextTitle t) {
            captureFont(t.getFont(), t::setFont, setters);
        } else if (title instanceof LegendTitle l) {
            captureFont(l.getItemFont(), l::setItemFont, setters);
        }
    }

    private static void captureAxis(Axis axis, List<Consumer<Double>> setters) {
        if (axis == null) {
            return;
        }
        captureFont(axis.getLabelFont(), axis::setLabelFont, setters);
        captureFont(axis.getTickLabelFont(), axis::setTickLabelFont, setters);
        captureStroke(axis.getAxisLineStroke(), axis::setAxisLineStroke, setters);
        captureStroke(axis.getTickMarkStroke(), axis::setTickMarkStroke, setters);
    }

    private static void captureRenderer(Object renderer, int seriesCount, List<Consumer<Double>> setters) {
        if (!(renderer instanceof AbstractRenderer r)) {
            return;
        }
        captureFont(r.getDefaultItemLabelFont(), r::setDefaultItemLabelFont, setters);
        captureStroke(r.getDefaultStroke(), r::setDefaultStroke, setters);
        for (int s = 0; s < seriesCount; s++) {
            int series = s;
            Stroke original = r.getSeriesStroke(series);
            if (original != null) {
                captureStroke(original, stroke -> r.setSeriesStroke(series, stroke, false), setters);
            }
        }
    }

    private static void captureFont(Font original, Consumer<Font> set, List<Consumer<Double>> setters) {
        if (original != null) {
            float size = original.getSize2D();
            setters.add(f -> set.accept(original.deriveFont((float) (size * f))));
        }
    }

    private static void captureStroke(Stroke original, Consumer<Stroke> set, List<Consumer<Double>> setters) {
        if (original instanceof BasicStroke b) {
            setters.add(f -> set.accept(scaled(b, f)));
        }
    }

    static BasicStroke scaled(BasicStroke b, double f) {
        float[] dash = b.getDashArray();
        float[] scaledDash = null;
        if (dash != null) {
            scaledDash = new float[dash.length];
            for (int i = 0; i < dash.length; i++) {
                scaledDash[i] = (float) (dash[i] * f);
            }
        }
        return new BasicStroke((float) (b.getLineWidth() * f), b.getEndCap(), b.getLineJoin(), b.getMiterLimit(),
                scaledDash, (float) (b.getDashPhase() * f));
    }
}
