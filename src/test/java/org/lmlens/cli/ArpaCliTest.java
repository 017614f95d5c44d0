package org.lmlens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line with ARPA files: export-arpa, --arpa for every command, refusals, notices. */
class ArpaCliTest {
    @TempDir
    Path dir;
    Path mini;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = LmLensCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void writeMini() throws IOException {
        mini = dir.resolve("mini.txt");
        Files.writeString(mini, "I am Sam\nSam I am\nI do not like green eggs and ham\n");
    }

    private Path export(String method, int order) {
        Path arpa = dir.resolve(method + order + ".arpa");
        Run r = run("export-arpa", "--train", mini.toString(), "--order", String.valueOf(order), "--smoothing", method,
                "--out", arpa.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote " + arpa).contains("\n" + order + "-grams ");
        return arpa;
    }

    private static String line(String output, String prefix) {
        return output.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void exportThenEvalGivesTheSamePerplexity() throws IOException {
        Path arpa = export("modified-kneser-ney", 3);
        String written = Files.readString(arpa);
        assertThat(written).startsWith("# Written by LM Lens").contains("# fitted D1: 1: ")
                .contains("--tokenizer word").contains("\n\\data\\\nngram 1=13\nngram 2=15\nngram 3=14\n");
        Run trained = run("eval", "--train", mini.toString(), "--order", "3", "--smoothing", "modified-kneser-ney",
                "--test", mini.toString());
        Run imported = run("eval", "--arpa", arpa.toString(), "--test", mini.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(line(imported.out(), "perplexity ")).isEqualTo(line(trained.out(), "perplexity "));
        assertThat(line(imported.out(), "log10 P")).isEqualTo(line(trained.out(), "log10 P"));
        assertThat(imported.out()).contains("read ARPA");
    }

    @Test
    void everyModelCommandRunsOnAnArpaModel() {
        String arpa = export("modified-kneser-ney", 3).toString();
        Run prob = run("prob", "--arpa", arpa, "--context", "<s> I", "--word", "am", "--explain");
        assertThat(prob.exit()).as(prob.err()).isZero();
        assertThat(prob.out()).startsWith("P(am | <s> I) = 0.436574").contains("(stored n-gram)");
        Run trainedProb = run("prob", "--train", mini.toString(), "--order", "3", "--smoothing", "modified-kneser-ney",
                "--context", "<s> I", "--word", "am", "--explain");
        assertThat(trainedProb.out()).startsWith("P(am | <s> I) = 0.436574").contains("(adjusted count 1)")
                .contains("fitted D3+: 1: ");
        Run backedOff = run("prob", "--arpa", arpa, "--context", "<s> I", "--word", "ham", "--explain");
        assertThat(backedOff.out()).contains("back-off weight").contains("(not stored)");
        Run dist = run("dist", "--arpa", arpa, "--context", "I", "--top", "3");
        assertThat(dist.exit()).isZero();
        assertThat(dist.out()).contains("context: I").contains("am");
        Run score = run("score", "--arpa", arpa, "--sentence", "I am Sam");
        assertThat(score.exit()).isZero();
        assertThat(score.out()).contains("log10 P = ");
        Run generate = run("generate", "--arpa", arpa, "--count", "3", "--seed", "1");
        assertThat(generate.exit()).isZero();
        assertThat(generate.out().lines().count()).isEqualTo(3);
        Run lower = run("prob", "--arpa", arpa, "--order", "2", "--context", "<s> I", "--word", "am");
        assertThat(lower.out()).startsWith("P(am | I) = ");
    }

    @Test
    void statsShowsTheNgramsPerOrderAndCountsRefuses() {
        String arpa = export("modified-kneser-ney", 3).toString();
        Run stats = run("stats", "--arpa", arpa);
        assertThat(stats.exit()).isZero();
        assertThat(stats.out()).contains("order 3").contains("2-grams    15").contains("not training counts");
        Run json = run("stats", "--arpa", arpa, "--json");
        assertThat(json.out()).contains("\"training_counts\":false").contains("\"3\":14");
        Run counts = run("counts", "--arpa", arpa);
        assertThat(counts.exit()).isEqualTo(1);
        assertThat(counts.err()).contains("an ARPA model has no training counts");
    }

    /** Each way an ARPA file can be malformed: one line on stderr naming the file and line, exit 1, no stack trace. */
    @Test
    void aMalformedArpaFileIsOneClearLine() throws IOException {
        String good = Files.readString(export("modified-kneser-ney", 2));
        String[][] cases = {
            {"truncated", good.substring(0, good.indexOf("\\2-grams:"))},
            {"bad number", good.replaceFirst("(?m)^(-[0-9.]+)\t<unk>", "minus-one\t<unk>")},
            {"more n-grams than declared", good.replaceFirst("ngram 2=15", "ngram 2=3")},
            {"missing header", good.replace("\\data\\\n", "")},
            {"binary", "\u0000\u0001\u0002 not an ARPA file"},
        };
        for (String[] c : cases) {
            Path bad = Files.writeString(dir.resolve("bad.arpa"), c[1]);
            Run r = run("eval", "--arpa", bad.toString(), "--test", mini.toString());
            assertThat(r.exit()).as(c[0]).isEqualTo(1);
            assertThat(r.err().strip().lines()).as(c[0] + ": " + r.err()).hasSize(1);
            assertThat(r.err()).as(c[0]).contains("bad.arpa").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void refusals() throws IOException {
        Run laplace = run("export-arpa", "--train", mini.toString(), "--smoothing", "laplace", "--out",
                dir.resolve("l.arpa").toString());
        assertThat(laplace.exit()).isEqualTo(1);
        assertThat(laplace.err()).contains("Cannot export laplace as ARPA");
        assertThat(dir.resolve("l.arpa")).doesNotExist();

        Run overwrite = run("export-arpa", "--train", mini.toString(), "--smoothing", "modified-kneser-ney",
                "--out", mini.toString());
        assertThat(overwrite.exit()).isEqualTo(1);
        assertThat(overwrite.err()).contains("is an input file");
        assertThat(Files.readString(mini)).startsWith("I am Sam");

        String arpa = export("modified-kneser-ney", 2).toString();
        Run both = run("eval", "--arpa", arpa, "--train", mini.toString(), "--test", mini.toString());
        assertThat(both.err()).contains("either --train").contains("not both");
        Run smoothing = run("prob", "--arpa", arpa, "--smoothing", "laplace", "--word", "I");
        assertThat(smoothing.err()).contains("--smoothing and its parameters (--k, --discount, --alpha, --param, --heldout)"
                + " do not apply to --arpa");
        assertThat(smoothing.exit()).as("a usage error").isEqualTo(2);
        Run order = run("prob", "--arpa", arpa, "--order", "3", "--word", "I");
        assertThat(order.err()).contains("--order must be between 1 and the ARPA model's order 2");
        Run none = run("prob", "--word", "I");
        assertThat(none.err()).contains("give --train FILE").contains("--arpa FILE");
    }

    @Test
    void malformedArpaIsOneLineNamingTheLine() throws IOException {
        Path bad = dir.resolve("bad.arpa");
        Files.writeString(bad, "\\data\\\nngram 1=3\n\n\\1-grams:\n-1\t<s>\n-0.5\t</s>\n\\end\\\n");
        Run r = run("eval", "--arpa", bad.toString(), "--test", mini.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("lm-lens: " + bad + ", line 7: the \\1-grams: section has 2 n-grams");
        assertThat(r.err().lines().count()).isEqualTo(1);
        Run missing = run("eval", "--arpa", dir.resolve("nope.arpa").toString(), "--test", mini.toString());
        assertThat(missing.err()).contains("ARPA file not found");
    }

    @Test
    void noticesGoToStandardErrorOrJson() {
        Run text = run("prob", "--train", mini.toString(), "--order", "3", "--smoothing", "modified-kneser-ney",
                "--word", "am", "--context", "I");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).doesNotContain("note");
        List<String> notes = new ArrayList<>(text.err().lines().toList());
        assertThat(notes).hasSize(2).allMatch(l -> l.startsWith("lm-lens: note: modified-kneser-ney: the "));
        Run json = run("prob", "--train", mini.toString(), "--order", "3", "--smoothing", "modified-kneser-ney",
                "--word", "am", "--context", "I", "--json");
        assertThat(json.err()).isEmpty();
        assertThat(json.out()).contains("\"notices\":[\"modified-kneser-ney: the 2-gram discounts cannot be estimated");
        Run quiet = run("prob", "--train", mini.toString(), "--order", "1", "--smoothing", "modified-kneser-ney",
                "--word", "am", "--json");
        assertThat(quiet.out()).contains("\"notices\":[]");
    }

    @Test
    void readerNoticesReachTheUser() throws IOException {
        Path noUnk = dir.resolve("nounk.arpa");
        Files.writeString(noUnk, "\\data\\\nngram 1=3\n\n\\1-grams:\n-99\t<s>\n-0.3\t</s>\n-0.3\tI\n\n\\end\\\n");
        Run text = run("score", "--arpa", noUnk.toString(), "--sentence", "I zebra");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.err()).startsWith("lm-lens: note: " + noUnk + ": <unk> (unknown words) is missing");
        Run json = run("score", "--arpa", noUnk.toString(), "--sentence", "I zebra", "--json");
        assertThat(json.out()).contains("\"notices\":[\"" + noUnk + ": <unk> (unknown words) is missing");
        assertThat(json.out()).contains("\"log10\":-100.0");
    }
}
