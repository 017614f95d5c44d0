package org.lmlens.engine.arpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.smoothing.Methods;

/** Export → import gives the engine's own probabilities; non-back-off methods are refused; foreign files read. */
class ArpaRoundTripTest {
    static final List<List<String>> MINI = List.of(List.of("I", "am", "Sam"), List.of("Sam", "I", "am"),
            List.of("I", "do", "not", "like", "green", "eggs", "and", "ham"));

    static LanguageModel train(List<List<String>> sentences, int order, String method) {
        NgramCounts counts = NgramCounter.count(CorpusBuilder.train(sentences, 1), order, Progress.NONE);
        return LanguageModel.of(counts, order, Methods.byName(method));
    }

    static ArpaModel roundTrip(LanguageModel lm) {
        StringWriter out = new StringWriter();
        try {
            ArpaWriter.write(lm, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return ArpaReader.read(new StringReader(out.toString()), "test.arpa");
    }

    /** Float printing: log10 values agree to a float's precision (relative 2^-24, with slack). */
    static void assertSameProbability(double expected, double actual, String what) {
        if (expected == 0) { // log10(0) is -inf, and AssertJ finds anything within an infinite offset of it
            assertThat(actual).as(what).isZero();
            return;
        }
        double le = Math.log10(expected);
        double la = Math.log10(actual);
        assertThat(la).as(what).isCloseTo(le, within(2e-7 * Math.max(1, Math.abs(le))));
    }

    /** Every context of every order (plus unseen ones) and every word, engine vs ARPA read back. */
    static void assertSameModel(LanguageModel lm, LanguageModel arpa) {
        NgramCounts counts = lm.counts();
        List<List<String>> contexts = new ArrayList<>();
        contexts.add(List.of());
        contexts.add(List.of("never-seen"));
        contexts.add(List.of("<s>", "never-seen"));
        for (int k = 1; k < lm.order(); k++) {
            for (int i = 0; i < counts.size(k); i++) {
                contexts.add(lm.decode(counts.ngram(k, i)));
            }
        }
        List<String> words = new ArrayList<>(lm.vocabulary().words());
        words.remove("<s>");
        words.add("never-seen");
        for (List<String> h : contexts) {
            for (String w : words) {
                assertSameProbability(lm.probability(h, w), arpa.probability(h, w), "P(" + w + " | " + h + ")");
            }
            double[] d = arpa.distribution(h).toArray();
            double[] e = lm.distribution(h).toArray();
            for (int i = 0; i < d.length; i++) {
                assertThat(d[i]).isCloseTo(e[i], within(1e-6 * e[i]));
            }
        }
    }

    @Test
    void modifiedKneserNeyRoundTripsAtEveryOrder() {
        for (int order = 1; order <= 4; order++) {
            LanguageModel lm = train(MINI, order, "modified-kneser-ney");
            ArpaModel arpa = roundTrip(lm);
            assertThat(arpa.order()).isEqualTo(order);
            assertThat(arpa.notices()).isEmpty();
            assertSameModel(lm, arpa.languageModel());
            assertThat(arpa.languageModel().score(List.of("I", "am", "Sam")).log10Prob())
                    .isCloseTo(lm.score(List.of("I", "am", "Sam")).log10Prob(), within(1e-6));
        }
    }

    @Test
    void writesKenLmConventions() throws IOException {
        StringWriter out = new StringWriter();
        ArpaWriter.write(train(MINI, 2, "modified-kneser-ney"), out);
        String text = out.toString();
        assertThat(text).startsWith("\\data\\\nngram 1=13\nngram 2=15\n\n\\1-grams:\n");
        assertThat(text).contains("\n-99\t<s>\t").contains("\t<unk>\n").contains("\n\\2-grams:\n").endsWith("\n\\end\\\n");
        // The top order has no back-off column; </s> is never a context, so it has none either.
        assertThat(text).containsPattern("\n-[0-9.]+\tI am\n").containsPattern("\n-[0-9.]+\t</s>\n");
    }

    @Test
    void reExportingAnArpaModelKeepsItsProbabilities() {
        ArpaModel once = roundTrip(train(MINI, 3, "modified-kneser-ney"));
        ArpaModel twice = roundTrip(once.languageModel());
        assertSameModel(once.languageModel(), twice.languageModel());
    }

    @Test
    void refusesMethodsThatAreNotBackoffModels() {
        for (String method : List.of("mle", "laplace", "lidstone")) {
            LanguageModel lm = train(MINI, 2, method);
            assertThatThrownBy(() -> ArpaWriter.write(lm, new StringWriter()))
                    .isInstanceOf(LmLensException.class).hasMessageContaining("Cannot export " + method)
                    .hasMessageContaining("not a back-off model");
        }
    }

    @Test
    void readsAHandWrittenKenLmStyleFile() {
        String arpa = """
                This model was built by a tool that writes a preamble.

                \\data\\
                ngram 1=4
                ngram  2 = 2

                \\1-grams:
                -99\t<s>\t-0.30103
                -0.5 a  -0.2
                -0.6\t</s>
                -1.0\tb

                \\2-grams:
                -0.1\t<s> a
                -0.2   a b

                \\end\\
                trailing text is ignored
                """;
        ArpaModel m = ArpaReader.read(new StringReader(arpa), "kenlm.arpa");
        LanguageModel lm = m.languageModel();
        assertThat(m.notices()).singleElement().asString().contains("<unk>");
        assertThat(lm.probability(List.of("<s>"), "a")).isCloseTo(Math.pow(10, -0.1), within(1e-7));
        // b after <s>: not stored, so bow(<s>) · p(b) = 10^(-0.30103 - 1.0)
        assertThat(lm.probability(List.of("<s>"), "b")).isCloseTo(Math.pow(10, -1.30103), within(1e-7));
        assertThat(lm.probability(List.of("a"), "b")).isCloseTo(Math.pow(10, -0.2), within(1e-7));
        assertThat(lm.probability(List.of("a"), "</s>")).isCloseTo(Math.pow(10, -0.8), within(1e-7));
        // b has no back-off column: bow = 1
        assertThat(lm.probability(List.of("b"), "a")).isCloseTo(Math.pow(10, -0.5), within(1e-7));
        // <unk> was missing: KenLM's -100
        assertThat(lm.probability(List.of("a"), "zzz")).isCloseTo(Math.pow(10, -100.2), within(1e-106));
        assertThat(lm.probability(List.of("a"), "<s>")).isZero();
        assertThat(m.ngrams(1)).isEqualTo(5); // <unk> added
        assertThat(m.declaredNgrams(2)).isEqualTo(2);
    }

    /** Found by the property below (CI, 2 December): KenLM's discounts leave "d" and "c" no mass to back off with. */
    @Test
    void aZeroBackoffWeightComesBackAsZero() {
        String text = "e|c d c c d a e c|c c d e c b|d b d e a d a e|d b e b e|b b a d d a|a c a a d e c|a a e b e a a|"
                + "c d c e d|c e|c|c e a|d a b d|e a a e|c a c c b|e e b a a b|d d b a c a|a|c b b c|d e|b d a e b e c|"
                + "e e c b e e e|a d d d b d c d|c d e b d a e|d c a a c c b e|c b d d d b d|e";
        List<List<String>> sentences = new ArrayList<>();
        for (String line : text.split("\\|")) {
            sentences.add(List.of(line.split(" ")));
        }
        LanguageModel lm = train(sentences, 2, "modified-kneser-ney");
        assertThat(lm.probability(List.of("d"), "never-seen")).isZero();
        LanguageModel arpa = roundTrip(lm).languageModel();
        assertThat(arpa.probability(List.of("d"), "never-seen")).isZero();
        assertSameModel(lm, arpa);
    }

    @Test
    void minus99AndMinusInfAreZero() {
        String arpa = """
                \\data\\
                ngram 1=5
                ngram 2=2

                \\1-grams:
                -99\t<s>\t-99
                -0.5\ta\t-inf
                -0.6\t</s>
                -1.0\tb
                -99\t<unk>

                \\2-grams:
                -0.1\t<s> a
                -0.2\ta b

                \\end\\
                """;
        LanguageModel lm = ArpaReader.read(new StringReader(arpa), "zeros.arpa").languageModel();
        assertThat(lm.probability(List.of("<s>"), "a")).isCloseTo(Math.pow(10, -0.1), within(1e-7));
        assertThat(lm.probability(List.of("<s>"), "b")).isZero(); // bow(<s>) = 10^-99 = 0
        assertThat(lm.probability(List.of("a"), "</s>")).isZero(); // bow(a) = 10^-inf = 0
        assertThat(lm.probability(List.of("a"), "b")).isCloseTo(Math.pow(10, -0.2), within(1e-7));
        assertThat(lm.probability(List.of("b"), "zzz")).isZero(); // <unk> at -99
        assertThat(java.util.Arrays.stream(lm.distribution(List.of("a")).toArray()).filter(p -> p != 0)).singleElement()
                .satisfies(p -> assertThat(p).isCloseTo(Math.pow(10, -0.2), within(1e-7)));
    }

    @Provide
    Arbitrary<List<List<String>>> corpora() {
        return Arbitraries.of("a", "b", "c", "d", "e").list().ofMinSize(1).ofMaxSize(8).list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 60)
    void roundTripOnRandomCorpora(@ForAll("corpora") List<List<String>> sentences, @ForAll @IntRange(min = 1, max = 4) int order) {
        LanguageModel lm = train(sentences, order, "modified-kneser-ney");
        assertSameModel(lm, roundTrip(lm).languageModel());
    }
}
