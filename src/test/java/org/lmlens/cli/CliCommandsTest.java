package org.lmlens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.TestCorpora;

/** Every command on the SLP3 mini-corpus, through the real command line and its JSON. */
class CliCommandsTest {
    @TempDir
    Path dir;
    private String mini;

    @BeforeEach
    void writeCorpus() throws IOException {
        Path p = dir.resolve("mini.txt");
        Files.writeString(p, TestCorpora.MINI, StandardCharsets.UTF_8);
        mini = p.toString();
    }

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        assertThat(r.err()).isEmpty();
        return r;
    }

    private double prob(String context, String word) {
        return ok("prob", "--train", mini, "--order", "2", "--smoothing", "mle", "--context", context, "--word", word,
                "--json").json().get("probability").asDouble();
    }

    @Test
    void probReproducesTheTextbookBigrams() {
        assertThat(prob("<s>", "I")).isEqualTo(2.0 / 3);
        assertThat(prob("<s>", "Sam")).isEqualTo(1.0 / 3);
        assertThat(prob("I", "am")).isEqualTo(2.0 / 3);
        assertThat(prob("Sam", "</s>")).isEqualTo(1.0 / 2);
        assertThat(prob("am", "Sam")).isEqualTo(1.0 / 2);
        assertThat(prob("I", "do")).isEqualTo(1.0 / 3);
        JsonNode j = ok("prob", "--train", mini, "--order", "2", "--smoothing", "mle", "--context", "I", "--word",
                "am", "--json").json();
        assertThat(j.get("log10").asDouble()).isCloseTo(Math.log10(2.0 / 3), within(1e-12));
    }

    @Test
    void probExplainGivesTheTerms() {
        JsonNode j = ok("prob", "--train", mini, "--order", "2", "--smoothing", "laplace", "--context", "I",
                "--word", "am", "--explain", "--json").json();
        JsonNode ex = j.get("explain");
        assertThat(ex.get("count").asLong()).isEqualTo(2);
        assertThat(ex.get("context_count").asLong()).isEqualTo(3);
        assertThat(ex.get("adjusted_count").asDouble()).isCloseTo(3 * 3.0 / 15, within(1e-12));
    }

    @Test
    void statsReportsCountsAndCountOfCounts() {
        JsonNode j = ok("stats", "--train", mini, "--order", "2", "--json").json();
        assertThat(j.get("sentences").asInt()).isEqualTo(3);
        assertThat(j.get("tokens").asInt()).isEqualTo(14);
        assertThat(j.get("types").asInt()).isEqualTo(10);
        assertThat(j.get("ngrams").get("1").asInt()).isEqualTo(11);
        assertThat(j.get("ngrams").get("2").asInt()).isEqualTo(15);
        assertThat(j.get("count_of_counts").get("2").get("1").asInt()).isEqualTo(13);
        assertThat(j.get("count_of_counts").get("2").get("2").asInt()).isEqualTo(2);
        assertThat(ok("stats", "--train", mini).out()).contains("sentences").contains("3");
    }

    @Test
    void countsAreSortedAndFilteredByPrefix() {
        JsonNode j = ok("counts", "--train", mini, "--order", "2", "--n", "2", "--top", "3", "--json").json();
        JsonNode rows = j.get("ngrams");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(rows.get(1).get("count").asInt()).isEqualTo(2);
        assertThat(rows.get(2).get("count").asInt()).isEqualTo(1);
        JsonNode prefixed = ok("counts", "--train", mini, "--order", "2", "--n", "2", "--prefix", "I", "--json")
                .json().get("ngrams");
        assertThat(prefixed).hasSize(2);
        assertThat(prefixed.get(0).get("ngram").asText()).isEqualTo("I am");
        assertThat(prefixed.get(1).get("ngram").asText()).isEqualTo("I do");
        JsonNode unigrams = ok("counts", "--train", mini, "--order", "2", "--n", "1", "--top", "100", "--json")
                .json().get("ngrams");
        assertThat(unigrams).hasSize(11); // every word and </s>; never <s> alone
    }

    @Test
    void distIsSortedAndSumsToOne() {
        JsonNode d = ok("dist", "--train", mini, "--order", "2", "--smoothing", "laplace", "--context", "I", "--json")
                .json().get("distribution");
        assertThat(d).hasSize(12); // 10 words, </s>, <unk>
        double sum = 0;
        double previous = 1;
        for (JsonNode e : d) {
            double p = e.get("probability").asDouble();
            assertThat(p).isLessThanOrEqualTo(previous);
            previous = p;
            sum += p;
        }
        assertThat(sum).isCloseTo(1.0, within(1e-12));
        assertThat(d.get(0).get("word").asText()).isEqualTo("am");
        JsonNode top = ok("dist", "--train", mini, "--order", "2", "--smoothing", "mle", "--context", "I",
                "--top", "2", "--json").json().get("distribution");
        assertThat(top).hasSize(2);
        assertThat(top.get(1).get("word").asText()).isEqualTo("do");
    }

    @Test
    void scoreGivesTheChainRule() {
        JsonNode j = ok("score", "--train", mini, "--order", "2", "--smoothing", "mle", "--sentence", "I am Sam",
                "--json").json();
        assertThat(j.get("tokens")).hasSize(4);
        assertThat(j.get("tokens").get(0).get("context").asText()).isEqualTo("<s>");
        assertThat(j.get("tokens").get(3).get("word").asText()).isEqualTo("</s>");
        assertThat(j.get("log10_prob").asDouble()).isCloseTo(Math.log10(1.0 / 9), within(1e-12));
        assertThat(j.get("perplexity").asDouble()).isCloseTo(Math.pow(9, 0.25), within(1e-12));
    }

    @Test
    void infinitePerplexityIsTheStringInfinity() {
        JsonNode j = ok("score", "--train", mini, "--order", "2", "--smoothing", "mle", "--sentence", "Sam like ham",
                "--json").json();
        assertThat(j.get("perplexity").isTextual()).isTrue();
        assertThat(j.get("perplexity").asText()).isEqualTo("Infinity");
    }

    @Test
    void evalFollowsKenLmConventions() throws IOException {
        Path test = dir.resolve("test.txt");
        Files.writeString(test, "I am Sam\nI like zebras\n");
        JsonNode j = ok("eval", "--train", mini, "--test", test.toString(), "--order", "2", "--smoothing", "laplace",
                "--json").json();
        assertThat(j.get("tokens").asInt()).isEqualTo(8); // 6 words + 2 </s>
        assertThat(j.get("oov").asInt()).isEqualTo(1);
        // Hand computation, |O| = 12: c(<s>)=3, c(I)=3, c(am)=2, c(Sam)=2, c(like)=1, c(<unk>)=0;
        // "I like" is unseen (1/15), "like <unk>" too (1/13), and <unk> is an unseen context (1/12).
        double log10 = Math.log10(3.0 / 15) + Math.log10(3.0 / 15) + Math.log10(2.0 / 14) + Math.log10(2.0 / 14)
                + Math.log10(3.0 / 15) + Math.log10(1.0 / 15) + Math.log10(1.0 / 13) + Math.log10(1.0 / 12);
        assertThat(j.get("log10_prob").asDouble()).isCloseTo(log10, within(1e-9));
        assertThat(j.get("perplexity").asDouble()).isCloseTo(Math.pow(10, -log10 / 8), within(1e-9));
        double inVocab = log10 - Math.log10(1.0 / 13);
        assertThat(j.get("perplexity_excluding_oov").asDouble()).isCloseTo(Math.pow(10, -inVocab / 7), within(1e-9));
        assertThat(j.get("cross_entropy_bits").asDouble())
                .isCloseTo(-log10 / 8 * Math.log(10) / Math.log(2), within(1e-9));
        // Characters: "I am Sam" 6 + "I like zebras" 11, no spaces, + 2 sentence ends.
        assertThat(j.get("characters").asInt()).isEqualTo(19);
        assertThat(j.get("perplexity_per_character").asDouble()).isCloseTo(Math.pow(10, -log10 / 19), within(1e-9));
        assertThat(j.get("bits_per_character").asDouble())
                .isCloseTo(-log10 / 19 * Math.log(10) / Math.log(2), within(1e-9));
        JsonNode mle = ok("eval", "--train", mini, "--test", test.toString(), "--order", "2", "--smoothing", "mle",
                "--json").json();
        assertThat(mle.get("perplexity").asText()).isEqualTo("Infinity");
    }

    @Test
    void generateIsReproducibleWithASeed() {
        String[] args = {"generate", "--train", mini, "--order", "2", "--smoothing", "mle", "--count", "4", "--seed",
                "7", "--json"};
        JsonNode a = ok(args).json().get("sentences");
        JsonNode b = ok(args).json().get("sentences");
        assertThat(a).hasSize(4).isEqualTo(b);
        for (JsonNode s : a) {
            // Under MLE every bigram of a generated sentence occurs in the training text.
            assertThat(s.asText()).isNotBlank().doesNotContain("<s>");
        }
        JsonNode greedy = ok("generate", "--train", mini, "--order", "2", "--smoothing", "mle", "--count", "1",
                "--greedy", "--json").json().get("sentences");
        // I (2/3), am (2/3), then </s> and Sam tie at 1/2: the lower id (</s>) wins.
        assertThat(greedy.get(0).asText()).isEqualTo("I am");
    }

    @Test
    void helpAndVersion() {
        assertThat(ok("--version").out()).contains("LM Lens");
        for (String cmd : new String[] {"stats", "counts", "prob", "dist", "score", "eval", "generate"}) {
            assertThat(ok(cmd, "--help").out()).contains("Usage: lm-lens " + cmd + " ").contains("--train")
                    .contains("--smoothing");
            assertThat(ok(cmd, "-V").out()).contains("LM Lens"); // was an empty line before 2 December
        }
        // A named command is built alone (picocli's reflection is costly); the top level still lists all.
        for (String[] top : new String[][] {{}, {"--help"}}) {
            assertThat(ok(top).out()).contains("stats", "counts", "prob", "dist", "score", "eval", "generate",
                    "export-arpa");
        }
    }
}
