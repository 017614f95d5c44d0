package org.lmlens.engine.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.arpa.ArpaModel;
import org.lmlens.engine.arpa.ArpaReader;
import org.lmlens.engine.arpa.ArpaWriter;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/**
 * A model written as a compact file answers exactly as the same model written and read as ARPA (on Brown at
 * orders 1 to 5: {@code SparkEqualityTest}, which compares the job's compact files with its ARPA files).
 */
class CompactModelTest {
    private static final TextOptions WHITESPACE = TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace"));
    private static final String TEXT = "the cat sat on the mat\nthe dog sat on the log\na cat and a dog\n"
            + "the cat saw the dog\non the mat the cat sat\nthe log\n";

    private static LanguageModel model(String text, int order) {
        TrainedText t = TrainedText.load(TextSource.ofString("t", text), WHITESPACE, 1, order, Progress.NONE);
        return t.model(order, Methods.byName("modified-kneser-ney"), Parameters.NONE);
    }

    @Test
    void everyProbabilityAndDistributionEqualsTheArpaModels(@TempDir Path dir) {
        LanguageModel lm = model(TEXT, 3);
        ArpaWriter.write(lm, dir.resolve("m.arpa"));
        CompactExport.write(lm, dir.resolve("m.lmc"));
        ArpaModel arpa = ArpaReader.read(dir.resolve("m.arpa"));
        CompactModel compact = CompactModel.open(dir.resolve("m.lmc"));
        assertThat(compact.order()).isEqualTo(3);
        assertThat(compact.vocabulary().words()).isEqualTo(arpa.vocabulary().words());
        for (int k = 1; k <= 3; k++) {
            assertThat(compact.ngrams(k)).isEqualTo(arpa.ngrams(k));
        }
        LanguageModel a = arpa.languageModel();
        LanguageModel c = compact.languageModel();
        List<String> words = compact.vocabulary().words();
        for (String h1 : words) {
            for (String h2 : words) {
                List<String> context = List.of(h1, h2);
                double[] fromCompact = c.distribution(context).toArray();
                double[] fromArpa = a.distribution(context).toArray();
                assertThat(fromCompact).containsExactly(fromArpa);
                double sum = 0;
                for (int w = 0; w < fromCompact.length; w++) {
                    sum += fromCompact[w];
                    assertThat(c.probability(context, words.get(w))).isEqualTo(a.probability(context, words.get(w)));
                }
                assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
            }
        }
        assertThat(c.score(List.of("the", "cat", "sat", "on", "a", "log")).log10Prob())
                .isEqualTo(a.score(List.of("the", "cat", "sat", "on", "a", "log")).log10Prob());
    }

    @Test
    void aLowerOrderUsesShorterContexts(@TempDir Path dir) {
        LanguageModel lm = model(TEXT, 3);
        CompactExport.write(lm, dir.resolve("m.lmc"));
        ArpaWriter.write(lm, dir.resolve("m.arpa"));
        LanguageModel c2 = CompactModel.open(dir.resolve("m.lmc")).languageModel(2);
        LanguageModel a2 = ArpaReader.read(dir.resolve("m.arpa")).languageModel(2);
        assertThat(c2.probability(List.of("the", "cat"), "sat")).isEqualTo(a2.probability(List.of("the", "cat"), "sat"));
        assertThatThrownBy(() -> CompactModel.open(dir.resolve("m.lmc")).languageModel(4))
                .isInstanceOf(LmLensException.class);
    }

    @Test
    void aFileThatIsNoCompactModelIsRefusedClearly(@TempDir Path dir) throws Exception {
        Path notModel = Files.writeString(dir.resolve("x.lmc"), "the cat sat\n".repeat(100));
        assertThatThrownBy(() -> CompactModel.open(notModel)).isInstanceOf(LmLensException.class)
                .hasMessageContaining("x.lmc");
    }
}
