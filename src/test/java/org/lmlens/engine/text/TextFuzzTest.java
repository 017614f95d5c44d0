package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.model.Distribution;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;

/**
 * Arbitrary bytes and awkward Unicode (unpaired surrogates, combining marks, RTL, emoji with ZWJ, control
 * characters) through every tokenizer and the loader: only {@link LmLensException} may escape, and a
 * model that loads has distributions summing to 1.
 */
class TextFuzzTest {
    private static Path dir;

    @BeforeContainer
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("lmlens-fuzz");
    }

    @AfterContainer
    static void deleteDir() throws IOException {
        try (var files = Files.list(dir)) {
            files.forEach(p -> p.toFile().delete());
        }
        Files.deleteIfExists(dir);
    }

    @Provide
    Arbitrary<String> awkwardText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(8),
                Arbitraries.of("\uD800", "\uDC00", "\uDBFF\uDFFF", "e\u0301", "\u0301", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
                        "\u05E9\u05DC\u05D5\u05DD", "\u200F", "\u202E", "👨\u200D👩\u200D👧", "\uD83D\uDE00", "\u200D", "\uFE0F",
                        "\u0000", "\u0007", "\u001B", "\r", "\n", "\r\n", "\t", "\u2028", "\u3000", " ", ".", "。", "！",
                        "床前明月光", "我们学习", "don't", "3.14", "<s>", "</s>", "<unk>", "''", "``", "...", "Java"),
                Arbitraries.strings().withCharRange('\u4E00', '\u9FFF').ofMaxLength(6),
                Arbitraries.strings().alpha().ofMaxLength(6));
        return pieces.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void everyTokenizerCopesWithAnyString(@ForAll("awkwardText") String text) {
        for (Tokenizer t : Tokenizers.all()) {
            List<String> tokens = new ArrayList<>();
            t.tokenize(text, tokens::add);
            assertThat(tokens).as(t.name()).allSatisfy(tok -> assertThat(tok).isNotEmpty().isNotBlank());
        }
    }

    @Property(tries = 200)
    void loadingAnyStringFailsCleanlyOrGivesNormalisedDistributions(@ForAll("awkwardText") String text) {
        boolean loaded = checkLoad(TextSource.ofString("fuzz", text));
        Statistics.label("outcome").collect(loaded ? "loaded" : "refused");
        // The property must not hold vacuously: most awkward strings still contain words.
        Statistics.label("outcome").coverage(c -> c.check("loaded").percentage(p -> p > 50));
    }

    @Property(tries = 150)
    void loadingAnyStringAsAFileFailsCleanlyOrGivesNormalisedDistributions(@ForAll("awkwardText") String text,
                                                                           @ForAll("encodings") String encoding) {
        checkLoad(TextSource.ofFile(write(text.getBytes(java.nio.charset.Charset.forName(encoding)))));
    }

    @Property(tries = 150)
    void loadingAnyBytesFailsCleanlyOrGivesNormalisedDistributions(@ForAll byte[] bytes) {
        checkLoad(TextSource.ofFile(write(bytes)));
    }

    @Provide
    Arbitrary<String> encodings() {
        return Arbitraries.of("UTF-8", "UTF-16LE", "UTF-16BE", "UTF-16", "GB18030", "Big5");
    }

    private static Path write(byte[] bytes) {
        try {
            Path p = Files.createTempFile(dir, "fuzz", ".txt");
            Files.write(p, bytes);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads with several tokenizers; true when at least one load succeeded (and was checked). */
    private static boolean checkLoad(TextSource source) {
        boolean any = false;
        for (String tokenizer : List.of("auto", "word", "zh-word")) {
            TextOptions options = TextOptions.automatic().withTokenizer(Tokenizers.byName(tokenizer));
            TrainedText text;
            try {
                text = TrainedText.load(source, options, 1, 2, Progress.NONE);
            } catch (LmLensException expected) {
                assertThat(expected.getMessage()).isNotBlank();
                continue;
            }
            assertThat(Tokenizers.isAuto(text.options().tokenizer())).isFalse();
            LanguageModel model = text.model(2, Methods.byName("laplace"), Parameters.NONE);
            List<String> contexts = new ArrayList<>(List.of("<s>"));
            contexts.addAll(text.corpus().vocabulary().size() > 3
                    ? List.of(text.corpus().vocabulary().word(3)) : List.of());
            for (String c : contexts) {
                Distribution d = model.distribution(List.of(c));
                assertThat(d.sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            }
            assertThatCode(() -> model.score(List.of("x"))).doesNotThrowAnyException();
            any = true;
        }
        return any;
    }
}
