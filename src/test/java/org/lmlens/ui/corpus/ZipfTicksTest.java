package org.lmlens.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.model.CorpusStatistics;

/**
 * The Zipf chart's log axes label distinct values, for the textbook mini-corpus (ranks 1-10, frequencies 1-3)
 * as for a large text: the automatic ticks of a narrow log range printed "1 1 1 2 2 2 3".
 */
class ZipfTicksTest {
    @Test
    void aNarrowRangeIsLabelledAtPowersOfTwoWithoutRepeats() {
        XYPlot plot = zipfPlot(CorpusStatistics.zipf(TestCorpora.mini(3).counts()));
        assertThat(labels((LogAxis) plot.getDomainAxis(), RectangleEdge.BOTTOM)).containsExactly("1", "2", "4", "8");
        List<String> frequencies = labels((LogAxis) plot.getRangeAxis(), RectangleEdge.LEFT);
        assertThat(frequencies).contains("1", "2").doesNotHaveDuplicates();
    }

    @Test
    void aWideRangeIsLabelledAtPowersOfTen() {
        long[] counts = new long[2000];
        for (int r = 1; r <= counts.length; r++) {
            counts[r - 1] = Math.max(1, 5000 / r);
        }
        XYPlot plot = zipfPlot(new CorpusStatistics.ZipfFit(counts, -1, Math.log10(5000), 1));
        assertThat(labels((LogAxis) plot.getDomainAxis(), RectangleEdge.BOTTOM)).containsExactly("1", "10", "100", "1,000");
    }

    private static XYPlot zipfPlot(CorpusStatistics.ZipfFit fit) {
        JFreeChart chart = CorpusView.zipfChart(fit);
        return chart.getXYPlot();
    }

    /** A log axis's tick carries its label as an attributed string. */
    private static String text(Tick tick) {
        if (tick instanceof org.jfree.chart.axis.LogTick log && log.getAttributedLabel() != null) {
            java.text.AttributedCharacterIterator it = log.getAttributedLabel().getIterator();
            StringBuilder b = new StringBuilder();
            for (char c = it.first(); c != java.text.CharacterIterator.DONE; c = it.next()) {
                b.append(c);
            }
            return b.toString();
        }
        return tick.getText() == null ? "" : tick.getText();
    }

    /** The labels of the major ticks the axis draws in a 600 × 400 plot. */
    private static List<String> labels(LogAxis axis, RectangleEdge edge) {
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        List<? extends Tick> ticks = axis.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 600, 400), edge);
        return ticks.stream().filter(t -> !(t instanceof ValueTick v) || v.getTickType() == TickType.MAJOR)
                .map(ZipfTicksTest::text).filter(t -> !t.isEmpty()).toList();
    }
}
