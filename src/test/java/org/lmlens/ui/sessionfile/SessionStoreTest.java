package org.lmlens.ui.sessionfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.Tokenizers;

class SessionStoreTest {
    @TempDir
    Path dir;

    /** Every option away from its default, so a field that is not saved or not restored shows. */
    private static SessionFile everyOptionChanged(SessionFile.Source source) {
        TextOptions options = TextOptions.defaults().withTokenizer(Tokenizers.byName("char")).withLowercase(true)
                .withSentenceMode(SentenceMode.PUNCT).withEncoding(java.nio.charset.Charset.forName("GB18030"));
        return SessionFile.defaults().withSource(source).withTextOptions(options, 3)
                .withModel(4, "lidstone", Map.of("k", 0.05))
                .withView("generate", "dark", "zh-CN", 1.75);
    }

    @Test
    void everyOptionSurvivesARoundTrip() {
        Path file = dir.resolve("lesson" + SessionFile.EXTENSION);
        SessionFile saved = everyOptionChanged(SessionFile.Source.file(dir.resolve("corpus.txt")));
        SessionStore.write(saved, file);
        SessionFile read = SessionStore.read(file);

        assertThat(read).isEqualTo(saved);
        assertThat(read.formatVersion()).isEqualTo(SessionFile.FORMAT_VERSION);
        assertThat(read.source().kind()).isEqualTo(SessionFile.Source.Kind.FILE);
        assertThat(read.source().filePath()).isEqualTo(dir.resolve("corpus.txt").toAbsolutePath());
        TextOptions options = read.textOptions();
        assertThat(options.tokenizer().name()).isEqualTo("char");
        assertThat(options.lowercase()).isTrue();
        assertThat(options.sentenceMode()).isEqualTo(SentenceMode.PUNCT);
        assertThat(options.encoding().name()).isEqualTo("GB18030");
        assertThat(read.minCount()).isEqualTo(3);
        assertThat(read.order()).isEqualTo(4);
        assertThat(read.smoothingMethod().name()).isEqualTo("lidstone");
        assertThat(read.methodParameters().get("k")).hasValue(0.05);
        assertThat(read.openTab()).isEqualTo("generate");
        assertThat(read.theme()).isEqualTo("dark");
        assertThat(read.language()).isEqualTo("zh-CN");
        assertThat(read.presenterScale()).isEqualTo(1.75);
    }

