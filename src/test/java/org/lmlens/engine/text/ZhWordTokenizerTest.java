package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ZhWordTokenizerTest {
    private final Tokenizer zh = Tokenizers.byName("zh-word");

    private List<String> tokens(Tokenizer t, String s) {
        List<String> out = new ArrayList<>();
        t.tokenize(s, out::add);
        return out;
    }

    @Test
    void segmentsModernChineseIntoWords() {
        assertThat(tokens(zh, "我们今天学习自然语言处理。"))
                .containsSubsequence("我们", "今天", "学习")
                .contains("。")
                .anyMatch(w -> w.length() >= 2 && "自然语言处理".contains(w));
    }

    @Test
    void latinWordsAndNumbersStayAsTheWordTokenizerGivesThem() {
        List<String> t = tokens(zh, "他用Java写了3.14个程序，don't panic!");
        assertThat(t).containsSubsequence("Java", "3.14", "程序", "，", "don't", "panic", "!");
        assertThat(String.join("", t)).isEqualTo("他用Java写了3.14个程序，don'tpanic!");
    }

    @Test
    void punctuationMarksAreTokensAndNothingIsLost() {
        String s = "“你好，”他说：“今天天气很好！”";
        List<String> t = tokens(zh, s);
        assertThat(t).contains("“", "，", "”", "：", "！");
        assertThat(String.join("", t)).isEqualTo(s);
    }

    @Test
    void traditionalAndRareCharactersAreKeptWhole() {
        String s = "國破山河在𠀀城春草木深";
        List<String> t = tokens(zh, s);
        assertThat(String.join("", t)).isEqualTo(s);
        assertThat(t).noneMatch(w -> Character.isLowSurrogate(w.charAt(0)));
    }

    @Test
    void aVeryLongRunWithoutPunctuationIsSegmentedInPieces() {
        String run = "我们今天学习语言模型".repeat(2000);
        List<String> t = tokens(zh, run);
        assertThat(String.join("", t)).isEqualTo(run);
        assertThat(t).contains("我们", "今天", "学习");
    }

    @Test
    void isThreadSafeFromTheFirstCall() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> tokens(new ZhWordTokenizer(), "我们今天学习语言模型")));
            }
            List<String> first = results.get(0).get();
            for (Future<List<String>> f : results) {
                assertThat(f.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void detokenizerJoinsChineseWordsWithoutSpacesAndSpacesLatinWords() {
        assertThat(Detokenizer.join(tokens(zh, "我们今天学习语言模型。"))).isEqualTo("我们今天学习语言模型。");
        assertThat(Detokenizer.join(tokens(zh, "我用Java写程序，很fun。"))).isEqualTo("我用 Java 写程序，很 fun 。");
        assertThat(Detokenizer.join(List.of("the", "cat", "看", "见", "了", "dog"))).isEqualTo("the cat 看见了 dog");
        assertThat(Detokenizer.join(List.of("床前", "明月", "光", "，", "疑是", "地上", "霜", "。")))
                .isEqualTo("床前明月光，疑是地上霜。");
    }
}
