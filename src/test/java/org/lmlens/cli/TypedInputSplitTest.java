package org.lmlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.Tokenizers;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.next.NextWordResult;
import org.lmlens.ui.next.NextWordViewModel;
import org.lmlens.ui.score.ScoreViewModel;
import org.lmlens.ui.session.SessionViewModel;

/**
 * The command line and the desktop app split the same typed input into the same tokens: a sentence
 * ({@code score}'s splitting and the Score tab) and a context ({@code prob}'s and the Next-word tab), under
 * each tokenizer (the commands' own {@link ModelSource}; a few inputs through the whole command line too),
 * for English with punctuation, Chinese without spaces, literal {@code <s>}/{@code </s>} and mixed Chinese
 * and Latin.
 */
class TypedInputSplitTest {
    private static final String TRAINING = String.join("\n", "I am Sam.", "Don't stop, Sam!", "我爱北京天安门",
            "我用Java写代码，很开心。", "Sam 和 我 一起 学习", "");
    private static final List<String> INPUTS = List.of("Don't stop, Sam!", "I am Sam.", "我爱北京", "我爱北京天安门",
            "<s> I am </s>", "<s>I am", "Sam </s> I", "我用Java写", "Sam和我", "很开心。Sam!", "<unk> am");

    @TempDir
    Path dir;

    @Test
    void theCliAndTheUiSplitTypedInputAlike() throws Exception {
        Path corpus = dir.resolve("mixed.txt");
        Files.writeString(corpus, TRAINING, StandardCharsets.UTF_8);
        int compared = 0;
        for (String tokenizer : List.of("word", "zh-word", "char")) {
            ModelSource cli = cliModel(corpus, tokenizer);
            SessionViewModel session = new SessionViewModel(new SameThreadTaskRunner());
            NextWordViewModel next = new NextWordViewModel(org.lmlens.ui.TabContexts.of(session));
            session.load(SessionViewModel.Origin.of(corpus),
                    TextOptions.defaults().withTokenizer(Tokenizers.byName(tokenizer)));
            session.orderProperty().set(SessionViewModel.MAX_ORDER);
            ScoreViewModel score = new ScoreViewModel(org.lmlens.ui.TabContexts.of(session));
            assertThat(session.textProperty().get()).as(tokenizer).isNotNull();
            for (String input : INPUTS) {
                String what = tokenizer + ": " + input;
                score.firstProperty().set(input);
                List<String> uiSentence = new ArrayList<>();
                score.firstResultProperty().get().sentences().forEach(s -> s.scores().forEach(t -> uiSentence.add(t.word())));
                List<String> scored = new ArrayList<>(cli.model().score(cli.sentence(input)).scores().stream()
                        .map(t -> t.word()).toList());
                assertThat(scored).as(what).isEqualTo(uiSentence);
                assertThat(uiSentence).as(what).doesNotContain("<s>", "<", ">").last().isEqualTo("</s>");

                next.contextProperty().set(input);
                NextWordResult r = next.resultProperty().get();
                List<String> uiTokens = r.context().stream().map(NextWordResult.ContextToken::word).toList();
                // prob prints the context as the model reads it: unknown words as <unk>, a boundary as <s>
                var model = session.modelProperty().get();
                List<String> uiUsed = model.decode(model.encodeContext(uiTokens));
                assertThat(r.context().stream().filter(NextWordResult.ContextToken::used).count()).as(what)
                        .isEqualTo(uiUsed.size());
                var cliModel = cli.model();
                assertThat(cliModel.decode(cliModel.encodeContext(cli.tokens("<s> " + input)))).as(what).isEqualTo(uiUsed);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(3 * INPUTS.size());
    }

    @Test
    void literalMarkersStayWholeAndChineseIsSplitByTheTextsTokenizer() throws Exception {
        Path corpus = dir.resolve("mixed.txt");
        Files.writeString(corpus, TRAINING, StandardCharsets.UTF_8);
        assertThat(cliContext(corpus, "word", "Sam</s>I")).containsExactly("<s>", "I");
        assertThat(cliSentence(corpus, "word", "<s> I am </s>")).containsExactly("I", "am", "</s>");
        assertThat(cliSentence(corpus, "word", "Don't stop, Sam!")).containsExactly("Don't", "stop", ",", "Sam", "!", "</s>");
        assertThat(cliSentence(corpus, "char", "我爱北京")).containsExactly("我", "爱", "北", "京", "</s>");
        assertThat(cliSentence(corpus, "word", "我用Java写")).containsExactly("我", "用", "Java", "写", "</s>");
    }

    /** The model and typed-input splitting the commands get, for these options. */
    private static ModelSource cliModel(Path corpus, String tokenizer) {
        ModelOptions options = new ModelOptions();
        new picocli.CommandLine(options).parseArgs("--train", corpus.toString(), "--tokenizer", tokenizer,
                "--order", String.valueOf(SessionViewModel.MAX_ORDER), "--smoothing", "laplace");
        return ModelSource.load(options);
    }

    /** The words {@code score} scored, {@code </s>} last. */
    private static List<String> cliSentence(Path corpus, String tokenizer, String sentence) {
        CliRunner.Result r = CliRunner.run("score", "--train", corpus.toString(), "--tokenizer", tokenizer,
                "--order", String.valueOf(SessionViewModel.MAX_ORDER), "--smoothing", "laplace", "--sentence", sentence,
                "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> words = new ArrayList<>();
        for (JsonNode t : r.json().get("tokens")) {
            words.add(t.get("word").asText());
        }
        return words;
    }

    /** The context {@code prob} used, for a context typed after a sentence start (as the Next-word tab implies). */
    private static List<String> cliContext(Path corpus, String tokenizer, String context) {
        CliRunner.Result r = CliRunner.run("prob", "--train", corpus.toString(), "--tokenizer", tokenizer,
                "--order", String.valueOf(SessionViewModel.MAX_ORDER), "--smoothing", "laplace",
                "--context", "<s> " + context, "--word", "</s>", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return List.of(r.json().get("context_used").asText().split(" "));
    }
}
