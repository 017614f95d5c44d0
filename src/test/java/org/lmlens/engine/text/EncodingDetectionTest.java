package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmlens.engine.LmLensException;

/** Real files written in each encoding are read correctly without naming the encoding. */
class EncodingDetectionTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final TextOptions CHARS = TextOptions.automatic().withTokenizer(Tokenizers.byName("char"));

    @TempDir
    Path dir;

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8", TextSamples.TANG, StandardCharsets.UTF_8, new byte[0], "UTF-8"),
                Arguments.of("UTF-8 BOM", TextSamples.TANG, StandardCharsets.UTF_8, bytes(0xEF, 0xBB, 0xBF), "UTF-8"),
                Arguments.of("UTF-16LE BOM", TextSamples.TANG, StandardCharsets.UTF_16LE, bytes(0xFF, 0xFE), "UTF-16LE"),
                Arguments.of("UTF-16BE BOM", TextSamples.TANG, StandardCharsets.UTF_16BE, bytes(0xFE, 0xFF), "UTF-16BE"),
                Arguments.of("UTF-16LE", TextSamples.TANG, StandardCharsets.UTF_16LE, new byte[0], "UTF-16LE"),
                Arguments.of("UTF-16BE", TextSamples.TANG, StandardCharsets.UTF_16BE, new byte[0], "UTF-16BE"),
                Arguments.of("GB18030", TextSamples.TANG, GB18030, new byte[0], "GB18030"),
                Arguments.of("GBK", TextSamples.TANG, GBK, new byte[0], "GB18030"),
                Arguments.of("GBK short", TextSamples.TANG_SHORT, GBK, new byte[0], "GB18030"),
                Arguments.of("GBK modern", TextSamples.MODERN, GBK, new byte[0], "GB18030"),
                Arguments.of("Big5", TextSamples.TRADITIONAL, BIG5, new byte[0], "Big5"),
                Arguments.of("GBK traditional", TextSamples.TRADITIONAL, GBK, new byte[0], "GB18030"),
                Arguments.of("GB18030 traditional short", TextSamples.TRADITIONAL_SHORT, GB18030, new byte[0], "GB18030"),
                Arguments.of("Big5 short", TextSamples.TRADITIONAL_SHORT, BIG5, new byte[0], "Big5"),
                Arguments.of("UTF-8 traditional", TextSamples.TRADITIONAL, StandardCharsets.UTF_8, new byte[0], "UTF-8"),
                Arguments.of("UTF-16LE traditional", TextSamples.TRADITIONAL, StandardCharsets.UTF_16LE, new byte[0], "UTF-16LE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void readsEveryEncodingWithoutBeingTold(String label, String text, Charset cs, byte[] bom, String expected)
            throws IOException {
        Path file = TextSamples.write(dir, "poem.txt", text, cs, bom);

        TextSamples.Result r = TextSamples.read(TextSource.ofFile(file), CHARS);

        assertThat(r.info().files().get(0).encoding().name()).isEqualTo(expected);
        List<List<String>> expectedSentences = TextSamples.read(TextSource.ofString("s", text), CHARS).sentences();
        assertThat(r.sentences()).isEqualTo(expectedSentences);
        assertThat(r.sentences().get(0).get(0)).isEqualTo(text.substring(0, 1));
        assertThat(r.sentences()).hasSize((int) text.lines().count());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"你好, GBK, GB18030", "中文, GBK, GB18030", "謝謝, Big5, Big5",
        "你好嗎, Big5, Big5", "學習, Big5, Big5"})
    void aWordOrTwoIsEnough(String text, String written, String expected) {
        byte[] b = (text + "\n").getBytes(Charset.forName(written));
        EncodingDetector.Result r = EncodingDetector.detect(b, b.length, true, null);
        assertThat(r.charset().name()).isEqualTo(expected);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Le cœur a ses raisons que la raison ne connaît point. Où êtes-vous, mon élève ?|windows-1252",
        "Съешь же ещё этих мягких французских булок, да выпей чаю.|KOI8-R",
        "Съешь же ещё этих мягких французских булок, да выпей чаю.|windows-1251"})
    void europeanLegacyTextIsNotMistakenForChinese(String text, String written) {
        byte[] b = (text + "\n").getBytes(Charset.forName(written));
        List<String> tokens = TextSamples.read(TextSource.ofFile(writeBytes(b)), TextOptions.automatic()).sentences()
                .get(0);
        assertThat(String.join(" ", tokens)).doesNotContainPattern("\\p{IsHan}");
        if (!written.equals("windows-1251")) { // universalchardet takes one short windows-1251 line for MacCyrillic
            assertThat(tokens.get(0)).isEqualTo(text.substring(0, text.indexOf(' ')));
        }
    }

    private Path writeBytes(byte[] b) {
        try {
            return Files.write(dir.resolve("legacy.txt"), b);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aByteOrderMarkWinsOverTheGivenEncoding() throws IOException {
        Path file = TextSamples.write(dir, "bom.txt", TextSamples.TANG, StandardCharsets.UTF_16LE, bytes(0xFF, 0xFE));

        TextSamples.Result r = TextSamples.read(TextSource.ofFile(file), CHARS.withEncoding(GBK));

        assertThat(r.info().files().get(0).encoding()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(r.info().files().get(0).encodingMethod()).isEqualTo(EncodingDetector.Method.BOM);
        assertThat(r.sentences().get(0)).first().isEqualTo("床");
    }

    @Test
    void anExplicitEncodingOverridesDetection() throws IOException {
        // Latin-1 bytes of "café" are not UTF-8; named explicitly they read as intended.
        Path file = TextSamples.write(dir, "latin1.txt", "café au lait\n", StandardCharsets.ISO_8859_1);

        TextSamples.Result r = TextSamples.read(TextSource.ofFile(file),
                TextOptions.automatic().withEncoding(StandardCharsets.ISO_8859_1));

        assertThat(r.sentences().get(0)).containsExactly("café", "au", "lait");
        assertThat(r.info().files().get(0).encodingLabel()).isEqualTo("ISO-8859-1 (given)");
    }

    @Test
    void invalidTextNamesTheFileTheEncodingAndTheExactLine() throws IOException {
        StringBuilder sb = new StringBuilder("床前明月光\n");
        for (int i = 1; i < 20_000; i++) {
            sb.append("line ").append(i).append('\n');
        }
        byte[] good = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[good.length + 3];
        System.arraycopy(good, 0, all, 0, good.length);
        all[good.length] = (byte) 0xC3; // a UTF-8 lead byte followed by ASCII: malformed
        all[good.length + 1] = 'x';
        all[good.length + 2] = '\n';
        Path file = dir.resolve("broken.txt");
        Files.write(file, all);

        assertThatThrownBy(() -> TextSamples.read(TextSource.ofFile(file), TextOptions.automatic()))
                .isInstanceOf(LmLensException.class)
                .hasMessageContaining("broken.txt")
                .hasMessageContaining("UTF-8")
                .hasMessageContaining("line 20001");
    }

    @Test
    void chineseAfterALongEnglishPreambleIsStillDetected() throws IOException {
        String preamble = "Project notes, in English, before the poems start.\n".repeat(3000);
        Path file = TextSamples.write(dir, "notes.txt", preamble + TextSamples.TANG, GBK);
        assertThat(Files.size(file)).isGreaterThan(EncodingDetector.SAMPLE_BYTES);

        TextSamples.Result r = TextSamples.read(TextSource.ofFile(file), TextOptions.automatic());

        assertThat(r.info().encoding().name()).isEqualTo("GB18030");
        assertThat(r.sentences().get(3000)).first().isEqualTo("床");
    }

    @Test
    void detectsEachFileOfASourceSeparately() throws IOException {
        Path a = TextSamples.write(dir, "a.txt", TextSamples.TANG, GBK);
        Path b = TextSamples.write(dir, "b.txt", TextSamples.TANG, StandardCharsets.UTF_8);

        TextSamples.Result r = TextSamples.read(TextSource.ofFiles(List.of(a, b)), CHARS);

        assertThat(r.info().files()).extracting(f -> f.encoding().name()).containsExactly("GB18030", "UTF-8");
        assertThat(r.sentences().subList(0, 4)).isEqualTo(r.sentences().subList(4, 8));
        assertThat(r.info().encodingLabel()).contains("a.txt: GB18030 (detected)").contains("b.txt: UTF-8 (detected)");
    }

    @Test
    void committedFixturesReadCorrectly() throws Exception {
        String[][] fixtures = {{"tang-gbk.txt", "GB18030"}, {"tang-big5.txt", "Big5"}, {"tang-utf16le-nobom.txt", "UTF-16LE"},
            {"tang-utf8-bom.txt", "UTF-8"}};
        for (String[] f : fixtures) {
            Path p = Path.of(getClass().getResource("/text/" + f[0]).toURI());
            TextSamples.Result r = TextSamples.read(TextSource.ofFile(p), TextOptions.automatic());
            assertThat(r.info().encoding().name()).as(f[0]).isEqualTo(f[1]);
            assertThat(r.info().tokenizerLabel()).as(f[0]).isEqualTo("auto → char");
            assertThat(r.sentences().get(0)).as(f[0]).startsWith(f[0].contains("big5") ? "春" : "床");
        }
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
