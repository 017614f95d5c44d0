package org.lmlens.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.model.GeneratedSentence;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.Sampler;
import org.lmlens.engine.model.SamplingOptions;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.counts.BigramMatrixViewModel;
import org.lmlens.ui.counts.CountsViewModel;
import org.lmlens.ui.counts.NgramSorter;
import org.lmlens.ui.counts.NgramTable;
import org.lmlens.ui.generate.GenerateViewModel;
import org.lmlens.ui.next.NextWordResult;
import org.lmlens.ui.next.NextWordViewModel;
import org.lmlens.ui.session.Samples;
import org.lmlens.ui.session.SessionViewModel;

/** The view-models on the SLP3 mini-corpus, without the FX toolkit (same-thread task runner). */
class ViewModelTest {
    private final List<String> errors = new ArrayList<>();
    private SessionViewModel session;
    private CountsViewModel counts;
    private NextWordViewModel next;
    private GenerateViewModel generate;
    private BigramMatrixViewModel matrix;

    @BeforeEach
    void loadMiniCorpus() {
        session = new SessionViewModel(new SameThreadTaskRunner());
        session.setErrorHandler(errors::add);
        counts = new CountsViewModel(org.lmlens.ui.TabContexts.of(session));
        next = new NextWordViewModel(org.lmlens.ui.TabContexts.of(session));
        generate = new GenerateViewModel(org.lmlens.ui.TabContexts.of(session));
        matrix = new BigramMatrixViewModel(org.lmlens.ui.TabContexts.of(session));
        session.load(Samples.byId("sam"));
        assertThat(errors).isEmpty();
        assertThat(session.textProperty().get()).isNotNull();
    }

    private int row(NgramTable t, String ngram) {
        for (int r = 0; r < t.size(); r++) {
            if (t.text(t.index(r)).equals(ngram)) {
                return t.index(r);
            }
        }
        throw new AssertionError("no row " + ngram);
    }

