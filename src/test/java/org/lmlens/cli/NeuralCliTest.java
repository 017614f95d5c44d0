package org.lmlens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train-neural prints its loss curve and saves weights; eval, score, generate and dist read them. */
class NeuralCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    @TempDir
    Path dir;
    Path mini;
    Path weights;

    @BeforeEach
    void write() throws Exception {
        mini = dir.resolve("mini.txt");
        Files.writeString(mini, "I am Sam\nSam I am\nI do not like green eggs and ham\n");
        weights = dir.resolve("mini.weights");
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            nodes.add(MAPPER.readTree(line));
        }
        return nodes;
    }

    @Test
    void trainsTheBigramAndTheSavedModelAnswersEveryScoringCommand() throws Exception {
        var r = CliRunner.run("train-neural", "--model", "bigram", "--train", mini.toString(), "--test",
                mini.toString(), "--out", weights.toString(), "--steps", "400", "--eval-every", "100", "--lr", "0.5",
                "--batch", "100");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<JsonNode> curve = lines(r.out());
        assertThat(curve).hasSize(5);
        assertThat(curve.get(0).get("step").asInt()).isEqualTo(100);
        assertThat(curve.get(3).get("validation_loss").asDouble())
                .isLessThan(curve.get(0).get("validation_loss").asDouble());
        JsonNode done = curve.get(4);
        assertThat(done.get("model").asText()).isEqualTo("neural-bigram");
        assertThat(done.get("parameters").asInt()).isEqualTo(13 * 13);
        assertThat(Files.exists(weights)).isTrue();

        var dist = CliRunner.run("dist", "--weights", weights.toString(), "--context", "I", "--json");
        assertThat(dist.exitCode()).as(dist.err()).isZero();
        JsonNode first = dist.json().get("distribution").get(0);
        assertThat(first.get("word").asText()).isEqualTo("am");
        assertThat(first.get("probability").asDouble()).isCloseTo(2.0 / 3, within(1e-2));

        var eval = CliRunner.run("eval", "--weights", weights.toString(), "--test", mini.toString(), "--json");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        assertThat(eval.json().get("perplexity").asDouble())
                .isCloseTo(done.get("perplexity").asDouble(), within(1e-9));

        var score = CliRunner.run("score", "--weights", weights.toString(), "--sentence", "I am Sam", "--json");
        assertThat(score.exitCode()).as(score.err()).isZero();
        var gen = CliRunner.run("generate", "--weights", weights.toString(), "--count", "2", "--seed", "3");
        assertThat(gen.exitCode()).as(gen.err()).isZero();
        assertThat(gen.out().strip().split("\n")).hasSize(2);
    }

    @Test
    void trainsTheMlpWithAHeldOutShare() throws Exception {
        var r = CliRunner.run("train-neural", "--model", "mlp", "--train", mini.toString(), "--test-share", "0.34",
                "--out", weights.toString(), "--steps", "20", "--eval-every", "10", "--context", "2",
                "--embedding", "4", "--hidden", "8", "--batch", "4");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode done = lines(r.out()).get(2);
        assertThat(done.get("model").asText()).isEqualTo("neural-mlp");
        var score = CliRunner.run("score", "--weights", weights.toString(), "--sentence", "Sam I am", "--json");
        assertThat(score.exitCode()).as(score.err()).isZero();
    }

    @Test
    void aDamagedWeightsFileIsOneClearLine() throws Exception {
        CliRunner.run("train-neural", "--model", "bigram", "--train", mini.toString(), "--out", weights.toString(),
                "--steps", "1", "--test-share", "0.34");
        byte[] bytes = Files.readAllBytes(weights);
        Files.write(weights, java.util.Arrays.copyOf(bytes, bytes.length - 20));
        var r = CliRunner.run("eval", "--weights", weights.toString(), "--test", mini.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("lm-lens: The weights file").contains("Nothing was loaded")
                .doesNotContain("Exception");
    }

    @Test
    void refusesOptionsThatDoNotApply() {
        var both = CliRunner.run("eval", "--weights", weights.toString(), "--train", mini.toString(), "--test",
                mini.toString());
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(both.err()).contains("Give one model");
        var counts = CliRunner.run("train-neural", "--model", "tree", "--train", mini.toString(), "--out",
                weights.toString());
        assertThat(counts.exitCode()).isEqualTo(1);
        assertThat(counts.err()).contains("Unknown neural model 'tree'");
    }
}
