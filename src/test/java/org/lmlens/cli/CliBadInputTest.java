package org.lmlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.TestCorpora;

/** Bad input: one line on stderr, a non-zero exit, never a stack trace. */
class CliBadInputTest {
    @TempDir
    Path dir;
    private String mini;

    @BeforeEach
    void writeCorpus() throws IOException {
        Path p = dir.resolve("mini.txt");
        Files.writeString(p, TestCorpora.MINI);
        mini = p.toString();
    }

    private static CliRunner.Result fails(String expectedMessagePart, String... args) {
        CliRunner.Result r = CliRunner.run(args);
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines().count()).as("one line: %s", r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("lm-lens: ").contains(expectedMessagePart)
                .doesNotContain("Exception", "\tat ");
        return r;
    }

    @Test
    void missingFile() {
        fails("File not found", "stats", "--train", dir.resolve("nope.txt").toString());
    }

    @Test
    void directoryInsteadOfFile() {
        fails("is a folder", "stats", "--train", dir.toString());
    }

    @Test
    void invalidBytesInTheChosenEncoding() throws IOException {
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, "床前明月光\n疑是地上霜\n".getBytes(Charset.forName("GBK")));
        fails("not valid UTF-8", "stats", "--train", gbk.toString(), "--encoding", "UTF-8");
    }

    @Test
    void unknownEncoding() {
        fails("Unknown encoding", "stats", "--train", mini, "--encoding", "klingon-8");
    }

    @Test
    void emptyCorpus() throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        fails("is empty (0 bytes)", "stats", "--train", empty.toString());
        Path blank = dir.resolve("blank.txt");
        Files.writeString(blank, "  \n\t\n\n");
        fails("contains no words", "stats", "--train", blank.toString());
    }

    @Test
    void orderOutOfRange() {
        fails("between 1 and 10", "stats", "--train", mini, "--order", "0");
        fails("between 1 and 10", "stats", "--train", mini, "--order", "11");
    }

    @Test
    void unknownMethod() {
        fails("Unknown smoothing method 'magic'", "stats", "--train", mini, "--smoothing", "magic");
    }

    @Test
    void unknownTokenizerAndSentenceMode() {
        fails("Unknown tokenizer", "stats", "--train", mini, "--tokenizer", "sentencepiece");
        fails("Unknown sentence mode", "stats", "--train", mini, "--sentences", "paragraph");
    }

    @Test
    void usageErrors() {
        fails("Missing required option", "prob", "--train", mini);
        fails("Unknown option", "stats", "--train", mini, "--frobnicate");
        fails("Unmatched argument", "fly", "--train", mini);
        fails("Invalid value", "stats", "--train", mini, "--order", "three");
    }

    @Test
    void noTrainingText() {
        fails("No model: give --train FILE", "stats");
    }

    @Test
    void mleHasNoDistributionForAnUnseenContext() {
        fails("never occurs in the training text", "dist", "--train", mini, "--order", "2", "--smoothing", "mle",
                "--context", "zebra");
    }

    @Test
    void badParameterValues() {
        fails("--k must be between", "prob", "--train", mini, "--smoothing", "lidstone", "--k", "-1", "--word", "I");
        fails("Temperature must be", "generate", "--train", mini, "--temperature", "0");
        fails("top-p must be", "generate", "--train", mini, "--top-p", "1.5");
        fails("<s> is never predicted", "prob", "--train", mini, "--word", "<s>");
    }

    @Test
    void missingTestFile() {
        fails("File not found", "eval", "--train", mini, "--test", dir.resolve("missing-test.txt").toString());
    }

    @Test
    void utf8WithBomIsReadCorrectly() throws IOException {
        Path bom = dir.resolve("bom.txt");
        byte[] text = TestCorpora.MINI.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(bom, withBom);
        CliRunner.Result r = CliRunner.run("prob", "--train", bom.toString(), "--order", "2", "--smoothing", "mle",
                "--context", "<s>", "--word", "I", "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(r.json().get("probability").asDouble()).isEqualTo(2.0 / 3);
    }
}
