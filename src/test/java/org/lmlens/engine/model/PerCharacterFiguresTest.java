package org.lmlens.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/** Per-character perplexity and bits per character: one definition, whatever the tokenizer. */
class PerCharacterFiguresTest {
    private static final String TRAIN = """
            我们今天学习语言模型，这是自然语言处理的基础。
            语言模型给句子打分，也能预测下一个词。
            我们用 Python 训练了一个小模型。
            今天的天气很好，我们去公园散步。
            """;
    /** 18 + 1 and 10 + 1 characters: spaces are not counted, each sentence end is one. */
    private static final String TEST = "我们学习 Python 模型，今天很好。\n语言模型的基础是词。\n";

    private static Evaluation evaluate(String tokenizer, String train, String test) {
        TextOptions o = TextOptions.defaults().withTokenizer(Tokenizers.byName(tokenizer));
        TrainedText t = TrainedText.load(TextSource.ofString("train", train), o, 1, 3, Progress.NONE);
        LanguageModel lm = t.model(3, Methods.byName("modified-kneser-ney"), Parameters.NONE);
        Corpus c = t.encode(TextSource.ofString("test", test), Progress.NONE);
        return lm.evaluate(c, Progress.NONE);
    }

    @Test
    void charactersAreTheSameForEveryTokenizerAndTheFiguresFollowTheDefinition() {
        Evaluation chars = evaluate("char", TRAIN, TEST);
        Evaluation words = evaluate("zh-word", TRAIN, TEST);
        assertThat(chars.characters()).isEqualTo(18 + 1 + 10 + 1);
        assertThat(words.characters()).isEqualTo(chars.characters());
        assertThat(words.tokens()).isLessThan(chars.tokens());
        for (Evaluation e : List.of(chars, words)) {
            assertThat(e.perplexityPerCharacter()).isCloseTo(Math.pow(10, -e.log10Prob() / e.characters()), within(1e-9));
            assertThat(e.bitsPerCharacter()).isCloseTo(-e.log10Prob() / e.characters() / Math.log10(2), within(1e-9));
            assertThat(e.bitsPerCharacter()).isCloseTo(Math.log(e.perplexityPerCharacter()) / Math.log(2), within(1e-9));
        }
    }

    @Test
    void oovWordsCountTheCharactersTheyReplaced() {
        Evaluation e = evaluate("word", "the cat sat\nthe dog sat\n", "the zebra sat\n");
        assertThat(e.oov()).isEqualTo(1);
        assertThat(e.characters()).isEqualTo(3 + 5 + 3 + 1);
    }

    @Test
    void theBytePathCountsTheSameCharactersAsTheCharacterPath(@TempDir Path dir) throws Exception {
        Path train = dir.resolve("train.txt");
        Path test = dir.resolve("test.txt");
        Files.writeString(train, "the cat sat on the mat\nthe dog sat\n", StandardCharsets.UTF_8);
        Files.writeString(test, "the zebra sat  on the mat\ncafé dog\n", StandardCharsets.UTF_8);
        long[] counts = new long[2];
        int k = 0;
        for (String tokenizer : List.of("whitespace", "word")) {
            TextOptions o = TextOptions.defaults().withTokenizer(Tokenizers.byName(tokenizer));
            TrainedText t = TrainedText.load(TextSource.ofFile(train), o, 1, 2, Progress.NONE);
            counts[k++] = t.encode(TextSource.ofFile(test), Progress.NONE).characters();
        }
        assertThat(counts[0]).isEqualTo(3 + 5 + 3 + 2 + 3 + 3 + 1 + 4 + 3 + 1);
        assertThat(counts[1]).isEqualTo(counts[0]);
    }

    @Test
    void aSentenceScoreCountsItsCharacters() {
        TextOptions o = TextOptions.defaults().withTokenizer(Tokenizers.byName("char"));
        TrainedText t = TrainedText.load(TextSource.ofString("train", TRAIN), o, 1, 2, Progress.NONE);
        SentenceScore s = t.model(2, Methods.byName("modified-kneser-ney"), Parameters.NONE)
                .score(List.of("我们", "学习", "Python"));
        assertThat(s.characters()).isEqualTo(2 + 2 + 6 + 1);
        assertThat(s.bitsPerCharacter()).isCloseTo(s.bitsPerToken() * s.tokens() / s.characters(), within(1e-9));
    }
}
