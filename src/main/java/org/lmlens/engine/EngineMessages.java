package org.lmlens.engine;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The engine's messages for the user (the text of its {@link LmLensException}s), in the language the app
 * shows: English unless the UI chose another ({@code I18n.setLocale} calls {@link #setLocale}). The CLI
 * keeps English. Plain {@link ResourceBundle}s ({@code org/lmlens/engine/messages*.properties}, UTF-8), so
 * the engine still imports no JavaFX. Patterns use {@link String#format} placeholders ({@code %s}, or
 * {@code %2$s} where a translation reorders them); every argument is passed as text, already formatted.
 */
public final class EngineMessages {
    static final String BASE_NAME = "org.lmlens.engine.messages";
    private static volatile ResourceBundle bundle = load(Locale.ROOT);

    private EngineMessages() {
    }

    /** The language of later messages (a message already thrown keeps its language). */
    public static void setLocale(Locale locale) {
        bundle = load(locale);
    }

    static ResourceBundle load(Locale locale) {
        // No fallback to the JVM's default locale: English is the base bundle, not a fallback's fallback.
        return ResourceBundle.getBundle(BASE_NAME, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message {@code key} in the current language, its placeholders filled with {@code args}. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key; // a missing key is a bug (EngineMessagesTest); show something rather than fail
        }
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = String.valueOf(args[i]);
        }
        return String.format(Locale.ROOT, pattern, text);
    }
}
