package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.LmLensException;

class UserDictionaryTest {
    private static final String SENTENCE = "大语言模型用 n 元语法和n元语法的词元来评估";

    private static List<String> tokens(Tokenizer t, String s) {
        return ChineseTokenizerChoiceTest.tokens(t, s);
    }

    @Test
    void readsJiebaUserDictLinesWithOptionalFrequencyAndTag() {
        UserDictionary d = UserDictionary.of("d", List.of("\uFEFF大语言模型", "n 元语法 5 n", "词元 10", "", "  GPT-3  nz"));
        assertThat(d.entries()).extracting(UserDictionary.Entry::word)
                .containsExactly("大语言模型", "n 元语法", "词元", "GPT-3");
        assertThat(d.entries().get(1).frequency()).hasValue(5);
        assertThat(d.entries().get(1).tag()).isEqualTo("n");
        assertThat(d.entries().get(0).frequency()).isEmpty();
        assertThat(d.entries().get(3).tag()).isEqualTo("nz");
        assertThat(d.entries().get(1).token()).isEqualTo("n元语法");
    }

    @Test
    void userWordsStayWholeWithAndWithoutSpaces() {
        List<String> plain = tokens(Tokenizers.byName("zh-word"), SENTENCE);
        assertThat(plain).doesNotContain("大语言模型", "n元语法", "词元");
        UserDictionary d = UserDictionary.of("d", List.of("大语言模型", "n 元语法", "词元"));
        assertThat(tokens(new ZhWordTokenizer(d), SENTENCE))
                .containsExactly("大语言模型", "用", "n元语法", "和", "n元语法", "的", "词元", "来", "评估");
    }

    @Test
    void aLatinUserWordDoesNotMatchInsideALongerWord() {
        ZhWordTokenizer z = new ZhWordTokenizer(UserDictionary.of("d", List.of("GPT-3")));
        assertThat(tokens(z, "GPT-3和GPT-35")).containsExactly("GPT-3", "和", "GPT-35");
    }

    @Test
    void textOptionsBindTheDictionaryToZhWordAndToAuto(@TempDir Path dir) throws Exception {
        Path dict = dir.resolve("user.dict");
        Files.writeString(dict, "大语言模型 3 n\n词元\n", Charset.forName("GB18030"));
        UserDictionary d = UserDictionary.load(dict);
        assertThat(d.name()).isEqualTo("user.dict");
        Path text = TextSamples.write(dir, "t.txt", "我们今天训练了一个大语言模型，它的词元很多。\n", Charset.forName("UTF-8"));
        for (String tokenizer : List.of("zh-word", "auto")) {
            TextOptions o = TextOptions.automatic().withTokenizer(Tokenizers.byName(tokenizer)).withUserDictionary(d);
            TextSamples.Result r = TextSamples.read(TextSource.ofFile(text), o);
            assertThat(r.sentences().get(0)).contains("大语言模型", "词元");
            assertThat(r.info().tokenizer()).isInstanceOf(ZhWordTokenizer.class);
            assertThat(((ZhWordTokenizer) r.info().tokenizer()).dictionary()).isSameAs(d);
        }
        TextOptions none = TextOptions.automatic().withUserDictionary(d).withUserDictionary(null);
        assertThat(none.tokenizer()).isSameAs(Tokenizers.byName("auto"));
    }

    @Test
    void anEmptyDictionaryIsAClearError(@TempDir Path dir) throws Exception {
        Path dict = dir.resolve("empty.txt");
        Files.writeString(dict, "\n   \n");
        assertThatThrownBy(() -> UserDictionary.load(dict)).isInstanceOf(LmLensException.class)
                .hasMessageContaining("empty.txt");
    }

    @Test
    void withoutUserWordsTheRouteIsJiebasOwn() {
        JiebaWords.Overlay none = new JiebaWords.Overlay();
        List<String> runs = new ArrayList<>();
        for (String text : List.of(ChineseTokenizerChoiceTest.BLOG, TextSamples.MODERN, TextSamples.TANG,
                ChineseTokenizerChoiceTest.HEADLINES, "结婚的和尚未结婚的", "他来到了网易杭研大厦", "小明硕士毕业于中国科学院计算所")) {
            for (String run : text.split("[^\\p{IsHan}]+")) {
                if (!run.isEmpty()) {
                    runs.add(run);
                }
            }
        }
        assertThat(runs).hasSizeGreaterThan(30);
        for (String run : runs) {
            assertThat(JiebaWords.segment(run, none)).as(run).isEqualTo(JiebaWords.segment(run));
        }
    }
}
