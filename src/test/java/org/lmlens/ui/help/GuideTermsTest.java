package org.lmlens.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guide names what the app shows: its menu paths are real menu and sample names, its bold method names
 * are the methods' names in the same language, and (in Chinese) no paragraph is broken inside a line of
 * Chinese text, which Markdown would show as a space between two characters.
 */
class GuideTermsTest {
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*]+)\\*\\*");

    private static String read(String resource) throws IOException {
        try (InputStream in = GuideTermsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @CsvSource({"/org/lmlens/help/guide_zh_CN.md, zh, zh_CN", "/org/lmlens/help/guide_en.md, en, en"})
    void menuPathsAndMethodNamesAreTheAppsOwn(String guide, String sampleLanguage, String locale) throws IOException {
        String text = read(guide);
        ResourceBundle ui = ResourceBundle.getBundle("org.lmlens.i18n.messages", Locale.forLanguageTag(locale.replace('_', '-')),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Properties samples = new Properties();
        try (InputStream in = GuideTermsTest.class.getResourceAsStream("/sample-texts/samples.properties")) {
            samples.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> sampleNames = new ArrayList<>();
        for (String id : samples.getProperty("samples").split(",\\s*")) {
            sampleNames.add(samples.getProperty(id + ".name." + sampleLanguage));
        }
        List<String> methodNames = new ArrayList<>();
        for (String key : ui.keySet()) {
            if (key.startsWith("method.") && key.endsWith(".name")) {
                methodNames.add(ui.getString(key));
            }
        }
        Matcher m = BOLD.matcher(text);
        int paths = 0;
        int methods = 0;
        while (m.find()) {
            String bold = m.group(1).strip();
            if (bold.contains("▸")) {
                String[] parts = bold.split("\\s*▸\\s*");
                assertThat(parts[0]).as(bold).isEqualTo(ui.getString("menu.samples"));
                assertThat(sampleNames).as(bold).contains(parts[1]);
                paths++;
            } else if (methodNames.stream().anyMatch(n -> n.startsWith(bold.split("[（(]")[0]) && bold.length() > 3)) {
                assertThat(methodNames).as(bold).contains(bold);
                methods++;
            }
        }
        assertThat(paths).isGreaterThanOrEqualTo(4);
        assertThat(methods).isGreaterThanOrEqualTo(5);
    }

    @org.junit.jupiter.api.Test
    void chineseParagraphsAreNotBrokenBetweenCharacters() throws IOException {
        String[] lines = read("/org/lmlens/help/guide_zh_CN.md").split("\n");
        boolean code = false;
        for (int i = 0; i + 1 < lines.length; i++) {
            if (lines[i].startsWith("```")) {
                code = !code;
            }
            String next = lines[i + 1];
            boolean continues = !next.isBlank() && !next.startsWith("-") && !next.startsWith("#") && !next.startsWith("```")
                    && !next.startsWith("|") && !next.matches("\\d+\\. .*");
            if (!code && !lines[i].isBlank() && continues) {
                int last = lines[i].codePointBefore(lines[i].length());
                assertThat(Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN
                        || Character.UnicodeBlock.of(last) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                        || Character.UnicodeBlock.of(last) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS)
                        .as("line %d ends a Chinese line inside a paragraph: %s", i + 1, lines[i]).isFalse();
            }
        }
    }
}
