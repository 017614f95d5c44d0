package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;

class TextReaderTest {
    @TempDir
    Path dir;

    private static List<String> sentences(TextSource source, TextOptions options) {
        List<String> out = new ArrayList<>();
        TextReader.read(source, options, s -> out.add(String.join("|", s)), Progress.NONE);
        return out;
    }

    @Test
    void lineModeMakesEachNonEmptyLineASentence() {
        TextOptions o = TextOptions.defaults();
        assertThat(sentences(TextSource.ofString("t", "I am Sam\n\n  \nSam I am\r\nend"), o))
                .containsExactly("I|am|Sam", "Sam|I|am", "end");
    }

    @Test
    void punctModeSplitsOnTerminatorsButNotOnDecimals() {
        TextOptions o = TextOptions.defaults().withSentenceMode(SentenceMode.PUNCT);
        assertThat(sentences(TextSource.ofString("t", "It costs 3.14 dollars. Really?! Yes.\n\"Go.\" he said"), o))
                .containsExactly("It|costs|3.14|dollars|.", "Really|?|!", "Yes|.", "\"|Go|.|\"", "he|said");
        assertThat(sentences(TextSource.ofString("t", "床前明月光。疑是地上霜！举头望明月？"),
                o.withTokenizer(Tokenizers.byName("char"))))
                .containsExactly("床|前|明|月|光|。", "疑|是|地|上|霜|！", "举|头|望|明|月|？");
    }

    @Test
    void lowercaseApplies() {
        TextOptions o = TextOptions.defaults().withLowercase(true);
        assertThat(sentences(TextSource.ofString("t", "The CAT"), o)).containsExactly("the|cat");
    }

    @Test
    void bomsAreHonouredAndNeverPartOfTheText() throws IOException {
        Path utf16 = dir.resolve("u16.txt");
        byte[] body = "月光\nmoon".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(utf16, withBom);
        TextOptions o = TextOptions.defaults().withTokenizer(Tokenizers.byName("char"));
        assertThat(sentences(TextSource.ofFile(utf16), o)).containsExactly("月|光", "moon");
    }

    @Test
    void severalFilesAreReadInOrder() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "one\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "two\n");
        assertThat(sentences(TextSource.ofFiles(List.of(a, b)), TextOptions.defaults())).containsExactly("one", "two");
    }

    @Test
    void invalidBytesNameTheFileTheEncodingAndTheLine() throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'o', 'k', '\n', 'a', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThatThrownBy(() -> sentences(TextSource.ofFile(bad), TextOptions.defaults()))
                .isInstanceOf(LmLensException.class)
                .hasMessageContaining("bad.txt").hasMessageContaining("UTF-8");
    }

    @Test
    void cancellationStopsReading() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("line ").append(i).append('\n');
        }
        Path big = Files.writeString(dir.resolve("big.txt"), sb);
        Progress cancelled = new Progress() {
            @Override
            public void update(String stage, double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> TextReader.read(TextSource.ofFile(big), TextOptions.defaults(), s -> { }, cancelled))
                .isInstanceOf(Progress.CancelledException.class);
    }
}