    @Test
    void theFileIsSmallIndentedJsonAPersonCanRead() throws Exception {
        Path file = dir.resolve("s.lmlens.json");
        SessionStore.write(everyOptionChanged(SessionFile.Source.sample("sam")), file);
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"formatVersion\" : 1,");
        assertThat(json).contains("\"kind\" : \"sample\"", "\"sampleId\" : \"sam\"", "\"tokenizer\" : \"char\"",
                "\"method\" : \"lidstone\"", "\"k\" : 0.05");
        assertThat(json).doesNotContain("\"path\"", "\"text\"");
        assertThat(Files.size(file)).isLessThan(1000);
    }

    @Test
    void chinesePathsAndPastedChineseTextRoundTrip() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("课程/第三章"));
        Path corpus = folder.resolve("唐诗三百首.txt");
        Path file = folder.resolve("语言模型课" + SessionFile.EXTENSION);
        SessionStore.write(everyOptionChanged(SessionFile.Source.file(corpus)), file);
        assertThat(SessionStore.read(file).source().filePath()).isEqualTo(corpus.toAbsolutePath());

        String pasted = "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n\"quoted\" \\ back\tslash 🙂";
        SessionStore.write(everyOptionChanged(SessionFile.Source.pasted(pasted)), file);
        SessionFile read = SessionStore.read(file);
        assertThat(read.source().kind()).isEqualTo(SessionFile.Source.Kind.PASTED);
        assertThat(read.source().text()).isEqualTo(pasted);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("床前明月光");
    }

    @Test
    void aSessionWithoutTextIsValid() {
        Path file = dir.resolve("empty.lmlens.json");
        SessionStore.write(SessionFile.defaults(), file);
        assertThat(SessionStore.read(file)).isEqualTo(SessionFile.defaults());
        assertThat(SessionStore.read(file).source()).isNull();
    }

    @Test
    void aCorruptFileGivesAClearMessage() throws Exception {
        Path file = dir.resolve("broken.lmlens.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"order\": ");
        assertThatThrownBy(() -> SessionStore.read(file)).isInstanceOf(LmLensException.class)
                .hasMessageContaining("broken.lmlens.json").hasMessageNotContaining("Exception");
        Files.writeString(file, "not json at all");
        assertThatThrownBy(() -> SessionStore.read(file)).isInstanceOf(LmLensException.class);
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2});
        assertThatThrownBy(() -> SessionStore.read(file)).isInstanceOf(LmLensException.class);
        Files.writeString(file, "[1, 2, 3]");
        assertThatThrownBy(() -> SessionStore.read(file)).isInstanceOf(LmLensException.class);
    }

    @Test
    void wellFormedJsonWithImpossibleValuesIsRejected() throws Exception {
        Path file = dir.resolve("odd.lmlens.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"tokenizer\": \"word\", \"sentenceMode\": \"line\", "
                + "\"minCount\": 1, \"encoding\": \"UTF-8\", \"order\": 0, \"method\": \"mle\"}");
        assertThatThrownBy(() -> SessionStore.read(file)).isInstanceOf(LmLensException.class)
                .hasMessageContaining("odd.lmlens.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"source\": {\"kind\": \"file\"}, \"tokenizer\": \"word\", "
                + "\"sentenceMode\": \"line\", \"minCount\": 1, \"encoding\": \"UTF-8\", \"order\": 2, \"method\": \"mle\"}");
        assertThatThrownBy(() -> SessionStore.read(file)).isInstanceOf(LmLensException.class);
        Files.writeString(file, "{\"formatVersion\": 1, \"source\": {\"kind\": \"telepathy\"}}");
        assertThatThrownBy(() -> SessionStore.read(file)).isInstanceOf(LmLensException.class);
    }

    @Test
    void aFileFromAFutureVersionIsRefusedWithItsVersion() throws Exception {
        Path file = dir.resolve("future.lmlens.json");
        Files.writeString(file, "{\"formatVersion\": 7, \"hologram\": true}");
        assertThatThrownBy(() -> SessionStore.read(file)).isInstanceOf(LmLensException.class)
                .hasMessageContaining("future.lmlens.json").hasMessageContaining("7");
    }

    @Test
    void unknownFieldsOfTheSameVersionAreIgnored() throws Exception {
        Path file = dir.resolve("extra.lmlens.json");
        SessionStore.write(SessionFile.defaults(), file);
        String json = Files.readString(file).replaceFirst("\\{", "{ \"addedLater\": [1, 2],");
        Files.writeString(file, json);
        assertThat(SessionStore.read(file)).isEqualTo(SessionFile.defaults());
    }

    @Test
    void aMissingFileIsAClearError() {
        assertThatThrownBy(() -> SessionStore.read(dir.resolve("nowhere.lmlens.json")))
                .isInstanceOf(LmLensException.class).hasMessageContaining("nowhere.lmlens.json");
    }

    @Test
    void savingOverAnExistingSessionLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("again.lmlens.json");
        SessionStore.write(SessionFile.defaults(), file);
        SessionStore.write(everyOptionChanged(SessionFile.Source.sample("tang300")), file);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(SessionStore.read(file).source().sampleId()).isEqualTo("tang300");
    }

    @Test
    void aSaveIntoAFileThatIsAFolderFailsClearly() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("taken.lmlens.json"));
        assertThatThrownBy(() -> SessionStore.write(SessionFile.defaults(), folder))
                .isInstanceOf(LmLensException.class).hasMessageContaining("taken.lmlens.json");
    }
}
