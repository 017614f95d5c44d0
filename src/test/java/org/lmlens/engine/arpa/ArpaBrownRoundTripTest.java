package org.lmlens.engine.arpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.model.Evaluation;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.BackoffForm;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/**
 * Brown train.txt → order-3 model → ARPA → read back → the same evaluation of test.txt, for every method
 * that can be exported (modified Kneser-Ney, and the other interpolated methods once they exist). Skipped
 * when the shared corpora are absent.
 */
class ArpaBrownRoundTripTest {
    private static final TextOptions WHITESPACE = TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace"));
    private static TrainedText text;
    private static Path testFile;

    @BeforeAll
    static void train() {
        String corpora = System.getProperty("lmlens.corpora");
        assumeTrue(corpora != null && Files.isRegularFile(Path.of(corpora, "brown", "train.txt")),
                "shared corpora (lmlens.corpora) not available");
        testFile = Path.of(corpora, "brown", "test.txt");
        text = TrainedText.load(TextSource.ofFile(Path.of(corpora, "brown", "train.txt")), WHITESPACE, 1, 3, Progress.NONE);
    }

    static Stream<SmoothingMethod> normalised() {
        return Methods.all().stream().filter(SmoothingMethod::isNormalised);
    }

    @ParameterizedTest
    @MethodSource("normalised")
    void evaluationIsTheSameAfterExportAndImport(SmoothingMethod method, @TempDir Path dir) throws IOException {
        LanguageModel lm = text.model(3, method, Parameters.NONE);
        assumeTrue(lm.estimator() instanceof BackoffForm, method.name() + " cannot be exported as ARPA");
        Evaluation trained = lm.evaluate(text.encode(TextSource.ofFile(testFile), Progress.NONE), Progress.NONE);

        Path file = dir.resolve("brown3.arpa");
        ArpaWriter.write(lm, file);
        ArpaModel arpa = ArpaReader.read(file);
        assertThat(arpa.notices()).isEmpty();
        assertThat(arpa.ngrams(3)).isEqualTo(text.counts().size(3));
        LanguageModel read = arpa.languageModel();
        Corpus test = CorpusBuilder.encode(TextSource.ofFile(testFile), WHITESPACE, arpa.vocabulary(), Progress.NONE);
        Evaluation imported = read.evaluate(test, Progress.NONE);

        assertThat(imported.sentences()).isEqualTo(trained.sentences());
        assertThat(imported.tokens()).isEqualTo(trained.tokens());
        assertThat(imported.oov()).isEqualTo(trained.oov());
        // Float printing (about 7 digits per value); errors average out over ~100k tokens.
        assertThat(imported.perplexity()).isCloseTo(trained.perplexity(), within(1e-6 * trained.perplexity()));
        assertThat(imported.log10Prob()).isCloseTo(trained.log10Prob(), within(1e-6 * Math.abs(trained.log10Prob())));
    }
}
