package org.lmlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.SmoothingMethod;

class SmoothingCliTest {
    @TempDir
    Path dir;
    Path train;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void writeCorpus() throws IOException {
        train = dir.resolve("mini.txt");
        Files.writeString(train, "I am Sam\nSam I am\nI do not like green eggs and ham\n");
    }

    private int run(String... args) {
        var cl = LmLensCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void everyMethodIsSelectableByName() {
        for (SmoothingMethod m : Methods.all()) {
            out.getBuffer().setLength(0);
            assertThat(run("prob", "--train", train.toString(), "--order", "2", "--smoothing", m.name(),
                    "--context", "I", "--word", "am")).as(m.name() + ": " + err).isZero();
            assertThat(out.toString()).contains("am | I");
        }
    }

    @Test
    void explainJsonHasTheMassSplit() throws IOException {
        assertThat(run("prob", "--train", train.toString(), "--order", "2", "--smoothing", "absolute",
                "--discount", "0.5", "--context", "I", "--word", "am", "--explain", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        JsonNode split = json.get("mass_split");
        // D = 0.5 at both orders: seen = (1.5 + 0.5)/3 + (0.5 · 2/3) · (P1(am) + P1(do)).
        double p1Am = 1.5 / 17 + 0.5 * 11 / 17 / 12;
        double p1Do = 0.5 / 17 + 0.5 * 11 / 17 / 12;
        assertThat(split.get("seen_mass").asDouble()).isCloseTo(2.0 / 3 + 1.0 / 3 * (p1Am + p1Do),
                org.assertj.core.api.Assertions.within(1e-12));
        assertThat(split.get("seen_continuations").asInt()).isEqualTo(2);
        assertThat(split.get("unseen_outcomes").asInt()).isEqualTo(10);
        assertThat(split.get("mle_seen_mass").asDouble()).isEqualTo(1.0);
        assertThat(json.get("fitted_parameters").get("D").asText()).isEqualTo("1: 0.5, 2: 0.5");
    }

    @Test
    void stupidBackoffEvalIsRefusedAndScoresAreLabelled() throws IOException {
        assertThat(run("eval", "--train", train.toString(), "--test", train.toString(), "--order", "2",
                "--smoothing", "stupid-backoff")).isEqualTo(1);
        assertThat(err.toString()).contains("Perplexity is undefined for stupid-backoff").contains("not probabilities");
        assertThat(run("score", "--train", train.toString(), "--order", "2", "--smoothing", "stupid-backoff",
                "--sentence", "I am", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("value_kind").asText()).isEqualTo("score");
        assertThat(json.get("perplexity").isNull()).isTrue();
        out.getBuffer().setLength(0);
        assertThat(run("dist", "--train", train.toString(), "--order", "2", "--smoothing", "stupid-backoff",
                "--context", "I")).isZero();
        assertThat(out.toString()).contains("scores, not probabilities");
    }

    @Test
    void heldOutFileIsUsedByJelinekMercer() throws IOException {
        Path held = dir.resolve("held.txt");
        Files.writeString(held, "I am Sam\nI am\n");
        assertThat(run("prob", "--train", train.toString(), "--order", "2", "--smoothing", "jelinek-mercer",
                "--heldout", held.toString(), "--context", "I", "--word", "am", "--explain", "--json")).isZero();
        JsonNode fitted = new ObjectMapper().readTree(out.toString()).get("fitted_parameters");
        assertThat(fitted.get("held_out").asText()).contains("given held-out text (2 sentences)");
        assertThat(fitted.get("em_iterations").asInt()).isPositive();
    }
}
