package org.lmlens.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lmlens.engine.model.Distribution;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.WordProbability;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "dist", mixinStandardHelpOptions = true,
        description = "The next-word distribution after a context, most probable first.")
final class DistCommand extends ModelCommand {
    @Option(names = "--context", paramLabel = "WORDS", defaultValue = "", description = "The preceding words (use <s> for a sentence start).")
    String context;

    @Option(names = "--top", paramLabel = "K", description = "Only the K most probable outcomes (default, or 0: all).")
    Integer top;

    @Override
    void checkOptions() {
        if (top != null && top < 0) {
            throw usageError("--top must be 0 (all) or more, got " + top);
        }
    }

    @Override
    int run(ModelSource source) {
        LanguageModel lm = source.model();
        Distribution d = lm.distribution(source.tokens(context));
        List<WordProbability> entries = d.top(top == null ? 0 : top);
        List<Object> rows = new ArrayList<>(entries.size());
        StringBuilder sb = new StringBuilder("context: " + String.join(" ", d.context()) + "\n");
        for (WordProbability e : entries) {
            rows.add(Json.object("word", e.word(), "probability", e.probability()));
            sb.append(String.format("%-12s %s%n", Format.number(e.probability()), e.word()));
        }
        boolean normalised = lm.method().isNormalised();
        if (!normalised) {
            sb.append(ScoreCommand.notProbabilities(lm)).append(": these add up to ").append(Format.number(d.sum()));
        }
        print(Map.of("context_used", String.join(" ", d.context()), "distribution", rows,
                "value_kind", normalised ? "probability" : "score"), sb.toString().stripTrailing());
        return 0;
    }
}
