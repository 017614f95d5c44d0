package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> tokens(String tokenizer, String text) {
        List<String> out = new ArrayList<>();
        Tokenizers.byName(tokenizer).tokenize(text, out::add);
        return out;
    }

    @Test
    void wordTokenizerSplitsPunctuationAndKeepsContractions() {
        assertThat(tokens("word", "Don't panic, it's 3.14 o'clock -- well-known!"))
                .containsExactly("Don't", "panic", ",", "it's", "3.14", "o'clock", "--", "well-known", "!");
        assertThat(tokens("word", "\"Hello,\" she said... (1,000 times)"))
                .containsExactly("\"", "Hello", ",", "\"", "she", "said", "...", "(", "1,000", "times", ")");
        assertThat(tokens("word", "the dogs' bones")).containsExactly("the", "dogs", "'", "bones");
        assertThat(tokens("word", "naïve café Ελλάδα 1960s")).containsExactly("naïve", "café", "Ελλάδα", "1960s");
    }

    @Test
    void wordTokenizerGivesChineseCharactersOneByOne() {
        assertThat(tokens("word", "我爱NLP课程。")).containsExactly("我", "爱", "NLP", "课", "程", "。");
    }

    @Test
    void whitespaceTokenizerSplitsOnSpacesOnly() {
        assertThat(tokens("whitespace", "  the fulton county , said  \t it ."))
                .containsExactly("the", "fulton", "county", ",", "said", "it", ".");
    }

    @Test
    void charTokenizerKeepsSurrogatePairsAndCombiningMarksWhole() {
        assertThat(tokens("char", "床前 明月光，")).containsExactly("床", "前", "明", "月", "光", "，");
        assertThat(tokens("char", "e\u0301 a😀")).containsExactly("e\u0301", "a", "😀");
        assertThat(tokens("char", "caf\u0065\u0301 😀\u200D👩")).containsExactly("cafe\u0301", "😀\u200D👩");
        assertThat(tokens("char", "𠀀x")).containsExactly("𠀀", "x");
    }

    @Test
    void detokenizerJoinsChineseWithoutSpaces() {
        assertThat(Detokenizer.join(List.of("床", "前", "明", "月", "光", "，"))).isEqualTo("床前明月光，");
        assertThat(Detokenizer.join(List.of("I", "am", "Sam"))).isEqualTo("I am Sam");
        assertThat(Detokenizer.join(List.of("学", "NLP", "很", "好"))).isEqualTo("学 NLP 很好");
    }
}
