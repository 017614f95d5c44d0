package org.lmlens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a Unix filter that survives faults: one test per fault it once had. */
class CliFaultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "I am Sam\nSam I am\nI do not like green eggs and ham\n";
    @TempDir
    Path dir;
    Path mini;

    @BeforeEach
    void writeMini() throws IOException {
        mini = Files.writeString(dir.resolve("mini.txt"), TEXT.repeat(3) + "do n't panic\n");
    }

    private static CliRunner.Result withStdin(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRunner.run(args);
        } finally {
            System.setIn(saved);
        }
    }

    private static double perplexity(CliRunner.Result r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.json().get("perplexity").asDouble();
    }

    @Test
    void aDashReadsStandardInputForTrainTestAndArpa() throws IOException {
        double direct = perplexity(CliRunner.run("eval", "--train", mini.toString(), "--test", mini.toString(), "--json"));
        assertThat(perplexity(withStdin(Files.readString(mini), "eval", "--train", "-", "--test", mini.toString(),
                "--json"))).isEqualTo(direct);
        assertThat(perplexity(withStdin(Files.readString(mini), "eval", "--train", mini.toString(), "--test", "-",
                "--json"))).isEqualTo(direct);
        Path arpa = dir.resolve("m.arpa");
        assertThat(CliRunner.run("export-arpa", "--train", mini.toString(), "--smoothing", "kneser-ney", "--out",
                arpa.toString()).exitCode()).isZero();
        double fromFile = perplexity(CliRunner.run("eval", "--arpa", arpa.toString(), "--test", mini.toString(), "--json"));
        assertThat(perplexity(withStdin(Files.readString(arpa), "eval", "--arpa", "-", "--test", mini.toString(),
                "--json"))).isEqualTo(fromFile);
        CliRunner.Result twice = withStdin(TEXT, "eval", "--train", "-", "--test", "-");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("standard input (-) can be read only once");
    }

    @Test
    void compressedTextAndArpaFilesAreReadTransparently() throws IOException {
        double plain = perplexity(CliRunner.run("eval", "--train", mini.toString(), "--test", mini.toString(), "--json"));
        byte[] bytes = Files.readAllBytes(mini);
        Path gz = compress(dir.resolve("mini.txt.gz"), bytes, "gz");
        Path bz2 = compress(dir.resolve("mini.txt.bz2"), bytes, "bz2");
        Path xz = compress(dir.resolve("mini.txt.xz"), bytes, "xz");
        for (Path p : List.of(gz, bz2, xz)) {
            assertThat(perplexity(CliRunner.run("eval", "--train", p.toString(), "--test", p.toString(), "--json")))
                    .as(p.getFileName().toString()).isEqualTo(plain);
        }
        Path arpa = dir.resolve("m.arpa");
        CliRunner.run("export-arpa", "--train", mini.toString(), "--smoothing", "kneser-ney", "--out", arpa.toString());
        Path arpaGz = compress(dir.resolve("m.arpa.gz"), Files.readAllBytes(arpa), "gz");
        assertThat(perplexity(CliRunner.run("eval", "--arpa", arpaGz.toString(), "--test", mini.toString(), "--json")))
                .isEqualTo(perplexity(CliRunner.run("eval", "--arpa", arpa.toString(), "--test", mini.toString(), "--json")));
        Path cut = Files.write(dir.resolve("cut.txt.gz"), java.util.Arrays.copyOf(Files.readAllBytes(gz), 30));
        CliRunner.Result damaged = CliRunner.run("stats", "--train", cut.toString());
        assertThat(damaged.exitCode()).isEqualTo(1);
        assertThat(damaged.err()).contains("cut.txt.gz").contains("damaged or cut-short gzip data");
    }

    private static Path compress(Path target, byte[] bytes, String kind) throws IOException {
        try (OutputStream file = Files.newOutputStream(target);
             OutputStream out = switch (kind) {
                 case "gz" -> new GZIPOutputStream(file);
                 case "bz2" -> new BZip2CompressorOutputStream(file);
                 default -> new XZCompressorOutputStream(file);
             }) {
            out.write(bytes);
        }
        return target;
    }

    @Test
    void anArpaFileIsReadWithTheTextOptionsItRecordsAndAnExplicitOptionWins() throws IOException {
        Path arpa = dir.resolve("ws.arpa");
        CliRunner.Result export = CliRunner.run("export-arpa", "--train", mini.toString(), "--tokenizer", "whitespace",
                "--lowercase", "--smoothing", "kneser-ney", "--out", arpa.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.readString(arpa)).contains("# lmlens-text-options: tokenizer=whitespace sentences=line"
                + " lowercase=true encoding=auto min-count=1\n");
        Path test = Files.writeString(dir.resolve("test.txt"), "Do n't PANIC\nI AM SAM\n");
        double direct = perplexity(CliRunner.run("eval", "--train", mini.toString(), "--tokenizer", "whitespace",
                "--lowercase", "--smoothing", "kneser-ney", "--test", test.toString(), "--json"));
        CliRunner.Result recorded = CliRunner.run("eval", "--arpa", arpa.toString(), "--test", test.toString(), "--json");
        assertThat(perplexity(recorded)).isCloseTo(direct, org.assertj.core.data.Offset.offset(1e-4 * direct));
        CliRunner.Result overridden = CliRunner.run("eval", "--arpa", arpa.toString(), "--test", test.toString(),
                "--tokenizer", "word", "--no-lowercase");
        assertThat(overridden.exitCode()).isZero();
        assertThat(overridden.err()).contains("--tokenizer word overrides what").contains("(whitespace)")
                .contains("--no-lowercase false overrides");
    }

    @Test
    void exportReplacesTheTargetAtomicallyInsteadOfTruncatingIt() throws IOException {
        Path target = Files.writeString(dir.resolve("model.arpa"), "the old model\n");
        Path link = dir.resolve("old-link.arpa");
        Files.createLink(link, target); // a file truncated in place would change under this name too
        CliRunner.Result r = CliRunner.run("export-arpa", "--train", mini.toString(), "--smoothing", "kneser-ney",
                "--out", target.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(target)).startsWith("# Written by LM Lens");
        assertThat(Files.readString(link)).isEqualTo("the old model\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        assertThat(r.out()).as("status goes to standard error").isEmpty();
        assertThat(r.err()).contains("wrote " + target);
    }

    @Test
    void everyInputIsRefusedAsTheOutputBeforeAnyWork() throws IOException {
        Path heldout = Files.writeString(dir.resolve("h.txt"), TEXT);
        Path link = dir.resolve("link-to-mini.txt");
        Files.createSymbolicLink(link, mini);
        Path arpa = dir.resolve("m.arpa");
        CliRunner.run("export-arpa", "--train", mini.toString(), "--smoothing", "kneser-ney", "--out", arpa.toString());
        String arpaBefore = Files.readString(arpa);
        String[][] cases = {
            {"--train", mini.toString(), "--smoothing", "jelinek-mercer", "--heldout", heldout.toString(), "--out",
                heldout.toString()},
            {"--train", mini.toString(), "--smoothing", "kneser-ney", "--out", link.toString()},
            {"--arpa", arpa.toString(), "--out", arpa.toString()},
        };
        for (String[] c : cases) {
            List<String> args = new ArrayList<>(List.of("export-arpa"));
            args.addAll(List.of(c));
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(String.join(" ", c)).isEqualTo(1);
            assertThat(r.err()).contains("is an input file");
        }
        assertThat(Files.readString(heldout)).isEqualTo(TEXT);
        assertThat(Files.readString(mini)).startsWith("I am Sam");
        assertThat(Files.readString(arpa)).isEqualTo(arpaBefore);
    }

    @Test
    void aWriteErrorSaysWhatIsWrong() throws IOException {
        String[][] cases = {
            {dir.resolve("no-such-folder/x.arpa").toString(), "the folder " + dir.resolve("no-such-folder") + " does not exist"},
            {"", "the file name is empty"},
            {dir.toString(), "it is a folder, not a file"},
            {mini.resolve("x.arpa").toString(), mini + " is not a folder"},
        };
        for (String[] c : cases) {
            CliRunner.Result r = CliRunner.run("export-arpa", "--train", mini.toString(), "--smoothing", "kneser-ney",
                    "--out", c[0]);
            assertThat(r.exitCode()).as(c[0]).isEqualTo(1);
            assertThat(r.err()).as(c[0]).contains(c[1]);
        }
    }

    @Test
    void exportToADashWritesTheModelToStandardOutput() {
        CliRunner.Result r = CliRunner.run("export-arpa", "--train", mini.toString(), "--smoothing", "kneser-ney",
                "--out", "-");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("# Written by LM Lens").contains("\\data\\").endsWith("\\end\\\n");
        assertThat(r.err()).contains("wrote standard output");
    }

    @Test
    void aFailedStandardOutputIsAnErrorWithItsReasonAndAClosedPipeIsQuiet() {
        java.io.StringWriter err = new java.io.StringWriter();
        int code = LmLensCli.afterOutput(0, new IOException("No space left on device"), new java.io.PrintWriter(err));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("cannot write to standard output: No space left on device");
        assertThat(LmLensCli.afterOutput(0, new IOException("Broken pipe"), new java.io.PrintWriter(err)))
                .isEqualTo(StandardOutput.BROKEN_PIPE_EXIT);
        StandardOutput failing = new StandardOutput(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        });
        failing.writer().println("anything");
        assertThat(failing.failure()).hasMessage("No space left on device");
    }

    @Test
    void standardOutputToDevFullExitsNonZeroAndAFifoIsReadOnce() throws Exception {
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "/dev/full exists");
        Process full = launcher(List.of("stats", "--train", mini.toString()))
                .redirectOutput(Path.of("/dev/full").toFile()).start();
        assertThat(full.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(full.exitValue()).isEqualTo(1);
        assertThat(new String(full.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("cannot write to standard output");

        Path fifo = dir.resolve("text.fifo");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo works");
        Process stats = launcher(List.of("stats", "--train", fifo.toString(), "--json")).start();
        try (OutputStream writer = Files.newOutputStream(fifo)) {
            writer.write(Files.readAllBytes(mini));
        }
        assertThat(stats.waitFor(60, TimeUnit.SECONDS)).as("a FIFO is opened once, not twice (which hung)").isTrue();
        String out = new String(stats.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(stats.exitValue()).as(new String(stats.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        assertThat(JSON.readTree(out).get("sentences").asInt()).isEqualTo(10);
    }

    private static ProcessBuilder launcher(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.lmlens.Launcher"));
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    @Test
    void scoreReadsSentencesAndWritesJsonLinesPerSentenceAndPerToken() throws IOException {
        CliRunner.Result sentences = withStdin("I am Sam\nzebras like ham\n", "score", "--train", mini.toString(),
                "--smoothing", "kneser-ney", "--json");
        assertThat(sentences.exitCode()).as(sentences.err()).isZero();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : sentences.out().strip().split("\n")) {
            rows.add(JSON.readTree(line));
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get("words").toString()).isEqualTo("[\"zebras\",\"like\",\"ham\"]");
        assertThat(rows.get(1).get("oov").asInt()).isEqualTo(1);
        assertThat(rows.get(1).get("tokens").asInt()).isEqualTo(4);
        CliRunner.Result tokens = CliRunner.run("score", "--train", mini.toString(), "--smoothing", "kneser-ney",
                "--test", mini.toString(), "--per", "token", "--json");
        String[] lines = tokens.out().strip().split("\n");
        JsonNode first = JSON.readTree(lines[0]);
        assertThat(first.get("word").asText()).isEqualTo("I");
        assertThat(first.get("context").toString()).isEqualTo("[\"<s>\"]");
        assertThat(first.get("ngram_length").asInt()).isEqualTo(2);
        assertThat(first.get("log10_prob").asDouble()).isNegative();
        double sum = 0;
        for (String line : lines) {
            sum += JSON.readTree(line).get("log10_prob").asDouble();
        }
        double evalLog10 = CliRunner.run("eval", "--train", mini.toString(), "--smoothing", "kneser-ney", "--test",
                mini.toString(), "--json").json().get("log10_prob").asDouble();
        assertThat(sum).isCloseTo(evalLog10, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void badOptionValuesAreUsageErrorsThatExitTwo() {
        String m = mini.toString();
        String[][] cases = {
            {"stats", "--train", m, "--smoothing", "nope"},
            {"stats", "--train", m, "--tokenizer", "nope"},
            {"stats", "--train", m, "--order", "11"},
            {"counts", "--train", m, "--top", "-1"},
            {"dist", "--train", m, "--top", "-5"},
            {"generate", "--train", m, "--max-length", "2147483647"},
            {"generate", "--train", m, "--max-length", "1000000000"},
            {"generate", "--train", m, "--temperature", "0"},
        };
        for (String[] c : cases) {
            CliRunner.Result r = CliRunner.run(c);
            assertThat(r.exitCode()).as(String.join(" ", c) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", c)).startsWith("lm-lens: ").contains("--help")
                    .doesNotContain("internal error");
        }
        assertThat(CliRunner.run("generate", "--train", m, "--max-length", "1000000000").err())
                .contains("between 1 and 10000 words");
    }

    @Test
    void anEndlessArpaLineIsRefusedAtOnce() {
        assumeTrue(Files.isReadable(Path.of("/dev/zero")), "/dev/zero exists");
        CliRunner.Result r = CliRunner.run("stats", "--arpa", "/dev/zero");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("/dev/zero, line 1: the line is longer than").contains("not an ARPA file");
    }

    @Test
    void theHelpDocumentsStandardInputCompressionAndPerSentenceOutput() {
        CliRunner.Result help = CliRunner.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("- is standard input for --train, --test and --arpa")
                .contains("Compressed files (gzip, bzip2, xz)").contains("--per sentence|token --json writes JSON Lines");
        assertThat(CliRunner.run("score", "--help").out().replaceAll("\\s+", " ")).contains("--per=UNIT").contains("sentence, token");
    }
}
