package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.model.TrainedText;

/** A stray byte never turns a text into another encoding, and a decoding that is a jumble is refused. */
class EncodingMisreadTest {
    @TempDir
    Path dir;

    /** Some 100 KB of ordinary English, one sentence per line. */
    private static String english() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < 100_000; i++) {
            sb.append("The jury said it did find that the election was conducted , number ").append(i).append(" .\n");
        }
        return sb.toString();
    }

    private static String chinese() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            sb.append("床前明月光，疑是地上霜。举头望明月，低头思故乡。\n春眠不觉晓，处处闻啼鸟。夜来风雨声，花落知多少。\n");
        }
        return sb.toString();
    }

    private TextInfo inspect(Path f, Charset given) {
        return TextReader.inspect(TextSource.ofFile(f), TextOptions.automatic().withEncoding(given));
    }

    @Test
    void aStrayNulInEnglishIsRefusedWhereItIsNotReadAsUtf16() throws IOException {
        byte[] b = english().getBytes(StandardCharsets.US_ASCII);
        b[10_000] = 0;
        Path f = Files.write(dir.resolve("nul.txt"), b);
        assertThat(EncodingDetector.detect(b, EncodingDetector.SAMPLE_BYTES, false, null).charset().name())
                .doesNotStartWith("UTF-16");
        long line = new String(b, 0, 10_000, StandardCharsets.US_ASCII).chars().filter(c -> c == '\n').count() + 1;
        assertThatThrownBy(() -> TrainedText.load(TextSource.ofFile(f), TextOptions.automatic(), 1, 2, Progress.NONE))
                .isInstanceOf(LmLensException.class)
                .hasMessageContaining("nul.txt has a NUL byte at byte 10000 (line " + line + ")");
    }

    @Test
    void aNulAndASpaceTogetherAreNotUtf16Either() {
        byte[] b = english().getBytes(StandardCharsets.US_ASCII);
        int space = english().indexOf(' ', 5000);
        b[space - 1] = 0; // 00 20 reads as U+0020 in UTF-16BE: one separator, which once was enough
        assertThat(EncodingDetector.utf16WithoutBom(b, EncodingDetector.SAMPLE_BYTES, false)).isNull();
    }

    @Test
    void utf16WithoutByteOrderMarkIsStillDetectedBothWays() throws IOException {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Path zh = Files.write(dir.resolve("zh." + cs.name()), chinese().getBytes(cs));
            Path en = Files.write(dir.resolve("en." + cs.name()), english().getBytes(cs));
            assertThat(inspect(zh, null).files().get(0).encoding()).isEqualTo(cs);
            assertThat(inspect(en, null).files().get(0).encoding()).isEqualTo(cs);
        }
    }

    @Test
    void aGivenEncodingThatTurnsTheTextIntoGarbageIsRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("english.txt"), english());
        assertThatThrownBy(() -> inspect(f, StandardCharsets.UTF_16LE))
                .isInstanceOf(LmLensException.class)
                .hasMessageContaining("english.txt read as UTF-16LE gives mostly rare or unassigned characters");
        Path zh = Files.write(dir.resolve("gbk.txt"), chinese().getBytes(Charset.forName("GB18030")));
        assertThatThrownBy(() -> inspect(zh, Charset.forName("Big5")))
                .isInstanceOf(LmLensException.class).hasMessageContaining("read as Big5");
        assertThat(inspect(zh, Charset.forName("GB18030")).files().get(0).encoding().name()).isEqualTo("GB18030");
    }

    @Test
    void garbageIsTellingAMisreadFromRealText() {
        String zh = chinese();
        assertThat(GarbageDecoding.looksLikeGarbage(zh)).isFalse();
        assertThat(GarbageDecoding.looksLikeGarbage(new String(zh.getBytes(StandardCharsets.UTF_8), Charset.forName("GB18030"))))
                .isTrue();
        byte[] en = english().getBytes(StandardCharsets.US_ASCII);
        assertThat(GarbageDecoding.looksLikeGarbage(new String(en, StandardCharsets.UTF_16BE))).isTrue();
        assertThat(GarbageDecoding.looksLikeGarbage(english())).isFalse();
        assertThat(GarbageDecoding.looksLikeGarbage("Привет, как дела? Ça va très bien, merci. Grüße aus Köln.")).isFalse();
    }
}
