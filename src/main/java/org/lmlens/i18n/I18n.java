package org.lmlens.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.Observable;

/**
 * Every user-visible string of the app, from {@code org/lmlens/i18n/messages*.properties}. The current
 * bundle is an observable property, so texts bound with {@link #bind} follow a language switch live.
 * {@link #get} may be called from any thread (it reads a volatile snapshot); the property itself is
 * changed on the FX thread only.
 */
public final class I18n {
    public static final String BASE_NAME = "org.lmlens.i18n.messages";
    /** The languages the app is translated into, in menu order. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ObjectProperty<ResourceBundle> BUNDLE = new SimpleObjectProperty<>(load(Locale.getDefault()));
    private static volatile ResourceBundle current = BUNDLE.get();

    private I18n() {
    }

    /** The bundle for a locale: Chinese for any zh locale, English (the base bundle) otherwise. */
    public static ResourceBundle load(Locale locale) {
        Locale chosen = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(BASE_NAME, chosen, I18n.class.getClassLoader(), NO_FALLBACK);
    }

    public static ObjectProperty<ResourceBundle> bundleProperty() {
        return BUNDLE;
    }

    public static void setLocale(Locale locale) {
        // the engine's messages (a bad file, the memory guard) follow the UI's language too
        org.lmlens.engine.EngineMessages.setLocale(locale);
        ResourceBundle b = load(locale);
        current = b;
        BUNDLE.set(b);
    }

    public static Locale locale() {
        return current.getLocale().getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /** The text for a key, formatted with {@link MessageFormat} when arguments are given. */
    public static String get(String key, Object... args) {
        return format(current, key, args);
    }

    public static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** The text for a key if the bundle has it, else the fallback (a method's own description…). */
    public static String getOrDefault(String key, String fallback) {
        return current.containsKey(key) ? current.getString(key) : fallback;
    }

    /** A text that follows the language. */
    public static StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> format(BUNDLE.get(), key, args), BUNDLE);
    }

    /** A text that follows the language and the given observables (arguments are read when recomputed). */
    public static StringBinding bind(java.util.function.Supplier<String> text, Observable... dependencies) {
        Observable[] all = new Observable[dependencies.length + 1];
        all[0] = BUNDLE;
        System.arraycopy(dependencies, 0, all, 1, dependencies.length);
        return Bindings.createStringBinding(text::get, all);
    }
}
