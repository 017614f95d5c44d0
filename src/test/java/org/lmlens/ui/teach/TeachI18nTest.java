package org.lmlens.ui.teach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.SmoothingMethod;

/** Every key the teaching views use exists in English and Chinese, and the two bundles have the same keys. */
class TeachI18nTest {
    private static final Pattern KEY = Pattern.compile("I18n\\.(?:get|bind|getOrDefault)\\(\"([a-zA-Z0-9.\\-]+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TeachI18nTest.class.getResourceAsStream("/org/lmlens/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String pkg : new String[] {"score", "evaluate", "corpus", "explain", "generate", "charts", "tabs"}) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/lmlens/ui", pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(f));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        keys.removeIf(k -> k.endsWith(".")); // prefixes completed in code, listed below
        for (int bin = 0; bin <= 4; bin++) {
            keys.add("score.legend." + bin);
        }
        for (String s : new String[] {"sentences", "tokens", "types", "ttr", "hapax", "zipf"}) {
            keys.add("corpus." + s);
        }
        for (org.lmlens.ui.tabs.TabEntry tab : org.lmlens.ui.tabs.TabRegistry.standard().entries()) {
            keys.add(tab.titleKey()); // used by the main window
            keys.add(tab.tooltipKey());
        }
        keys.add("teach.tab.step");
        for (SmoothingMethod method : Methods.all()) {
            keys.add("explain.paragraph." + method.name());
        }
        return keys;
    }

    @Test
    void everyUsedKeyIsTranslatedAndBothLanguagesMatch() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        Set<String> used = usedKeys();
        assertThat(used).hasSizeGreaterThan(80);
        assertThat(en.stringPropertyNames()).containsAll(used);
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        for (String k : en.stringPropertyNames()) {
            assertThat(zh.getProperty(k)).as(k).isNotBlank();
            // patterns must be valid MessageFormat patterns with the same arguments
            assertThat(new MessageFormat(zh.getProperty(k)).getFormats().length).as(k)
                    .isEqualTo(new MessageFormat(en.getProperty(k)).getFormats().length);
        }
    }
}
