package org.lmlens.cli;

import java.util.ArrayList;
import java.util.List;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.SentenceScore;
import org.lmlens.engine.model.TokenScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "The chain-rule breakdown of a sentence: each token's context, probability and log10.")
final class ScoreCommand extends ModelCommand {
    @Option(names = "--sentence", paramLabel = "TEXT", required = true, description = "The sentence to score (without <s> and </s>).")
    String sentence;

    @Override
    int run(ModelSource source) {
        LanguageModel lm = source.model();
        SentenceScore score = lm.score(source.sentence(sentence));
        List<Object> rows = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-16s %-28s %-14s %-10s %s%n", "word", "context",
                lm.method().isNormalised() ? "P" : "S (score)", "log10", "order"));
        for (TokenScore t : score.scores()) {
            String ctx = String.join(" ", t.context());
            rows.add(Json.object("word", t.word(), "context", ctx, "probability", t.probability(), "log10", t.log10(),
                    "cumulative_log10", t.cumulativeLog10(), "supplied_by_order", t.suppliedByOrder(), "oov", t.oov()));
            sb.append(String.format("%-16s %-28s %-14s %-10s %d%n", t.word(), ctx, Format.number(t.probability()),
                    Format.number(t.log10()), t.suppliedByOrder()));
        }
        boolean normalised = lm.method().isNormalised();
        if (normalised) {
            sb.append("log10 P = ").append(Format.number(score.log10Prob()))
                    .append("   perplexity = ").append(Format.number(score.perplexity()))
                    .append("   bits/token = ").append(Format.number(score.bitsPerToken()));
        } else {
            sb.append("log10 S = ").append(Format.number(score.log10Prob())).append('\n').append(notProbabilities(lm))
                    .append("; perplexity is undefined");
        }
        print(Json.object("tokens", rows, "log10_prob", score.log10Prob(),
                "perplexity", normalised ? score.perplexity() : null,
                "bits_per_token", normalised ? score.bitsPerToken() : null, "oov", score.oov(),
                "value_kind", normalised ? "probability" : "score"), sb.toString());
        return 0;
    }

    /** The note printed wherever a non-normalised method's values appear. */
    static String notProbabilities(LanguageModel lm) {
        return "note: " + lm.method().name() + " gives scores, not probabilities (they do not sum to 1)";
    }
}
