package org.lmlens.ui.explain;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.lmlens.ui.common.Fonts;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/** Renders LaTeX to a JavaFX image with JLaTeXMath (TeXFormula → TeXIcon → BufferedImage). */
public final class LatexImage {
    private static volatile boolean fontsRegistered;

    private LatexImage() {
    }

    /** Chinese words inside \text{…} need a CJK font; JLaTeXMath's own fonts have none. */
    private static void registerFonts() {
        if (fontsRegistered) {
            return;
        }
        String family = Fonts.awt(java.awt.Font.PLAIN, 12f).getFamily();
        for (Character.UnicodeBlock block : new Character.UnicodeBlock[] {Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS,
            Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION, Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS,
            Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A}) {
            TeXFormula.registerExternalFont(block, family);
        }
        fontsRegistered = true;
    }

    /** The formula at {@code size} points (about 1.35 × the UI font reads well on a projector). */
    public static BufferedImage renderAwt(String latex, float size, Color foreground) {
        registerFonts();
        TeXIcon icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        icon.setInsets(new java.awt.Insets(4, 4, 4, 4));
        icon.setForeground(foreground);
        BufferedImage image = new BufferedImage(Math.max(1, icon.getIconWidth()), Math.max(1, icon.getIconHeight()),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        return image;
    }

    /** The AWT colour of a JavaFX one (JLaTeXMath paints with AWT). */
    public static Color awt(javafx.scene.paint.Color c) {
        return new Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    /** A rendered formula as a JavaFX image (a quick pixel copy, fine on the FX thread); null stays null. */
    public static Image toFx(BufferedImage image) {
        return image == null ? null : SwingFXUtils.toFXImage(image, null);
    }
}
