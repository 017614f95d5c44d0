package org.lmlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.ui.common.Settings;

/**
 * Theme, language and text size survive a restart (a new Settings on the same file); the file is written
 * atomically; a damaged file gives the defaults and a notice, never a crash (the zoom range is
 * PresenterModeTest's).
 */
class SettingsTest {
    @TempDir
    Path home;

    @Test
    void choicesAreRemembered() {
        Path file = home.resolve(Settings.FILE_NAME);
        Settings first = new Settings(file);
        first.setDarkTheme(true);
        first.setLocale(Locale.SIMPLIFIED_CHINESE);
        first.setTextScale(1.5);
        Settings.saved().join();
        Settings again = new Settings(file);
        assertThat(again.darkTheme()).isTrue();
        assertThat(again.locale().getLanguage()).isEqualTo("zh");
        assertThat(again.textScale()).isEqualTo(1.5);
        assertThat(again.resetNotice()).isEmpty();
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(Settings.FILE_NAME); // no temp left
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aDamagedFileGivesTheDefaultsAndANoticeOnce() throws Exception {
        Path file = Files.writeString(home.resolve(Settings.FILE_NAME), "{\"darkTheme\": tru");
        Settings s = new Settings(file);
        assertThat(s.darkTheme()).isFalse();
        assertThat(s.textScale()).isEqualTo(1.0);
        assertThat(s.resetNotice()).hasValueSatisfying(n -> assertThat(n).contains(file.toString()));
        assertThat(s.resetNotice()).isEmpty();
        assertThat(home.resolve(Settings.FILE_NAME + ".bad")).hasContent("{\"darkTheme\": tru");
        s.setDarkTheme(true);
        Settings.saved().join();
        assertThat(new Settings(file).darkTheme()).isTrue();
    }

    @Test
    void wrongTypesAndNonObjectsAreHarmless() throws Exception {
        Path file = Files.writeString(home.resolve(Settings.FILE_NAME), "{\"darkTheme\": \"yes\", \"language\": 7,"
                + " \"textScale\": -3, \"later\": {\"x\": 1}}");
        Settings s = new Settings(file);
        assertThat(s.darkTheme()).isFalse();
        assertThat(s.locale()).isEqualTo(Locale.getDefault());
        assertThat(s.textScale()).isEqualTo(1.0);
        s.setTextScale(1.2);
        Settings.saved().join();
        assertThat(Files.readString(file)).contains("\"later\"").contains("1.2"); // a later version's keys are kept
        assertThat(new Settings(Files.writeString(home.resolve("list.json"), "[1, 2]")).resetNotice()).isPresent();
    }
}
