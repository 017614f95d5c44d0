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
        return "zh".equals(locale.getLanguage()) ? "/org/lmlens/help/guide_zh_CN.md" : "/org/lmlens/help/guide_en.md"; // i18n-ok: language code and resource paths
    }

    public static String markdown(Locale locale) {
        String resource = resourceFor(locale);
        try (InputStream in = Guide.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new LmLensException(org.lmlens.i18n.I18n.get("help.guide.missing", resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LmLensException(org.lmlens.i18n.I18n.get("help.guide.unreadable", resource, e.getMessage()), e);
        }
    }
}
