package org.lmlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lmlens.ui.common.Settings;

/** Theme, language and text size survive a restart (a new Settings on the same store); the zoom range is PresenterModeTest's. */
class SettingsTest {
    private final Preferences node = Preferences.userRoot().node("org/lmlens/test-settings");

    @AfterEach
    void clean() throws Exception {
        node.removeNode();
    }

    @Test
    void choicesAreRemembered() {
        Settings first = new Settings(node);
        first.setDarkTheme(true);
        first.setLocale(Locale.SIMPLIFIED_CHINESE);
        first.setTextScale(1.5);
        Settings again = new Settings(Preferences.userRoot().node("org/lmlens/test-settings"));
        assertThat(again.darkTheme()).isTrue();
        assertThat(again.locale().getLanguage()).isEqualTo("zh");
        assertThat(again.textScale()).isEqualTo(1.5);
    }
}
