package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code auto} chooses for the Chinese texts a student meets, and what {@code char} keeps whole. */
class ChineseTokenizerChoiceTest {
    /** A paragraph of a Chinese machine-learning blog: more Latin letters than Han characters. */
    static final String BLOG = "在深度学习中，我们通常使用 PyTorch 或 TensorFlow 来训练 Transformer 模型。"
            + "首先需要准备 dataset，然后定义 loss function 和 optimizer，最后在 GPU 上运行 training loop。"
            + "如果 batch size 太大，显存就会不够用，这时可以试试 gradient accumulation。";
    static final String MIXED = "我们用 Python 训练 GPT-3 模型";
    /** News headlines: modern Chinese without a single particle. */
    static final String HEADLINES = """
            国务院召开常务会议 部署推进新型城镇化建设
            央行宣布降准0.5个百分点 释放长期资金约1万亿元
            北京市发布暴雨蓝色预警 多条公交线路临时调整
            """;
    static final String WENYAN = "学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？";
    static final String BIG5_NEWS = "國立臺灣大學是臺灣第一所大學，其實並不只是一所學校。我們在這裡學習語言模型。";

    static List<String> tokens(Tokenizer t, String s) {
        List<String> out = new ArrayList<>();
        t.tokenize(s, out::add);
        return out;
    }

    @Test
    void aBlogFullOfEnglishTermsIsChineseAndSegmentedIntoWords() {
        assertThat(TokenizerChooser.choose(BLOG).tokenizer().name()).isEqualTo("zh-word");
        assertThat(tokens(TokenizerChooser.choose(BLOG).tokenizer(), BLOG))
                .containsSubsequence("深度", "学习", "我们", "通常", "使用", "PyTorch", "训练", "Transformer", "模型");
    }

    @Test
    void aLineWithPythonAndGpt3InAFileGoesToZhWord(@TempDir Path dir) throws Exception {
        Path file = TextSamples.write(dir, "mixed.txt", MIXED + "\n", Charset.forName("UTF-8"));
        TextSamples.Result r = TextSamples.read(TextSource.ofFile(file), TextOptions.automatic());
        assertThat(r.info().tokenizer().name()).isEqualTo("zh-word");
        assertThat(r.sentences()).containsExactly(List.of("我们", "用", "Python", "训练", "GPT-3", "模型"));
    }

    @Test
    void headlinesWithoutParticlesAreModernChinese() {
        TokenizerChooser.Choice c = TokenizerChooser.choose(HEADLINES);
        assertThat(c.tokenizer().name()).isEqualTo("zh-word");
        assertThat(tokens(c.tokenizer(), "国务院召开常务会议")).containsExactly("国务院", "召开", "常务会议");
    }

    @Test
    void classicalProseAndVerseStayCharacters() {
        assertThat(TokenizerChooser.choose(WENYAN).tokenizer().name()).isEqualTo("char");
        assertThat(TokenizerChooser.choose(WENYAN).reason()).contains("classical Chinese");
        assertThat(TokenizerChooser.choose(TextSamples.TANG).tokenizer().name()).isEqualTo("char");
        assertThat(TokenizerChooser.choose(TextSamples.TANG).reason()).contains("verse");
    }

    @Test
    void englishWithAFewChineseWordsStaysEnglish() {
        assertThat(TokenizerChooser.choose("Last year I visited 北京 and 上海 with my friends from school.")
                .tokenizer().name()).isEqualTo("word");
    }

    @Test
    void charKeepsLatinWordsAndNumbersWhole() {
        Tokenizer chars = Tokenizers.byName("char");
        assertThat(tokens(chars, "我们用 Python 训练 GPT-3 模型，花了3.14天。"))
                .containsExactly("我", "们", "用", "Python", "训", "练", "GPT-3", "模", "型", "，", "花", "了", "3.14", "天", "。");
        assertThat(tokens(chars, "……——")).containsExactly("…", "…", "—", "—");
    }

    @Test
    void traditionalChineseIsDetectedAndSegmentedKeepingItsCharacters() {
        TokenizerChooser.Choice c = TokenizerChooser.choose(BIG5_NEWS);
        assertThat(c.tokenizer().name()).isEqualTo("zh-word");
        assertThat(c.reason()).contains("traditional");
        List<String> t = tokens(c.tokenizer(), BIG5_NEWS);
        assertThat(t).containsSubsequence("臺灣", "其實", "並", "我們", "學習", "語言", "模型");
        assertThat(String.join("", t)).isEqualTo(BIG5_NEWS);
        assertThat(t).doesNotContain("灣大學", "其實並");
        assertThat(TokenizerChooser.choose(TextSamples.MODERN).reason()).doesNotContain("traditional");
    }

    @Test
    void big5FileIsReadAndSegmentedInTraditionalCharacters(@TempDir Path dir) throws Exception {
        Path file = TextSamples.write(dir, "big5.txt", BIG5_NEWS + "\n", Charset.forName("Big5"));
        TextSamples.Result r = TextSamples.read(TextSource.ofFile(file), TextOptions.automatic());
        assertThat(r.info().encoding().name()).isEqualTo("Big5");
        assertThat(r.sentences().get(0)).containsSubsequence("臺灣", "其實", "並");
    }

    @Test
    void zeroInsideAChineseNumberDoesNotCutIt() {
        assertThat(tokens(Tokenizers.byName("zh-word"), "二〇二七年")).containsExactly("二〇二七", "年");
    }
}
