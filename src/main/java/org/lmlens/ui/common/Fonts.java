package org.lmlens.ui.common;

import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fonts that can show Chinese. JavaFX CSS takes one family per rule, so the app picks the first
 * installed family of a CJK-capable list; JFreeChart draws with AWT fonts, so it gets an AWT font whose
 * {@code canDisplayUpTo} covers a Chinese sample.
 */
public final class Fonts {
    /** Preferred families, best first. */
    public static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "Noto Sans SC", // i18n-ok: font
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", // i18n-ok: fonts
            "Hiragino Sans GB", "Source Han Sans SC", "SimHei", "Droid Sans Fallback"); // i18n-ok: fonts
    /** Text a font must display to be chosen (never shown). */
    private static final String CHINESE_SAMPLE = "语言模型平滑困惑度床前明月光"; // i18n-ok: probe text

    private Fonts() {
    }

    /** The first installed family of {@link #CJK_FAMILIES} among the given families, or null. */
    public static String pick(Set<String> installed) {
        return CJK_FAMILIES.stream().filter(installed::contains).findFirst().orElse(null);
    }

    private static volatile String fxFamily;
    private static volatile boolean fxFamilyKnown;

    /** The family JavaFX should use, or null to keep the theme's (looked up once). */
    public static String fxFamily() {
        if (!fxFamilyKnown) {
            fxFamily = pick(Set.copyOf(javafx.scene.text.Font.getFamilies()));
            fxFamilyKnown = true;
        }
        return fxFamily;
    }

    /** An AWT font that displays Chinese, in the given style and size; the logical SansSerif font otherwise. */
    public static java.awt.Font awt(int style, float size) {
        String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
        Set<String> installed = Arrays.stream(names).collect(Collectors.toSet());
        for (String family : CJK_FAMILIES) {
            if (installed.contains(family)) {
                java.awt.Font f = new java.awt.Font(family, style, Math.round(size));
                if (f.canDisplayUpTo(CHINESE_SAMPLE) == -1) {
                    return f.deriveFont(size);
                }
            }
        }
        return new java.awt.Font(java.awt.Font.SANS_SERIF, style, Math.round(size)).deriveFont(size);
    }
}
