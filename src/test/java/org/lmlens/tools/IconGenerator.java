package org.lmlens.tools;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws the app icon once with Java2D and writes it as {@code assets/icon.svg} (JFreeSVG) and as PNGs
 * (48…512 px), so the vector source and the bitmaps never drift apart. The mark: ascending count bars
 * (an n-gram histogram) under a magnifying lens, on a deep-blue rounded square.
 * Run: {@code java -cp target/test-classes:$(cat cp.txt) org.lmlens.tools.IconGenerator assets}
 */
public final class IconGenerator {
    static final int SIZE = 512;

    private IconGenerator() {
    }

    static void draw(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setPaint(new GradientPaint(32, 32, new Color(0x1E3A8A), 480, 480, new Color(0x2563EB)));
        g.fill(new RoundRectangle2D.Double(32, 32, 448, 448, 192, 192));

        int baseline = 404;
        int[] heights = {92, 168, 128, 236};
        Color[] colors = {new Color(0xC7D2FE), new Color(0xA5B4FC), new Color(0xE0E7FF), new Color(0xFBBF24)};
        for (int i = 0; i < heights.length; i++) {
            double x = 92 + i * 84;
            g.setColor(colors[i]);
            g.fill(new RoundRectangle2D.Double(x, baseline - heights[i], 60, heights[i], 14, 14));
        }
        g.setColor(new Color(255, 255, 255, 200));
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(80, baseline + 18, 432, baseline + 18));

        Ellipse2D lens = new Ellipse2D.Double(250, 120, 176, 176);
        g.setColor(new Color(255, 255, 255, 56));
        g.fill(lens);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(26));
        g.draw(lens);
        g.setStroke(new BasicStroke(38, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(404, 274, 448, 318));
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "assets");
        Files.createDirectories(dir);
        SVGGraphics2D svg = new SVGGraphics2D(SIZE, SIZE);
        draw(svg);
        Files.writeString(dir.resolve("icon.svg"), svg.getSVGDocument(), StandardCharsets.UTF_8);
        for (int px : new int[] {48, 128, 256, 512}) {
            BufferedImage image = new BufferedImage(px, px, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.scale(px / (double) SIZE, px / (double) SIZE);
            draw(g);
            g.dispose();
            ImageIO.write(image, "png", dir.resolve("icon-" + px + ".png").toFile());
        }
    }
}
