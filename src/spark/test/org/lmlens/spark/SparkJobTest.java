package org.lmlens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
import org.lmlens.engine.arpa.ArpaReader;
import org.lmlens.engine.compact.CompactModel;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/** The job's command line, its output files, and lmplz-style pruning, in local mode on a small text. */
class SparkJobTest {
    private static final String TEXT = "the cat sat on the mat .\nthe dog sat on the log .\na cat and a dog .\n"
            + "the cat saw the dog .\non the mat the cat sat .\nthe log .\nthe cat sat on the log .\n"
            + "a dog sat on a mat .\nthe dog saw a cat on the mat .\n";
    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(SparkLm.conf(new SparkConf().setMaster("local[2]").setAppName("SparkJobTest")
                .set("spark.ui.enabled", "false")));
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    @Test
    void theCommandLineWritesAGzippedArpaFileAndACompactModelWithTheSameProbabilities(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("t.txt"), TEXT);
        Path arpa = dir.resolve("t.arpa.gz");
        Path model = dir.resolve("t.lmc");
        String report = SparkLm.run(sc, SparkLm.parse(new String[] {"--order", "3", "--prune", "0", "0", "1",
                "--tokenizer", "whitespace", "--arpa", arpa.toString(), "--model", model.toString(), text.toString()}));
        assertThat(report).contains("3-grams").contains("shuffle written");
        Path plain = dir.resolve("t.arpa");
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(arpa))) {
            Files.write(plain, in.readAllBytes());
        }
        LanguageModel fromArpa = ArpaReader.read(plain).languageModel();
        LanguageModel fromCompact = CompactModel.open(model).languageModel();
        for (String h : List.of("the", "cat", "on", "</s>")) {
            for (String w : fromCompact.vocabulary().words()) {
                assertThat(fromCompact.probability(List.of("a", h), w)).isEqualTo(fromArpa.probability(List.of("a", h), w));
            }
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("t.txt", "t.arpa.gz",
                    "t.arpa", "t.lmc");
        }
    }

    @Test
    void pruningKeepsTheNgramsSeenMoreThanTheThresholdAndEveryDistributionSumsToOne(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("t.txt"), TEXT);
        Path model = dir.resolve("t.lmc");
        SparkLm.run(sc, SparkLm.parse(new String[] {"--order", "3", "--prune", "0", "1", "1", "--tokenizer", "whitespace",
                "--model", model.toString(), text.toString()}));
        NgramCounts counts = TrainedText.load(TextSource.ofString("t", TEXT),
                TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace")), 1, 3, Progress.NONE).counts();
        CompactModel compact = CompactModel.open(model);
        for (int k = 2; k <= 3; k++) {
            long kept = 0;
            for (int i = 0; i < counts.size(k); i++) {
                kept += counts.count(k, i) > 1 ? 1 : 0;
            }
            assertThat(compact.ngrams(k)).as("%d-grams seen more than once", k).isEqualTo(kept).isLessThan(counts.size(k));
        }
        LanguageModel lm = compact.languageModel();
        List<String> words = lm.vocabulary().words();
        for (String h1 : words) {
            for (String h2 : words) {
                assertThat(lm.distribution(List.of(h1, h2)).sum()).isCloseTo(1.0, within(1e-5));
            }
        }
    }

    @Test
    void badCommandLinesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> SparkLm.parse(new String[] {"--order", "3", "in.txt"}))
                .hasMessageContaining("--arpa");
        assertThatThrownBy(() -> SparkLm.parse(new String[] {"--prune", "1", "--model", "m.lmc", "in.txt"}))
                .hasMessageContaining("unigrams");
        assertThatThrownBy(() -> SparkLm.parse(new String[] {"--prune", "0", "2", "1", "--model", "m.lmc", "in.txt"}))
                .hasMessageContaining("non-decreasing");
        assertThatThrownBy(() -> SparkLm.parse(new String[] {"--model", "m.lmc"})).hasMessageContaining("no input");
    }
}
