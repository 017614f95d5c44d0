package org.lmlens.ui.common;

import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs (theme, language), in {@link Preferences}: the JDK writes its
 * store atomically. Tests point {@code lmlens.prefs} at a scratch node so they never touch a user's.
 */
public final class Settings {
    private static final String THEME = "theme"; // i18n-ok: preference key
    private static final String LANGUAGE = "language"; // i18n-ok: preference key
    private static final String TEXT_SCALE = "textScale"; // i18n-ok: preference key

    private final Preferences prefs;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    public static Settings user() {
        String node = System.getProperty("lmlens.prefs", "org/lmlens/ui");
        return new Settings(Preferences.userRoot().node(node));
    }

    public boolean darkTheme() {
        return prefs.getBoolean(THEME, false);
    }

    public void setDarkTheme(boolean dark) {
        prefs.putBoolean(THEME, dark);
        flush();
    }

    /** The language chosen in the View menu, or the system's when none was chosen. */
    public Locale locale() {
        String tag = prefs.get(LANGUAGE, null);
        return tag == null ? Locale.getDefault() : Locale.forLanguageTag(tag);
    }

    public void setLocale(Locale locale) {
        prefs.put(LANGUAGE, locale.toLanguageTag());
        flush();
    }

    public double textScale() {
        return prefs.getDouble(TEXT_SCALE, 1.0);
    }

    public void setTextScale(double scale) {
        prefs.putDouble(TEXT_SCALE, scale);
        flush();
    }

    /** Writes the store off the calling thread (the FX thread must not do file I/O). */
    private void flush() {
        WRITER.execute(() -> {
            try {
                prefs.flush();
            } catch (BackingStoreException e) {
                // Not remembering a preference is harmless; the app keeps working with the current value.
            }
        });
    }

    private static final java.util.concurrent.Executor WRITER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lmlens-settings"); // i18n-ok: thread name
        t.setDaemon(true);
        return t;
    });
}
