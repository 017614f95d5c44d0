package org.lmlens.ui.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.prefs.Preferences;
import org.lmlens.i18n.I18n;
import org.lmlens.engine.io.AtomicFiles;
import org.lmlens.ui.export.OrderedWriter;
import org.lmlens.ui.sessionfile.LmLensHome;

/**
 * What the app remembers between runs (theme, language, text size), in {@code settings.json} in the
 * {@link LmLensHome} folder (tests set {@code lmlens.home}). Each change is written atomically (temp
 * file and rename, {@link AtomicFiles}) off the calling thread, so a crash mid-write leaves the old file.
 * A damaged file never stops the app: the defaults are used, the bad file is kept beside as
 * {@code settings.json.bad}, and {@link #resetNotice()} says so once. Keys this version does not know
 * (written by a later one) are kept.
 */
public final class Settings {
    public static final String FILE_NAME = "settings.json"; // i18n-ok: file name
    private static final String THEME = "darkTheme"; // i18n-ok: settings key
    private static final String LANGUAGE = "language"; // i18n-ok: settings key
    private static final String TEXT_SCALE = "textScale"; // i18n-ok: settings key
    private static final String WINDOW = "window"; // i18n-ok: settings key
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final ObjectNode values;
    private String resetNotice;
    /** Every Settings writes through one background thread, in order. */
    private static final OrderedWriter WRITER = new OrderedWriter("lmlens-settings"); // i18n-ok: thread name

    /** The settings stored in {@code file}. */
    public Settings(Path file) {
        this.file = file;
        saved().join(); // a change made just before (another window, a test) is read back
        this.values = load();
    }

    /**
     * The settings in the user's LM Lens folder; when there are none yet, the choices an older version kept
     * in {@code legacy} (java.util.prefs) are taken over.
     */
    public Settings(Preferences legacy) {
        this(LmLensHome.dir().resolve(FILE_NAME));
        if (!Files.exists(file) && resetNotice == null) {
            String theme = legacy.get("theme", null); // i18n-ok: legacy preference key
            if (theme != null) {
                values.put(THEME, Boolean.parseBoolean(theme));
            }
            String language = legacy.get("language", null); // i18n-ok: legacy preference key
            if (language != null) {
                values.put(LANGUAGE, language);
            }
            double scale = legacy.getDouble("textScale", Double.NaN); // i18n-ok: legacy preference key
            if (Double.isFinite(scale)) {
                values.put(TEXT_SCALE, scale);
            }
        }
    }

    public static Settings user() {
        String node = System.getProperty("lmlens.prefs", "org/lmlens/ui"); // i18n-ok: legacy preference node
        return new Settings(Preferences.userRoot().node(node));
    }

    public synchronized boolean darkTheme() {
        return values.path(THEME).asBoolean(false);
    }

    public void setDarkTheme(boolean dark) {
        synchronized (this) {
            values.put(THEME, dark);
        }
        save();
    }

    /** The language chosen in the View menu, or the system's when none was chosen. */
    public synchronized Locale locale() {
        JsonNode tag = values.get(LANGUAGE);
        return tag == null || !tag.isTextual() ? Locale.getDefault() : Locale.forLanguageTag(tag.asText());
    }

    public void setLocale(Locale locale) {
        synchronized (this) {
            values.put(LANGUAGE, locale.toLanguageTag());
        }
        save();
    }

    public synchronized double textScale() {
        double scale = values.path(TEXT_SCALE).asDouble(1.0);
        return Double.isFinite(scale) && scale > 0 ? scale : 1.0;
    }

    public void setTextScale(double scale) {
        synchronized (this) {
            values.put(TEXT_SCALE, scale);
        }
        save();
    }

    /** The main window's bounds and maximised state when it was last closed. */
    public record WindowState(double x, double y, double width, double height, boolean maximized) {
    }

    public synchronized Optional<WindowState> window() {
        JsonNode w = values.get(WINDOW);
        if (w == null || !w.isObject()) {
            return Optional.empty();
        }
        double x = w.path("x").asDouble(Double.NaN); // i18n-ok: settings key
        double y = w.path("y").asDouble(Double.NaN); // i18n-ok: settings key
        double width = w.path("width").asDouble(Double.NaN); // i18n-ok: settings key
        double height = w.path("height").asDouble(Double.NaN); // i18n-ok: settings key
        if (!(Double.isFinite(x) && Double.isFinite(y) && width > 0 && height > 0
                && Double.isFinite(width) && Double.isFinite(height))) {
            return Optional.empty();
        }
        return Optional.of(new WindowState(x, y, width, height, w.path("maximized").asBoolean(false))); // i18n-ok: settings key
    }

    public void setWindow(WindowState state) {
        synchronized (this) {
            ObjectNode w = values.putObject(WINDOW);
            w.put("x", state.x()); // i18n-ok: settings key
            w.put("y", state.y()); // i18n-ok: settings key
            w.put("width", state.width()); // i18n-ok: settings key
            w.put("height", state.height()); // i18n-ok: settings key
            w.put("maximized", state.maximized()); // i18n-ok: settings key
        }
        save();
    }

    /** A message for the user when the stored settings were damaged and reset; empty afterwards. */
    public synchronized Optional<String> resetNotice() {
        String notice = resetNotice;
        resetNotice = null;
        return Optional.ofNullable(notice);
    }

    /** Completes once every change made so far is on disk (tests; the app waits only when it stops). */
    public static CompletableFuture<Void> saved() {
        return WRITER.pending();
    }

    /** Waits (up to 5 s) until every change made so far is on disk: when the app stops. */
    public static void awaitWrites() {
        WRITER.awaitPending();
    }

    private ObjectNode load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return MAPPER.createObjectNode();
        } catch (IOException e) {
            resetNotice = I18n.get("settings.reset", file);
            return MAPPER.createObjectNode();
        }
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw new IOException("not a JSON object"); // i18n-ok: internal, never shown
        } catch (IOException | RuntimeException e) {
            try {
                Files.move(file, file.resolveSibling(FILE_NAME + ".bad"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // The next save replaces it anyway.
            }
            resetNotice = I18n.get("settings.reset", file);
            return MAPPER.createObjectNode();
        }
    }

    /** Writes a snapshot off the calling thread ({@link OrderedWriter}: no I/O or encoding on the FX thread). */
    private void save() {
        ObjectNode snapshot;
        synchronized (this) {
            snapshot = values.deepCopy();
        }
        WRITER.write(file, () -> MAPPER.writeValueAsBytes(snapshot));
    }

}
