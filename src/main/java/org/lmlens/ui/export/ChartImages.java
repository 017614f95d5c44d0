package org.lmlens.ui.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * A chart as an image file. PNGs are drawn at {@link #PNG_SCALE}× the on-screen size with a scaled
 * {@link Graphics2D}, so the layout (what fits where) is the one on screen but every line and glyph has
 * twice the pixels: sharp on a slide or in a printed report. SVGs are vector, through JFreeSVG.
 */
public final class ChartImages {
    public static final double PNG_SCALE = 2.0;

    private ChartImages() {
    }

    /** The chart laid out at width × height and drawn with every coordinate multiplied by scale. */
    public static BufferedImage render(JFreeChart chart, double width, double height, double scale) {
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Encodes an image as PNG (the stream is not closed). */
    public static void writePng(BufferedImage image, OutputStream out) throws IOException {
        if (!ImageIO.write(image, "png", out)) { // i18n-ok: image format id, developer message
            throw new IOException("No PNG writer available"); // i18n-ok: image format id, developer message
        }
    }

    /** The SVG document of the chart at width × height (user units = screen pixels). */
    public static String toSvg(JFreeChart chart, double width, double height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        return g.getSVGDocument();
    }
}
