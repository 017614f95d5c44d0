package org.lmlens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.Progress;
import org.lmlens.engine.arpa.ArpaModel;
import org.lmlens.engine.arpa.ArpaReader;
import org.lmlens.engine.compact.CompactModel;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.model.Evaluation;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;

/**
 * The Spark job in local mode on Brown gives the engine's model: at orders 1 to 5, the same n-grams per
 * order and the same test perplexity to 6 significant digits as {@code lm-lens eval} (the engine's modified
 * Kneser-Ney on the same text, with the tokenizer the engine chooses), from its ARPA file and from its compact
 * model file alike. Brown is counted once at order 5; each order's model is estimated from those counts.
 */
class SparkEqualityTest {
    private static JavaSparkContext sc;
    private static Path train;
    private static Path test;

    @BeforeAll
    static void start() {
        String corpora = System.getProperty("lmlens.corpora");
        assumeTrue(corpora != null && Files.isRegularFile(Path.of(corpora, "brown", "train.txt")),
                "shared corpora (lmlens.corpora) not available");
        train = Path.of(corpora, "brown", "train.txt");
        test = Path.of(corpora, "brown", "test.txt");
        sc = new JavaSparkContext(SparkLm.conf(new SparkConf().setMaster("local[2]").setAppName("SparkEqualityTest")
                .set("spark.ui.enabled", "false")));
    }

    @AfterAll
    static void stop() {
        if (sc != null) {
            sc.close();
        }
    }

    @Test
    void brownOrders1To5GiveTheEnginesCountsAndPerplexity(@TempDir Path dir) throws Exception {
        TrainedText text = TrainedText.load(TextSource.ofFile(train), TextOptions.automatic(), 1, 5, Progress.NONE);
        JobOptions job = SparkLm.resolveTokenizer(sc, new JobOptions(List.of(train.toString()), 5, new long[0], "auto",
                false, text.options().sentenceMode(), 4));
        assertThat(job.tokenizer()).isEqualTo(text.options().tokenizer().name());
        Counting.Counted counted = Counting.count(sc, job);
        assertThat(counted.words()).hasSize(text.corpus().vocabulary().size());
        for (int order = 1; order <= 5; order++) {
            LanguageModel engine = text.model(order, Methods.byName("modified-kneser-ney"), Parameters.NONE);
            Evaluation expected = engine.evaluate(text.encode(TextSource.ofFile(test), Progress.NONE), Progress.NONE);

            ModelFiles files = new ModelFiles(Estimation.estimate(sc, counted, order, new long[order + 1]));
            long[] n = files.ngrams();
            assertThat(n[1]).isEqualTo(text.corpus().vocabulary().size());
            for (int k = 2; k <= order; k++) {
                assertThat(n[k]).as("%d-grams of the order-%d model", k, order).isEqualTo(text.counts().size(k));
            }
            Path arpaFile = dir.resolve("brown" + order + ".arpa");
            Path compactFile = dir.resolve("brown" + order + ".lmc");
            files.write(sc, arpaFile.toString(), compactFile);

            ArpaModel arpa = ArpaReader.read(arpaFile);
            assertThat(arpa.notices()).isEmpty();
            Evaluation fromArpa = arpa.languageModel().evaluate(CorpusBuilder.encode(TextSource.ofFile(test),
                    text.options(), arpa.vocabulary(), Progress.NONE), Progress.NONE);
            CompactModel compact = CompactModel.open(compactFile);
            Evaluation fromCompact = compact.languageModel().evaluate(CorpusBuilder.encode(TextSource.ofFile(test),
                    text.options(), compact.vocabulary(), Progress.NONE), Progress.NONE);

            assertThat(fromArpa.tokens()).isEqualTo(expected.tokens());
            assertThat(fromArpa.oov()).isEqualTo(expected.oov());
            // 6 significant digits: the values are stored as float, as lmplz's and the engine's ARPA files are.
            assertThat(fromArpa.perplexity()).as("order %d perplexity from ARPA", order)
                    .isCloseTo(expected.perplexity(), within(5e-7 * expected.perplexity()));
            assertThat(fromCompact.log10Prob()).as("order %d compact = ARPA", order).isEqualTo(fromArpa.log10Prob());
        }
    }
}
