package org.lmlens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lmlens.engine.Progress;
import org.lmlens.engine.io.InputFile;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.SentenceScore;
import org.lmlens.engine.model.TokenScore;
import org.lmlens.engine.text.TextReader;
import org.lmlens.engine.text.TextSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"The chain-rule breakdown of a sentence: each token's context, probability and log10.",
            "Without --sentence, scores every sentence of --test FILE… or of standard input (read as the model's"
                    + " text was: same tokenizer, sentence mode and lowercasing), one result per sentence or per"
                    + " token (--per), as KenLM's 'query -v sentence|word' does; with --json, JSON Lines (one"
                    + " object a line: pandas.read_json(f, lines=True))."})
final class ScoreCommand extends ModelCommand {
    /** What one output line (or JSON object) stands for. */
    enum Per {
        sentence, token
    }

    @Option(names = "--sentence", paramLabel = "TEXT", description = "The sentence to score (without <s> and </s>).")
    String sentence;

    @Option(names = "--test", arity = "1..*", paramLabel = "FILE",
            description = "Score every sentence of these files (- is standard input, the default without --sentence).")
    List<Path> test;

    @Option(names = "--per", paramLabel = "UNIT",
            description = "One result per sentence or per token: ${COMPLETION-CANDIDATES} (default: token for"
                    + " --sentence, sentence for files).")
    Per per;

    private List<Path> sentenceFiles() {
        return test != null ? test : List.of(Path.of(InputFile.STDIN));
    }

    @Override
    void checkOptions() {
        if (sentence != null && test != null) {
            throw usageError("give --sentence TEXT or --test FILE, not both");
        }
    }

    @Override
    List<Path> inputs() {
        List<Path> in = super.inputs();
        if (sentence == null) {
            in.addAll(sentenceFiles());
        }
        return in;
    }

    @Override
    int run(ModelSource source) {
        LanguageModel lm = source.model();
        if (sentence != null && per == null) {
            return breakdown(lm, lm.score(source.sentence(sentence)));
        }
        Per unit = per != null ? per : Per.sentence;
        if (sentence != null) {
            emit(lm, 1, lm.score(source.sentence(sentence)), unit);
            return 0;
        }
        if (test == null && System.console() != null) {
            status("lm-lens: reading sentences from standard input (Ctrl-D ends)");
        }
        Totals totals = new Totals();
        TextReader.read(TextSource.ofFiles(sentenceFiles()), source.textOptions(), tokens -> {
            SentenceScore s = lm.score(List.copyOf(tokens));
            totals.add(s);
            emit(lm, totals.sentences, s, unit);
        }, Progress.NONE);
        if (!model.json) {
            out().println("total: " + totals.sentences + " sentences, " + totals.tokens + " tokens (with </s>), "
                    + totals.oov + " OOV, log10 P = " + Format.number(totals.log10)
                    + (lm.method().isNormalised() ? ", perplexity = "
                    + Format.number(Math.pow(10, -totals.log10 / totals.tokens)) : ""));
        }
        source.notices().forEach(n -> status("lm-lens: note: " + n));
        out().flush();
        return 0;
    }

    /** Sums over the sentences scored, for the closing line. */
    private static final class Totals {
        int sentences;
        long tokens;
        long oov;
        double log10;

        void add(SentenceScore s) {
            sentences++;
            tokens += s.tokens();
            oov += s.oov();
            log10 += s.log10Prob();
        }
    }

    /** One sentence's lines: a JSON object or a readable line per sentence or per token. */
    private void emit(LanguageModel lm, int index, SentenceScore s, Per unit) {
        PrintWriter out = out();
        boolean normalised = lm.method().isNormalised();
        if (unit == Per.sentence) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < s.scores().size() - 1; i++) {
                words.add(s.scores().get(i).word());
            }
            if (model.json) {
                out.println(Json.write(Json.object("sentence", index, "words", words, "tokens", s.tokens(),
                        "oov", s.oov(), "log10_prob", s.log10Prob(), "perplexity", normalised ? s.perplexity() : null)));
            } else {
                out.println(Format.number(s.log10Prob()) + "\t" + (normalised ? Format.number(s.perplexity()) : "-")
                        + "\t" + s.oov() + "\t" + String.join(" ", words));
            }
        } else {
            int position = 0;
            for (TokenScore t : s.scores()) {
                position++;
                if (model.json) {
                    out.println(Json.write(Json.object("sentence", index, "position", position, "word", t.word(),
                            "context", t.context(), "ngram_length", t.suppliedByOrder(), "log10_prob", t.log10(),
                            "probability", t.probability(), "oov", t.oov())));
                } else {
                    out.println(index + "\t" + t.word() + "\t" + String.join(" ", t.context()) + "\t"
                            + t.suppliedByOrder() + "\t" + Format.number(t.log10()) + (t.oov() ? "\tOOV" : ""));
                }
            }
        }
        StandardOutput.check(out);
    }

    /** The breakdown of one --sentence, as a table (or one JSON object). */
    private int breakdown(LanguageModel lm, SentenceScore score) {
        List<Object> rows = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        sb.append(Format.pad("word", 17)).append(Format.pad("context", 29)).append(String.format("%-14s %-10s %s%n",
                lm.method().isNormalised() ? "P" : "S (score)", "log10", "order"));
        for (TokenScore t : score.scores()) {
            String ctx = String.join(" ", t.context());
            rows.add(Json.object("word", t.word(), "context", ctx, "probability", t.probability(), "log10", t.log10(),
                    "cumulative_log10", t.cumulativeLog10(), "supplied_by_order", t.suppliedByOrder(), "oov", t.oov()));
            sb.append(Format.pad(t.word(), 16)).append(' ').append(Format.pad(ctx, 28)).append(' ')
                    .append(String.format("%-14s %-10s %d%n", Format.number(t.probability()),
                            Format.number(t.log10()), t.suppliedByOrder()));
        }
        boolean normalised = lm.method().isNormalised();
        if (normalised) {
            sb.append("log10 P = ").append(Format.number(score.log10Prob()))
                    .append("   perplexity = ").append(Format.number(score.perplexity()))
                    .append("   bits/token = ").append(Format.number(score.bitsPerToken()))
                    .append("\n").append(score.characters()).append(" characters: perplexity/character = ")
                    .append(Format.number(score.perplexityPerCharacter()))
                    .append("   bits/character = ").append(Format.number(score.bitsPerCharacter()));
        } else {
            sb.append("log10 S = ").append(Format.number(score.log10Prob())).append('\n').append(notProbabilities(lm))
                    .append("; perplexity is undefined");
        }
        print(Json.object("tokens", rows, "log10_prob", score.log10Prob(),
                "perplexity", normalised ? score.perplexity() : null,
                "bits_per_token", normalised ? score.bitsPerToken() : null, "characters", score.characters(),
                "perplexity_per_character", normalised ? score.perplexityPerCharacter() : null,
                "bits_per_character", normalised ? score.bitsPerCharacter() : null, "oov", score.oov(),
                "value_kind", normalised ? "probability" : "score"), sb.toString());
        return 0;
    }

    /** The note printed wherever a non-normalised method's values appear. */
    static String notProbabilities(LanguageModel lm) {
        return "note: " + lm.method().name() + " gives scores, not probabilities (they do not sum to 1)";
    }
}