    @Test
    void countsTableShowsBigramsWithMleAndMethodProbabilities() {
        NgramTable t = counts.tableProperty().get();
        assertThat(t.order()).isEqualTo(2);
        assertThat(t.size()).isEqualTo(15);
        int iAm = row(t, "I am");
        assertThat(t.count(iAm)).isEqualTo(2);
        assertThat(t.mle(iAm)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(t.probability(iAm)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(t.adjustedCount(iAm)).isCloseTo(2.0, within(1e-12));
        // default sort: count descending
        assertThat(t.count(t.index(0))).isEqualTo(2);
        assertThat(t.count(t.index(t.size() - 1))).isEqualTo(1);

        session.methodProperty().set(Methods.byName("laplace"));
        NgramTable laplace = counts.tableProperty().get();
        LanguageModel engine = session.textProperty().get().model(2, Methods.byName("laplace"), Parameters.NONE);
        double expected = engine.probability(List.of("I"), "am");
        assertThat(laplace.probability(row(laplace, "I am"))).isCloseTo(expected, within(1e-12));
        assertThat(expected).isLessThan(2.0 / 3);
        assertThat(laplace.mle(row(laplace, "I am"))).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void aSearchTypedWithoutSpacesFindsTheTokensAndAPartOfAWordStillMatches() {
        session.load(SessionViewModel.Origin.pasted("我爱北京\n我爱你\nDon't stop\n"),
                TextOptions.defaults().withTokenizer(org.lmlens.engine.text.Tokenizers.byName("char")));
        session.orderProperty().set(2);
        counts.tableOrderProperty().set(2);
        counts.searchProperty().set("我爱");
        NgramTable t = counts.tableProperty().get();
        List<String> found = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            found.add(t.text(t.index(r)));
        }
        assertThat(found).containsExactly("我 爱");
        counts.tableOrderProperty().set(1);
        counts.searchProperty().set("爱");
        assertThat(counts.tableProperty().get().size()).isEqualTo(1);
    }

    @Test
    void orderSearchAndSortChangeTheRows() {
        session.orderProperty().set(3);
        NgramTable t = counts.tableProperty().get();
        assertThat(t.order()).isEqualTo(3);
        assertThat(t.size()).isEqualTo(14);
        counts.searchProperty().set("sam");
        assertThat(counts.tableProperty().get().size()).isGreaterThan(0)
                .isLessThan(14);
        for (int r = 0; r < counts.tableProperty().get().size(); r++) {
            NgramTable f = counts.tableProperty().get();
            assertThat(f.text(f.index(r)).toLowerCase()).contains("sam");
        }
        counts.searchProperty().set("");
        counts.sortBy(NgramSorter.Key.NGRAM, true);
        NgramTable sorted = counts.tableProperty().get();
        for (int r = 1; r < sorted.size(); r++) {
            assertThat(sorted.text(sorted.index(r - 1))).isLessThanOrEqualTo(sorted.text(sorted.index(r)));
        }
    }

    @Test
    void nextWordChartDataMatchesTheEngineAndMarksUsedContext() {
        next.contextProperty().set("I");
        NextWordResult r = next.resultProperty().get();
        assertThat(r.isDefined()).isTrue();
        assertThat(r.words().get(0)).isEqualTo("am");
        assertThat(r.series().get(0).probabilities()[0]).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.counts()[0]).isEqualTo(2);
        assertThat(r.contextCount()).isEqualTo(3);
        // bigram: only "I" is used, <s> is not
        assertThat(r.context()).extracting(NextWordResult.ContextToken::word).containsExactly("<s>", "I");
        assertThat(r.context()).extracting(NextWordResult.ContextToken::used).containsExactly(false, true);

        session.orderProperty().set(3);
        r = next.resultProperty().get();
        assertThat(r.context()).extracting(NextWordResult.ContextToken::used).containsExactly(true, true);

        next.compareProperty().set(true);
        next.comparedMethods().setAll(Methods.byName("mle"), Methods.byName("laplace"));
        r = next.resultProperty().get();
        assertThat(r.series()).hasSize(2);
        double laplace = session.textProperty().get().model(3, Methods.byName("laplace"), Parameters.NONE)
                .probability(List.of("<s>", "I"), r.words().get(0));
        assertThat(r.series().get(1).probabilities()[0]).isCloseTo(laplace, within(1e-12));
    }

    @Test
    void mleWithAnUnseenContextGivesAMessageInsteadOfBars() {
        session.orderProperty().set(3);
        next.contextProperty().set("am I");
        NextWordResult r = next.resultProperty().get();
        assertThat(r.isDefined()).isFalse();
        assertThat(r.undefinedMessage()).contains("am I");
        session.methodProperty().set(Methods.byName("laplace"));
        assertThat(next.resultProperty().get().isDefined()).isTrue();
    }

    @Test
    void generatedSentencesFollowSeedAndMethod() {
        generate.seedProperty().set(7);
        generate.generate();
        List<GeneratedSentence> mle = generate.sentencesProperty().get();
        assertThat(mle).hasSize(5);
        LanguageModel model = session.modelProperty().get();
        List<GeneratedSentence> engine = new Sampler(model, new SamplingOptions(1.0, 0, 1.0, false,
                GenerateViewModel.MAX_LENGTH)).generate(5, 7);
        assertThat(mle).extracting(GeneratedSentence::words).isEqualTo(engine.stream().map(GeneratedSentence::words).toList());
        session.methodProperty().set(Methods.byName("laplace"));
        List<GeneratedSentence> laplace = generate.sentencesProperty().get();
        assertThat(laplace).extracting(GeneratedSentence::words)
                .isNotEqualTo(mle.stream().map(GeneratedSentence::words).toList());
    }

    @Test
    void bigramMatrixShowsCountsAndProbabilities() {
        BigramMatrixViewModel.Matrix m = matrix.matrixProperty().get();
        assertThat(m.words()).startsWith("I");
        int i = m.words().indexOf("I");
        int am = m.words().indexOf("am");
        assertThat(m.values()[i][am]).isEqualTo(2.0);
        matrix.modeProperty().set(BigramMatrixViewModel.Mode.PROBABILITIES);
        assertThat(matrix.matrixProperty().get().values()[i][am]).isCloseTo(2.0 / 3, within(1e-12));
        session.methodProperty().set(Methods.byName("laplace"));
        matrix.modeProperty().set(BigramMatrixViewModel.Mode.ADJUSTED);
        double p = session.textProperty().get().model(2, Methods.byName("laplace"), Parameters.NONE)
                .probability(List.of("I"), "am");
        assertThat(matrix.matrixProperty().get().values()[i][am]).isCloseTo(p * 3, within(1e-12));
    }

    @Test
    void aBadFileReportsAnErrorAndKeepsThePreviousText(@TempDir Path dir) throws IOException {
        TrainedText before = session.textProperty().get();
        Path binary = dir.resolve("image.bin");
        Files.write(binary, new byte[] {0x50, 0x4b, 3, 4, 0, 1, (byte) 0xc3, 0x28, (byte) 0x80, 10});
        session.load(SessionViewModel.Origin.of(binary), TextOptions.defaults());
        assertThat(errors).hasSize(1);
        assertThat(session.textProperty().get()).isSameAs(before);

        Path empty = Files.createFile(dir.resolve("empty.txt"));
        session.load(SessionViewModel.Origin.of(empty), TextOptions.defaults());
        assertThat(errors).hasSize(2);
        assertThat(errors.get(1)).isNotBlank();
        assertThat(session.textProperty().get()).isSameAs(before);
        assertThat(session.modelProperty().get().counts()).isSameAs(before.counts());
    }

    @Test
    void aChineseFileInGb18030LoadsOnceTheEncodingIsChosen(@TempDir Path dir) throws IOException {
        Path gbk = dir.resolve("poem.txt");
        Files.write(gbk, "床前明月光\n疑是地上霜\n".getBytes(java.nio.charset.Charset.forName("GB18030")));
        session.load(SessionViewModel.Origin.of(gbk), TextOptions.defaults().withTokenizer(
                org.lmlens.engine.text.Tokenizers.byName("char")));
        assertThat(errors).hasSize(1);
        assertThat(session.textProperty().get().source().name()).isEqualTo("sam.txt");
        // choosing the encoding retries the file that failed
        session.tokenizerProperty().set(org.lmlens.engine.text.Tokenizers.byName("char"));
        errors.clear();
        session.encodingProperty().set(java.nio.charset.Charset.forName("GB18030"));
        assertThat(errors).isEmpty();
        assertThat(session.textProperty().get().source().name()).isEqualTo("poem.txt");
        assertThat(session.textProperty().get().corpus().vocabulary().contains("月")).isTrue();
    }

    @Test
    void textOptionsReloadButModelOptionsReuseTheCounts() {
        TrainedText before = session.textProperty().get();
        session.orderProperty().set(4);
        session.methodProperty().set(Methods.byName("lidstone"));
        assertThat(session.textProperty().get()).isSameAs(before);
        assertThat(session.modelProperty().get().order()).isEqualTo(4);
        session.lowercaseProperty().set(true);
        assertThat(session.textProperty().get()).isNotSameAs(before);
        assertThat(session.textProperty().get().corpus().vocabulary().contains("sam")).isTrue();
    }
}
