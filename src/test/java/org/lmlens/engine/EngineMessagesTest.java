package org.lmlens.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;

/**
 * The engine's messages exist in English and Chinese for every key the code uses, with the same
 * placeholders; the UI's language choice reaches messages thrown while loading.
 */
class EngineMessagesTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?s");

    @AfterEach
    void english() {
        EngineMessages.setLocale(Locale.ROOT);
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern call = Pattern.compile("EngineMessages\\.get\\(\"([a-zA-Z0-9.]+)\"");
        // keys chosen before the call: file formats, ARPA reasons, the reading advice
        Pattern literal = Pattern.compile("\"((?:format\\.|arpa\\.why\\.|memory\\.readingAdvice)[a-zA-Z0-9]*)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/lmlens/engine"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                for (Pattern p : new Pattern[] {call, literal}) {
                    Matcher m = p.matcher(src);
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    private static int placeholders(String pattern) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void everyKeyUsedHasAnEnglishAndAChineseTextWithTheSamePlaceholders() throws IOException {
        ResourceBundle en = EngineMessages.load(Locale.ROOT);
        ResourceBundle zh = EngineMessages.load(Locale.SIMPLIFIED_CHINESE);
        Set<String> used = keysUsedInCode();
        assertThat(used).hasSizeGreaterThan(40).contains("text.empty", "format.pdf", "arpa.why.mle");
        assertThat(en.keySet()).containsAll(used);
        assertThat(new TreeSet<>(zh.keySet())).isEqualTo(new TreeSet<>(en.keySet()));
        for (String key : en.keySet()) {
            assertThat(placeholders(zh.getString(key))).as(key).isEqualTo(placeholders(en.getString(key)));
            assertThat(zh.getString(key)).as(key).isNotEqualTo(en.getString(key));
        }
        assertThat(used).as("keys nobody uses").containsAll(en.keySet());
    }

    @Test
    void aBadFileIsReportedInTheChosenLanguage(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("空.txt"));
        Path pdf = Files.write(dir.resolve("paper.txt"), "%PDF-1.7\n\u0000\u0001binary".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> load(empty)).hasMessageEndingWith("空.txt is empty (0 bytes): there is no text to read");

        EngineMessages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThatThrownBy(() -> load(empty)).hasMessageEndingWith("空.txt 是空文件（0 字节）：没有可读的文本");
        assertThatThrownBy(() -> load(pdf)).hasMessageEndingWith("paper.txt 看起来是PDF 文件，不是纯文本");
        assertThatThrownBy(() -> load(dir)).isInstanceOf(LmLensException.class).hasMessageContaining("是一个文件夹");

        EngineMessages.setLocale(Locale.ENGLISH);
        assertThatThrownBy(() -> load(pdf)).hasMessageEndingWith("paper.txt looks like a PDF file, not plain text");
    }

    private static TrainedText load(Path file) {
        return TrainedText.load(TextSource.ofFiles(java.util.List.of(file)), TextOptions.defaults(), 1, 3, Progress.NONE);
    }
}
