package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetokenizerTest {
    private static List<String> tokens(String tokenizer, String s) {
        List<String> out = new ArrayList<>();
        Tokenizers.byName(tokenizer).tokenize(s, out::add);
        return out;
    }

    @Test
    void chineseCharactersAndWordsRoundTrip() {
        for (String s : List.of("床前明月光，疑是地上霜。", "我们今天学习语言模型。", "“你好，”他说。")) {
            assertThat(Detokenizer.join(tokens("char", s))).isEqualTo(s);
            assertThat(Detokenizer.join(tokens("zh-word", s))).isEqualTo(s);
        }
    }

    @Test
    void halfWidthPunctuationInChineseJoinsWithoutSpaces() {
        assertThat(Detokenizer.join(List.of("辨", ",", "踪", "!"))).isEqualTo("辨,踪!");
    }

    @Test
    void mixedTextKeepsSpacesAroundLatinWords() {
        assertThat(Detokenizer.join(tokens("zh-word", "我用Java写程序"))).isEqualTo("我用 Java 写程序");
        assertThat(Detokenizer.join(List.of("the", "cat", "sat", "."))).isEqualTo("the cat sat .");
        assertThat(Detokenizer.join(List.of("GPT", "模型", "很", "强", "。", "OK", "!"))).isEqualTo("GPT 模型很强。 OK !");
    }

    @Test
    void numbersAndDashesJoinChineseWithoutSpaces() {
        assertThat(Detokenizer.join(List.of("北京", "3", "月", "15", "日电", "——", "记者", "报道")))
                .isEqualTo("北京3月15日电——记者报道");
        assertThat(Detokenizer.join(List.of("二", "〇", "二七", "年", "，", "增长", "3.5", "%")))
                .isEqualTo("二〇二七年，增长3.5%");
        assertThat(Detokenizer.join(tokens("zh-word", "北京3月15日电——二〇二七年")))
                .isEqualTo("北京3月15日电——二〇二七年");
        assertThat(Detokenizer.join(List.of("in", "2027", ",", "3", "cats"))).isEqualTo("in 2027 , 3 cats");
        assertThat(Detokenizer.spaceBetween("用", "Python")).isTrue();
    }

    @Test
    void japaneseAndEmptyInput() {
        assertThat(Detokenizer.join(tokens("char", "吾輩は猫である。"))).isEqualTo("吾輩は猫である。");
        assertThat(Detokenizer.join(List.of())).isEmpty();
    }
}
