package org.lmlens.engine.arpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.Progress;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/** Katz is the classic back-off model: it is written to ARPA as it is, and read back it is the same model. */
class KatzArpaTest {
    private static final Path BROWN_SAMPLE = Path.of("sample-texts/brown.txt");

    /** The first 5,000 lines of Brown (about 110k words): real count-of-counts, in a second. */
    private static LanguageModel brown(int order) {
        String slice;
        try (var lines = Files.lines(BROWN_SAMPLE)) {
            slice = String.join("\n", lines.limit(5000).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TrainedText text = TrainedText.load(TextSource.ofString("brown-slice", slice), TextOptions.defaults()
                .withTokenizer(Tokenizers.byName("whitespace")), 1, order, Progress.NONE);
        return text.model(order, Methods.byName("katz"), Parameters.NONE);
    }

    /** Σ with Neumaier's compensation, so that the check measures the distribution, not this sum. */
    private static double exactSum(double[] values) {
        double sum = 0;
        double c = 0;
        for (double v : values) {
            double t = sum + v;
            c += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        return sum + c;
    }

    @Test
    void katzRoundTripsThroughArpaAtEveryOrder() {
        for (int order = 1; order <= 4; order++) {
            LanguageModel lm = ArpaRoundTripTest.train(ArpaRoundTripTest.MINI, order, "katz");
            ArpaModel arpa = ArpaRoundTripTest.roundTrip(lm);
            assertThat(arpa.order()).isEqualTo(order);
            ArpaRoundTripTest.assertSameModel(lm, arpa.languageModel());
        }
    }

    @Test
    void katzOnRealTextRoundTripsToFloatPrecision() throws IOException {
        // Float log10 values: a relative error of about 3e-7 in a probability (2^-24 of |log10 p| ≈ 3, times ln 10).
        LanguageModel lm = brown(3);
        StringWriter out = new StringWriter();
        ArpaWriter.write(lm, out, List.of("katz on the Brown sample"));
        LanguageModel back = ArpaReader.read(new StringReader(out.toString()), "katz.arpa").languageModel();
        for (String sentence : List.of("the jury said it", "in the city of atlanta", "zebras never vote")) {
            List<String> words = List.of(sentence.split(" "));
            assertThat(back.score(words).log10Prob()).as(sentence)
                    .isCloseTo(lm.score(words).log10Prob(), within(1e-5));
        }
        for (List<String> h : List.of(List.<String>of(), List.of("the"), List.of("<s>", "the"), List.of("of", "the"))) {
            double[] e = lm.distribution(h).toArray();
            double[] a = back.distribution(h).toArray();
            double worst = 0;
            for (int i = 0; i < e.length; i++) {
                worst = Math.max(worst, e[i] == 0 ? Math.abs(a[i]) : Math.abs(a[i] - e[i]) / e[i]);
            }
            assertThat(worst).as("largest relative difference in P(· | %s)", h).isLessThan(1e-6);
        }
    }

    @Test
    void katzUnigramDistributionSumsToOneAsExactlyAsDoublesAllow() {
        LanguageModel lm = brown(1);
        double[] d = lm.distribution(List.of()).toArray();
        // Tens of thousands of terms, each rounded once: a few ulps per term at most.
        assertThat(exactSum(d)).isCloseTo(1.0, within(1e-14));
        LanguageModel bigram = brown(2);
        assertThat(exactSum(bigram.distribution(List.of("never-seen-context")).toArray())).isCloseTo(1.0, within(1e-14));
    }
}
