package org.lmlens.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lmlens.ui.export.FileChoosers;

/** The app's bundles (messages*.properties, where every key lives) are complete in both languages, and every key the classroom code uses exists. */
class ClassroomKeysTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(ClassroomKeysTest.class.getResourceAsStream("/org/lmlens/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void englishAndChineseHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(en.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
        assertThat(zh.getProperty("menu.view.presenter")).isEqualTo("演示模式");
    }

    @Test
    void everyKeyTheCodeUsesIsDefined() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern call = Pattern.compile("I18n\\.(?:get|bind|getOrDefault)\\(\"([a-zA-Z0-9.]+)\"");
        for (String pkg : new String[] {"export", "sessionfile", "presenter", "help"}) {
            try (Stream<Path> files = Files.list(Path.of("src/main/java/org/lmlens/ui", pkg))) {
                for (Path f : files.toList()) {
                    Matcher m = call.matcher(Files.readString(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (Shortcuts s : Shortcuts.values()) {
            used.add(s.key());
        }
        for (FileChoosers.Format f : FileChoosers.Format.values()) {
            used.add(f.key);
        }
        for (String title : new String[] {"export.chart.title", "export.table.title", "export.sentences.title",
                "export.arpa.title"}) {
            used.add(title);
        }
        assertThat(used).hasSizeGreaterThan(30);
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
    }
}
