package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the auto tokenizer picks, on small texts and on the shared corpora. */
class TokenizerChooserTest {
    @TempDir
    Path dir;

    private static String chosen(String text) {
        return TokenizerChooser.choose(text).tokenizer().name();
    }

    @Test
    void classicalVerseIsReadAsCharacters() {
        assertThat(chosen(TextSamples.TANG)).isEqualTo("char");
        assertThat(chosen(TextSamples.TRADITIONAL)).isEqualTo("char");
    }

    @Test
    void modernChineseIsReadAsWords() {
        assertThat(chosen(TextSamples.MODERN)).isEqualTo("zh-word");
    }

    @Test
    void alreadySegmentedChineseIsSplitOnSpaces() {
        assertThat(chosen("我们 今天 学习 语言 模型 ， 这 是 自然 语言 处理 的 基础 。\n他 用 Java 写 了 程序 。")).isEqualTo("whitespace");
    }

    @Test
    void classicalProseIsReadAsCharacters() {
        assertThat(chosen("学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？")).isEqualTo("char");
    }

    @Test
    void japaneseIsReadAsCharacters() {
        assertThat(chosen("吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。")).isEqualTo("char");
    }

    @Test
    void preTokenisedEnglishIsSplitOnSpaces() {
        String brown = "the jury said , `` it is done '' .\nhe said : yes ; no ( maybe ) !\nit's over . right ?\n";
        assertThat(chosen(brown)).isEqualTo("whitespace");
    }

    @Test
    void rawEnglishIsReadAsWords() {
        assertThat(chosen("In the beginning God created the heaven and the earth. And the earth was without form, "
                + "and void; and darkness was upon the face of the deep. Let there be light: and there was light."))
                .isEqualTo("word");
        assertThat(chosen("hello")).isEqualTo("word");
        assertThat(chosen("")).isEqualTo("word");
    }

    @Test
    void mostlyEnglishWithAFewChineseWordsIsReadAsWords() {
        assertThat(chosen("The poem 静夜思 was written by Li Bai, a famous poet of the Tang dynasty.")).isEqualTo("word");
    }

    @Test
    void theChoiceIsReportedAndUsed() {
        TextSamples.Result r = TextSamples.read(TextSource.ofString("tang", TextSamples.TANG), TextOptions.automatic());
        assertThat(r.info().tokenizerLabel()).isEqualTo("auto → char");
        assertThat(r.info().tokenizerAuto()).isTrue();
        assertThat(r.info().tokenizerReason()).contains("verse");
        assertThat(r.sentences().get(0)).startsWith("床", "前", "明", "月", "光", "，");

        TextSamples.Result given = TextSamples.read(TextSource.ofString("tang", TextSamples.TANG),
                TextOptions.automatic().withTokenizer(Tokenizers.byName("zh-word")));
        assertThat(given.info().tokenizerLabel()).isEqualTo("zh-word");
        assertThat(given.info().tokenizerAuto()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"brown/train.txt, whitespace", "kjv/kjv.txt, word", "tang/tang300.txt, char"})
    void sharedCorpora(String file, String expected) {
        String root = System.getProperty("lmlens.corpora");
        assumeTrue(root != null && Files.isRegularFile(Path.of(root, file)), "shared corpora not present");
        TextInfo info = TextReader.inspect(TextSource.ofFile(Path.of(root, file)), TextOptions.automatic());
        assertThat(info.tokenizer().name()).isEqualTo(expected);
        assertThat(info.encoding()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void eachLineOfAPoemAloneInGbkOrBig5IsDetected() throws Exception {
        for (String line : TextSamples.TANG.split("\n")) {
            Path p = TextSamples.write(dir, "gbk.txt", line + "\n", Charset.forName("GBK"));
            TextInfo info = TextReader.inspect(TextSource.ofFile(p), TextOptions.automatic());
            assertThat(info.encoding().name()).as(line).isEqualTo("GB18030");
        }
        for (String line : TextSamples.TRADITIONAL.split("\n")) {
            Path p = TextSamples.write(dir, "big5.txt", line + "\n", Charset.forName("Big5"));
            TextInfo info = TextReader.inspect(TextSource.ofFile(p), TextOptions.automatic());
            assertThat(info.encoding().name()).as(line).isEqualTo("Big5");
        }
    }
}
