package org.lmlens.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.engine.text.Tokenizers;
import org.lmlens.ui.session.Sample;
import org.lmlens.ui.session.Samples;

/** Both languages have exactly the same keys, none empty, and Chinese really is Chinese. */
class BundleCompletenessTest {
    static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        String path = "/org/lmlens/i18n/messages" + suffix + ".properties";
        try (var in = BundleCompletenessTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Properties en = bundle("");
        Properties zh = bundle("_zh_CN");
        Set<String> missingInZh = new TreeSet<>(en.stringPropertyNames());
        missingInZh.removeAll(zh.stringPropertyNames());
        Set<String> missingInEn = new TreeSet<>(zh.stringPropertyNames());
        missingInEn.removeAll(en.stringPropertyNames());
        assertThat(missingInZh).as("keys missing in messages_zh_CN.properties").isEmpty();
        assertThat(missingInEn).as("keys missing in messages.properties").isEmpty();
        for (String k : en.stringPropertyNames()) {
            assertThat(en.getProperty(k)).as(k).isNotBlank();
            assertThat(zh.getProperty(k)).as(k).isNotBlank();
        }
    }

    @Test
    void chineseTextsUseChineseAndStandardTerms() throws IOException {
        Properties zh = bundle("_zh_CN");
        for (String k : zh.stringPropertyNames()) {
            String v = zh.getProperty(k);
            boolean hasLetters = v.codePoints().anyMatch(Character::isLetter);
            boolean technical = k.startsWith("app.title") || k.equals("error.title") || k.equals("language.en")
                    || k.equals("matrix.undefined");
            if (hasLetters && !technical) {
                assertThat(v.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                        .as("%s is not translated: %s", k, v).isTrue();
            }
        }
        String all = String.join("\n", zh.stringPropertyNames().stream().map(zh::getProperty).toList());
        assertThat(all).contains("平滑", "最大似然估计", "加一平滑", "马尔可夫假设", "条件概率", "n 元语法", "语言模型");
    }

    @Test
    void everyRegisteredMethodTokenizerAndSampleHasADisplayName() throws IOException {
        for (String suffix : new String[] {"", "_zh_CN"}) {
            Properties p = bundle(suffix);
            for (SmoothingMethod m : Methods.all()) {
                // Methods added later fall back to their own description; the ones shipped now are translated.
                assertThat(p).as(suffix + " " + m.name()).containsKey("method." + m.name() + ".description");
                assertThat(p).containsKey("method." + m.name() + ".name");
            }
            Tokenizers.all().forEach(t -> assertThat(p).containsKey("tokenizer." + t.name()));
        }
        for (Sample s : Samples.all()) {
            assertThat(s.displayName(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
            assertThat(s.displayName(Locale.ENGLISH)).isNotBlank();
        }
        assertThat(Samples.all()).extracting(Sample::id).contains("sam", "brown", "kjv", "tang300", "quantangshi");
    }

    @Test
    void theHelperSwitchesLanguageAndFallsBack() {
        Locale saved = I18n.locale();
        try {
            I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
            assertThat(I18n.get("tab.counts")).isEqualTo("计数");
            assertThat(I18n.getOrDefault("method.no-such-method.description", "own text")).isEqualTo("own text");
            I18n.setLocale(Locale.ENGLISH);
            assertThat(I18n.get("tab.counts")).isEqualTo("Counts");
            assertThat(I18n.get("counts.rows", 12345)).isEqualTo("12,345 n-grams");
        } finally {
            I18n.setLocale(saved);
        }
    }
}
