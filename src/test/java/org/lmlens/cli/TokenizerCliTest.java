package org.lmlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.bpe.MergesFile;

/** {@code tokenize}, {@code bpe-train} and the {@code bpe} tokenizer of the model commands. */
class TokenizerCliTest {
    static final String POEMS = "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n".repeat(4)
            + "the cat sat on the mat\nthe cat ate the rat\n".repeat(4);

    @TempDir
    Path dir;

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        return r;
    }

    @Test
    void gpt2CutsChineseCharactersIntoBytes() {
        JsonNode j = ok("tokenize", "--tokenizer", "gpt2", "--text", "明月 moon", "--json").json();
        assertThat(j.get("vocabulary").asText()).isEqualTo("r50k_base");
        List<String> tokens = new ArrayList<>();
        j.get("tokens").forEach(t -> tokens.add(t.get("token").asText()));
        assertThat(String.join("|", tokens)).isEqualTo("<0xE6><0x98>|<0x8E>|<0xE6><0x9C>|<0x88>| moon");
        assertThat(j.get("tokens").get(0).get("id").asInt()).isEqualTo(23626);
        assertThat(j.get("tokens").get(0).get("bytes").asText()).isEqualTo("E6 98");
        assertThat(j.get("split_han_characters").asInt()).isEqualTo(2);
    }

    @Test
    void o200kKeepsTheCharactersWholeAndTheReadableFormShowsSpaces() {
        JsonNode j = ok("tokenize", "--tokenizer", "o200k", "--text", "明月", "--json").json();
        assertThat(j.get("count").asInt()).isEqualTo(2);
        assertThat(j.get("split_han_characters").asInt()).isZero();
        String text = ok("tokenize", "--tokenizer", "cl100k", "--text", "Hello world").out();
        assertThat(text).startsWith("cl100k (cl100k_base): 2 tokens").contains("9906  Hello").contains("1917  \u2581world");
    }

    @Test
    void wordAndCharTokenizersNumberTheirTypes() {
        JsonNode j = ok("tokenize", "--tokenizer", "word", "--text", "the cat the end", "--json").json();
        assertThat(j.get("tokens").findValuesAsText("token")).containsExactly("the", "cat", "the", "end");
        assertThat(j.get("tokens").findValues("id").stream().map(JsonNode::asInt)).containsExactly(0, 1, 0, 2);
        assertThat(ok("tokenize", "--tokenizer", "char", "--text", "明月", "--json").json().get("count").asInt()).isEqualTo(2);
    }

    @Test
    void bpeTrainWritesAMergesFileThatTokenizeReads() throws Exception {
        Path text = dir.resolve("poems.txt");
        Files.writeString(text, POEMS, StandardCharsets.UTF_8);
        Path merges = dir.resolve("merges.txt");
        CliRunner.Result r = ok("bpe-train", "--train", text.toString(), "--merges", "40", "--out", merges.toString());
        assertThat(r.out()).contains("learnt 40 merges").contains("wrote " + merges);
        assertThat(MergesFile.read(merges).merges()).hasSize(40);
        assertThat(Files.readAllLines(merges).get(0)).isEqualTo("#lmlens-bpe 1");
        JsonNode j = ok("tokenize", "--tokenizer", "bpe", "--bpe-file", merges.toString(), "--text", "明月 the cat",
                "--json").json();
        assertThat(j.get("vocabulary_size").asInt()).isEqualTo(256 + 40);
        StringBuilder joined = new StringBuilder();
        j.get("tokens").forEach(t -> joined.append(t.get("token").asText()));
        assertThat(joined.toString()).isEqualTo("明月 the cat");
        assertThat(j.get("count").asInt()).isLessThan("明月 the cat".getBytes(StandardCharsets.UTF_8).length);

        JsonNode json = ok("bpe-train", "--train", text.toString(), "--merges", "5", "--out", merges.toString(),
                "--pre-split", "han", "--json").json();
        assertThat(json.get("merge_list")).hasSize(5);
        assertThat(json.get("pre_split").asText()).isEqualTo("han");
    }

    @Test
    void anNgramModelTrainsOnBpeTokens() throws Exception {
        Path text = dir.resolve("poems.txt");
        Files.writeString(text, POEMS, StandardCharsets.UTF_8);
        JsonNode stats = ok("stats", "--train", text.toString(), "--tokenizer", "bpe", "--bpe-merges", "30", "--json").json();
        assertThat(stats.get("tokenizer").asText()).isEqualTo("bpe");
        JsonNode p = ok("prob", "--train", text.toString(), "--tokenizer", "bpe", "--bpe-merges", "60", "--order", "2",
                "--smoothing", "mle", "--context", "the", "--word", "\u2581cat", "--json").json();
        assertThat(p.get("probability").asDouble()).isGreaterThan(0.3);
    }

    @Test
    void mistakesAreClearMessages() {
        CliRunner.Result r = CliRunner.run("tokenize", "--tokenizer", "gpt5", "--text", "x");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("gpt5").contains("o200k");
        r = CliRunner.run("tokenize", "--tokenizer", "bpe", "--bpe-file", dir.resolve("none.txt").toString(), "--text", "x");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("none.txt");
        r = CliRunner.run("stats", "--train", "x.txt", "--tokenizer", "word", "--bpe-merges", "10");
        assertThat(r.exitCode()).isEqualTo(2); // a usage error
        assertThat(r.err()).contains("--tokenizer bpe");
    }
}
