package org.lmlens.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.lmlens.engine.LmLensException;

/** The built-in guide, {@code /org/lmlens/help/guide_en.md} or {@code guide_zh_CN.md}, as Markdown text. */
public final class Guide {
    private Guide() {
    }

    public static String resourceFor(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "/org/lmlens/help/guide_zh_CN.md" : "/org/lmlens/help/guide_en.md";
    }

    public static String markdown(Locale locale) {
        String resource = resourceFor(locale);
        try (InputStream in = Guide.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new LmLensException("Guide missing from the application: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LmLensException("Cannot read the guide " + resource + ": " + e.getMessage(), e);
        }
    }
}
