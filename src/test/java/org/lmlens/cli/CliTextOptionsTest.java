package org.lmlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI's tokenizer and encoding options, and one clear line on standard error for each bad input. */
class CliTextOptionsTest {
    private static final String TANG = "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n白日依山尽，黄河入海流。\n";
    private static final String MODERN = "我们今天学习语言模型，这是自然语言处理的基础。\n他用Java写了一个程序。\n我们学习语言。\n";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LmLensCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path write(String name, String text, Charset cs) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(cs));
        return p;
    }

    private static void assertOneLineError(Run r, String... fragments) {
        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("lm-lens: ").doesNotContain("\n").doesNotContain("\tat ")
                .contains(fragments);
    }

    @Test
    void statsReportsTheAutomaticChoicesInText() throws IOException {
        Path f = write("tang-gbk.txt", TANG, Charset.forName("GBK"));
        Run r = run("stats", "--train", f.toString(), "--order", "2");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("tokenizer  auto → char").contains("encoding   GB18030 (detected)")
                .contains("tokens     36");
    }

    @Test
    void statsReportsTheChoicesInJson() throws IOException {
        Path f = write("modern.txt", MODERN, StandardCharsets.UTF_16LE);
        Run r = run("stats", "--train", f.toString(), "--json");
        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("tokenizer").asText()).isEqualTo("zh-word");
        assertThat(json.get("tokenizer_auto").asBoolean()).isTrue();
        assertThat(json.get("encoding").asText()).isEqualTo("UTF-16LE");
    }

    @Test
    void explicitTokenizerAndEncodingOverrideDetection() throws IOException {
        Path f = write("tang.txt", TANG, Charset.forName("GB18030"));
        Run r = run("stats", "--train", f.toString(), "--tokenizer", "zh-word", "--encoding", "GB18030", "--json");
        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("tokenizer").asText()).isEqualTo("zh-word");
        assertThat(json.get("tokenizer_auto").asBoolean()).isFalse();
        assertThat(json.get("encoding").asText()).isEqualTo("GB18030");
    }

    @Test
    void aWrongExplicitEncodingIsOneLineNamingFileEncodingAndLine() throws IOException {
        Path f = write("tang.txt", TANG, Charset.forName("GBK"));
        assertOneLineError(run("stats", "--train", f.toString(), "--encoding", "UTF-8"),
                "tang.txt", "not valid UTF-8 text (line 1)");
    }

    @Test
    void unknownTokenizerOrEncoding() throws IOException {
        Path f = write("a.txt", "hello world\n", StandardCharsets.UTF_8);
        assertOneLineError(run("stats", "--train", f.toString(), "--tokenizer", "sentencepiece"), "Unknown tokenizer 'sentencepiece'", "zh-word", "auto", "bpe");
        assertOneLineError(run("stats", "--train", f.toString(), "--encoding", "klingon-8"), "Unknown encoding 'klingon-8'");
    }

    @Test
    void generatedChineseWordsAreJoinedWithoutSpaces() throws IOException {
        Path f = write("modern.txt", MODERN, StandardCharsets.UTF_8);
        Run r = run("generate", "--train", f.toString(), "--tokenizer", "zh-word", "--order", "2", "--count", "5",
                "--smoothing", "mle");
        assertThat(r.exit()).as(r.err()).isZero();
        for (String line : r.out().strip().split("\n")) {
            assertThat(line).doesNotContainPattern("\\p{IsHan} \\p{IsHan}");
        }
        assertThat(r.out()).contains("我们");
    }

    @Test
    void aTestFileIsDetectedOnItsOwnAndTokenizedLikeTheTrainingText() throws IOException {
        Path train = write("train.txt", TANG, StandardCharsets.UTF_8);
        Path test = write("test-big5.txt", "床前明月光\n", Charset.forName("Big5"));
        Path testUtf8 = write("test-utf8.txt", "床前明月光\n", StandardCharsets.UTF_8);
        Run big5 = run("eval", "--train", train.toString(), "--test", test.toString(), "--order", "2", "--json");
        Run utf8 = run("eval", "--train", train.toString(), "--test", testUtf8.toString(), "--order", "2", "--json");
        assertThat(big5.exit()).as(big5.err()).isZero();
        JsonNode a = new ObjectMapper().readTree(big5.out());
        JsonNode b = new ObjectMapper().readTree(utf8.out());
        assertThat(a.get("tokens").asLong()).isEqualTo(5 + 1);
        assertThat(a.get("oov").asLong()).isZero();
        assertThat(a.get("perplexity").asDouble()).isEqualTo(b.get("perplexity").asDouble());
    }

    @Test
    void pdfFile() throws IOException {
        Path f = write("paper.pdf", "%PDF-1.4\n1 0 obj\n", StandardCharsets.ISO_8859_1);
        assertOneLineError(run("stats", "--train", f.toString()), "paper.pdf looks like a PDF file, not plain text");
    }

    @Test
    void randomBytes() throws IOException {
        byte[] b = new byte[10_000];
        new Random(1).nextBytes(b);
        Path f = dir.resolve("noise.bin");
        Files.write(f, b);
        assertOneLineError(run("stats", "--train", f.toString()), "noise.bin looks like a binary file");
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        Path empty = write("empty.txt", "", StandardCharsets.UTF_8);
        assertOneLineError(run("stats", "--train", empty.toString()), "empty.txt is empty");
        Path blank = write("blank.txt", " \n\n\t\n", StandardCharsets.UTF_8);
        assertOneLineError(run("stats", "--train", blank.toString()), "blank.txt contains no words");
    }

    @Test
    void folderAndMissingFile() {
        assertOneLineError(run("stats", "--train", dir.toString()), "is a folder, not a text file");
        assertOneLineError(run("stats", "--train", dir.resolve("gone.txt").toString()), "File not found", "gone.txt");
    }

    @Test
    void helpListsTheNewChoices() {
        Run r = run("stats", "--help");
        assertThat(r.out()).contains("zh-word").contains("auto").contains("GB18030");
    }
}
