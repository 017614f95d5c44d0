package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code punct} rule: end marks, blank lines and file ends end sentences; line breaks do not. */
class PunctSentencesTest {
    private static List<String> cut(String text) {
        List<String> out = new ArrayList<>();
        SentenceCutter c = new SentenceCutter(SentenceMode.PUNCT, out::add);
        text.lines().forEach(c::line);
        c.endOfFile();
        return out;
    }

    @Test
    void hardWrappedChineseProseIsJoinedWithoutSpaces() {
        assertThat(cut("语言模型给句子打分，以\n及预测下一个词。它是自然语言处理\n的基础！"))
                .containsExactly("语言模型给句子打分，以及预测下一个词。", "它是自然语言处理的基础！");
    }

    @Test
    void hardWrappedEnglishIsJoinedWithASpaceAndDecimalsStayWhole() {
        assertThat(cut("Pi is about 3.14 and\nit never ends. Does it?\n\"Yes.\" she said"))
                .containsExactly("Pi is about 3.14 and it never ends.", "Does it?", "\"Yes.\"", "she said");
    }

    @Test
    void aBlankLineEndsASentenceWithoutEndMark() {
        assertThat(cut("第一章 总则\n\n第一条 为了规范语言模型的使用，\n制定本办法。"))
                .containsExactly("第一章 总则", "第一条 为了规范语言模型的使用，制定本办法。");
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertThat(cut("他说：“今天天气很好！”我们就出门了。"))
                .containsExactly("他说：“今天天气很好！”", "我们就出门了。");
    }

    @Test
    void aSentenceNeverSpansTwoFilesAndTokensNeverTheLineBreak() {
        TextOptions o = TextOptions.defaults().withTokenizer(Tokenizers.byName("char"))
                .withSentenceMode(SentenceMode.PUNCT);
        TextSource two = TextSource.ofString("t", "床前明月光，\n疑是地上霜。举头\n望明月");
        assertThat(TextSamples.read(two, o).sentences()).containsExactly(
                List.of("床", "前", "明", "月", "光", "，", "疑", "是", "地", "上", "霜", "。"),
                List.of("举", "头", "望", "明", "月"));
    }

    @Test
    void lineModeIsUnchanged() {
        List<String> out = new ArrayList<>();
        SentenceCutter c = new SentenceCutter(SentenceMode.LINE, out::add);
        List.of("以", "及。", "").forEach(c::line);
        c.endOfFile();
        assertThat(out).containsExactly("以", "及。", "");
    }
}
