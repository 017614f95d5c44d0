package org.lmlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-model and --model: a compact model answers every command as the same model's ARPA file does. */
class CompactModelCliTest {
    @TempDir
    Path dir;
    Path mini;

    @BeforeEach
    void writeMini() throws IOException {
        mini = dir.resolve("mini.txt");
        Files.writeString(mini, "I am Sam\nSam I am\nI do not like green eggs and ham\n");
    }

    private static String line(String output, String prefix) {
        return output.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void anExportedModelEvaluatesScoresAndPredictsAsItsArpaFile() {
        Path model = dir.resolve("m.lmc");
        Path arpa = dir.resolve("m.arpa");
        ArpaCliTest.Run m = ArpaCliTest.run("export-model", "--train", mini.toString(), "--order", "3", "--smoothing",
                "modified-kneser-ney", "--out", model.toString());
        assertThat(m.exit()).as(m.err()).isZero();
        assertThat(m.out()).contains("wrote " + model);
        assertThat(ArpaCliTest.run("export-arpa", "--train", mini.toString(), "--order", "3", "--smoothing",
                "modified-kneser-ney", "--out", arpa.toString()).exit()).isZero();
        for (String[] command : new String[][] {{"eval", "--test", mini.toString()}, {"score", "--sentence", "I am Sam"},
                {"prob", "--context", "I am", "--word", "Sam"}, {"dist", "--context", "I", "--top", "3"}}) {
            ArpaCliTest.Run fromModel = ArpaCliTest.run(concat(command, "--model", model.toString()));
            ArpaCliTest.Run fromArpa = ArpaCliTest.run(concat(command, "--arpa", arpa.toString()));
            assertThat(fromModel.exit()).as(fromModel.err()).isZero();
            String first = command[0].equals("eval") ? line(fromModel.out(), "perplexity ") : fromModel.out();
            String second = command[0].equals("eval") ? line(fromArpa.out(), "perplexity ") : fromArpa.out();
            assertThat(first).as(String.join(" ", command)).isEqualTo(second);
        }
        ArpaCliTest.Run generated = ArpaCliTest.run("generate", "--model", model.toString(), "--seed", "1");
        assertThat(generated.exit()).as(generated.err()).isZero();
        assertThat(generated.out()).isNotBlank();
    }

    @Test
    void aFileThatIsNoModelAndCountsCommandsAreRefusedClearly() throws IOException {
        ArpaCliTest.Run notModel = ArpaCliTest.run("eval", "--model", mini.toString(), "--test", mini.toString());
        assertThat(notModel.exit()).isNotZero();
        assertThat(notModel.err()).contains("is not a compact model file").doesNotContain("Exception");
        Path model = dir.resolve("m.lmc");
        ArpaCliTest.run("export-model", "--train", mini.toString(), "--order", "2", "--smoothing", "modified-kneser-ney",
                "--out", model.toString());
        ArpaCliTest.Run counts = ArpaCliTest.run("counts", "--model", model.toString());
        assertThat(counts.exit()).isNotZero();
        assertThat(counts.err()).contains("compact model has no training counts");
        ArpaCliTest.Run stats = ArpaCliTest.run("stats", "--model", model.toString());
        assertThat(stats.exit()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("compact model m.lmc, order 2").contains("2-grams");
        ArpaCliTest.Run both = ArpaCliTest.run("eval", "--model", model.toString(), "--train", mini.toString(),
                "--test", mini.toString());
        assertThat(both.err()).contains("Give one model");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
