package org.lmlens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chinese at the command line: user dictionary, per-character figures, tables by display width. */
class ChineseCliTest {
    @TempDir
    Path dir;

    private CliRunner.Result ok(String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        return r;
    }

    @Test
    void userDictKeepsItsWordsWholeAndScoreGivesPerCharacterFigures() throws Exception {
        Path train = dir.resolve("train.txt");
        Files.writeString(train, "大语言模型用词元来训练。\n我们学习大语言模型。\n", StandardCharsets.UTF_8);
        Path dict = dir.resolve("user.dict");
        Files.writeString(dict, "大语言模型 5 n\n词元\n", StandardCharsets.UTF_8);
        JsonNode j = ok("score", "--train", train.toString(), "--tokenizer", "zh-word", "--user-dict", dict.toString(),
                "--order", "2", "--smoothing", "laplace", "--sentence", "我们学习大语言模型。", "--json").json();
        assertThat(j.get("tokens").get(2).get("word").asText()).isEqualTo("大语言模型");
        assertThat(j.get("characters").asInt()).isEqualTo(10 + 1);
        double log10 = j.get("log10_prob").asDouble();
        assertThat(j.get("perplexity_per_character").asDouble()).isCloseTo(Math.pow(10, -log10 / 11), within(1e-9));
        assertThat(j.get("bits_per_character").asDouble()).isCloseTo(-log10 / 11 / Math.log10(2), within(1e-9));
    }

    @Test
    void scoreTableColumnsLineUpByDisplayWidth() throws Exception {
        Path train = dir.resolve("train.txt");
        Files.writeString(train, "床前明月光\nthe moon\n", StandardCharsets.UTF_8);
        String[] args = {"score", "--train", train.toString(), "--tokenizer", "char", "--order", "2",
                "--smoothing", "laplace", "--sentence", "床前 moon"};
        String[] lines = ok(args).out().split("\n");
        String[] withJson = java.util.Arrays.copyOf(args, args.length + 1);
        withJson[args.length] = "--json";
        JsonNode rows = ok(withJson).json().get("tokens");
        assertThat(rows.size()).isEqualTo(4);
        for (int i = 0; i < rows.size(); i++) {
            String line = lines[i + 1];
            String p = Format.number(rows.get(i).get("probability").asDouble());
            int at = line.indexOf(p, line.indexOf(rows.get(i).get("word").asText()) + 1);
            // word (16 columns) + space + context (28 columns) + space: the probability is at column 46
            assertThat(Format.width(line.substring(0, at))).as(line).isEqualTo(46);
        }
        assertThat(Format.width("床前")).isEqualTo(4);
        assertThat(Format.pad("床", 4)).isEqualTo("床  ");
        assertThat(Format.width("e\u0301")).isEqualTo(1);
    }
}
