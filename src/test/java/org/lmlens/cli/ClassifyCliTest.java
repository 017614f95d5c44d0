package org.lmlens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.Progress;
import org.lmlens.engine.classify.ClassData;
import org.lmlens.engine.classify.ClassFolder;
import org.lmlens.engine.classify.ClassificationReport;
import org.lmlens.engine.classify.ClassifierSettings;
import org.lmlens.engine.classify.Decision;
import org.lmlens.engine.classify.GenerativeClassifier;
import org.lmlens.engine.classify.TestLines;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.Tokenizers;

/** {@code classify} through the real command line: the numbers are the engine's. */
class ClassifyCliTest {
    @TempDir
    Path dir;

    @BeforeEach
    void writeClasses() throws IOException {
        org.lmlens.engine.classify.ClassFixtures.seaAndHill(dir);
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        return r;
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void naiveBayesMetricsAndConfusionMatrixAreTheEngines() {
        JsonNode j = ok("classify", "--class", "sea=" + file("sea.train.txt"), "--class", "hill=" + file("hill.train.txt"),
                "--test", "sea=" + file("sea.test.txt"), "--test", "hill=" + file("hill.test.txt"),
                "--tokenizer", "whitespace", "--json").json();
        List<org.lmlens.engine.classify.LabelledText> sorted = ClassFolder.training(dir);
        ClassData data = ClassData.read(List.of(sorted.get(1), sorted.get(0)),
                TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace")), Progress.NONE);
        TestLines test = TestLines.read(data, ClassFolder.test(dir), Progress.NONE);
        GenerativeClassifier nb = ClassifierSettings.naiveBayes().trainGenerative(data, Progress.NONE);
        ClassificationReport r = ClassificationReport.of(data.labels(), test, nb.predict(test.encoded(), Progress.NONE));
        assertThat(j.get("model").asText()).isEqualTo("naive-bayes");
        assertThat(j.get("accuracy").asDouble()).isEqualTo(r.accuracy());
        assertThat(j.get("macro_f1").asDouble()).isEqualTo(r.macroF1());
        assertThat(j.get("test_lines").asInt()).isEqualTo(6);
        assertThat(j.get("confusion").get("labels").toString()).isEqualTo("[\"sea\",\"hill\"]");
        int[][] m = r.confusion();
        for (int g = 0; g < 2; g++) {
            for (int p = 0; p < 2; p++) {
                assertThat(j.get("confusion").get("matrix").get(g).get(p).asInt()).isEqualTo(m[g][p]);
            }
        }
        assertThat(j.get("per_class").get(1).get("f1").asDouble()).isEqualTo(r.f1(1));
        assertThat(j.get("indicative_ngrams").get("sea").size()).isPositive();
    }

    @Test
    void oneSentenceShowsEveryClassScore() {
        JsonNode j = ok("classify", "--classes-dir", dir.toString(), "--tokenizer", "whitespace", "--order", "2",
                "--smoothing", "witten-bell", "--prior", "uniform", "--sentence", "the waves on the hill", "--json")
                .json();
        ClassData data = ClassData.read(ClassFolder.training(dir),
                TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace")), Progress.NONE);
        Decision d = ClassifierSettings.naiveBayes().withOrder(2)
                .withMethod(org.lmlens.engine.smoothing.Methods.byName("witten-bell"),
                        org.lmlens.engine.smoothing.Parameters.NONE)
                .withPrior(org.lmlens.engine.classify.Prior.UNIFORM).trainGenerative(data, Progress.NONE)
                .decide(List.of("the", "waves", "on", "the", "hill"));
        JsonNode s = j.get("sentence");
        assertThat(s.get("decision").asText()).isEqualTo(d.bestLabel());
        for (int c = 0; c < 2; c++) {
            assertThat(s.get("scores").get(c).get("class").asText()).isEqualTo(data.labels().get(c));
            assertThat(s.get("scores").get(c).get("score").asDouble()).isCloseTo(d.score()[c], within(1e-12));
            assertThat(s.get("scores").get(c).get("posterior").asDouble()).isCloseTo(d.posterior()[c], within(1e-12));
        }
        assertThat(s.get("tokens")).hasSize(6);
        assertThat(s.get("tokens").get(5).get("token").asText()).isEqualTo("</s>");
        assertThat(j.has("accuracy")).isTrue();
    }

    @Test
    void logLinearModelReportsItsLossCurveAndWeights() {
        CliRunner.Result r = ok("classify", "--classes-dir", dir.toString(), "--tokenizer", "whitespace", "--model",
                "loglinear", "--epochs", "25", "--min-feature-count", "1", "--sentence", "sheep on the grass",
                "--learning-curve", "--json");
        JsonNode j = r.json();
        assertThat(j.get("model").asText()).isEqualTo("loglinear");
        assertThat(j.get("loss")).hasSize(25);
        assertThat(j.get("loss").get(24).get("training").asDouble())
                .isLessThan(j.get("loss").get(0).get("training").asDouble());
        assertThat(j.get("top_weights").get("hill").size()).isPositive();
        assertThat(j.get("sentence").get("decision").asText()).isEqualTo("hill");
        assertThat(j.get("learning_curve")).hasSize(7);
        String readable = ok("classify", "--classes-dir", dir.toString(), "--tokenizer", "whitespace",
                "--misclassified", "3").out();
        assertThat(readable).contains("confusion matrix", "macro-F1", "multinomial Naive Bayes");
    }

    @Test
    void badClassSpecificationsGetAClearMessage() {
        CliRunner.Result noEquals = CliRunner.run("classify", "--class", file("sea.train.txt"), "--class",
                "hill=" + file("hill.train.txt"), "--sentence", "x");
        assertThat(noEquals.exitCode()).isEqualTo(1);
        assertThat(noEquals.err()).contains("NAME=FILE");
        CliRunner.Result unknown = CliRunner.run("classify", "--class", "sea=" + file("sea.train.txt"), "--class",
                "hill=" + file("hill.train.txt"), "--test", "lake=" + file("sea.test.txt"));
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("lake");
        CliRunner.Result nothing = CliRunner.run("classify", "--classes-dir", dir.toString(), "--model", "svm");
        assertThat(nothing.exitCode()).isEqualTo(1);
    }
}
