package org.lmlens.cli;

import java.util.List;
import java.util.Map;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.MassSplit;
import org.lmlens.engine.smoothing.Explanation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "prob", mixinStandardHelpOptions = true,
        description = "P(word | context) under the chosen method, optionally with the terms behind it.")
final class ProbCommand extends ModelCommand {
    @Option(names = "--context", paramLabel = "WORDS", defaultValue = "", description = "The preceding words (use <s> for a sentence start).")
    String context;

    @Option(names = "--word", paramLabel = "W", required = true, description = "The word to predict (</s> for the sentence end).")
    String word;

    @Option(names = "--explain", description = "Also print the counts, discount, weights and the order that supplied the value.")
    boolean explain;

    @Override
    int run(ModelSource source) {
        LanguageModel lm = source.model();
        List<String> ctx = source.tokens(context);
        List<String> w = source.tokens(word);
        if (w.size() != 1) {
            throw new LmLensException("--word must be a single token, got " + w.size() + " tokens: " + w);
        }
        if ("<s>".equals(w.get(0))) {
            throw new LmLensException("<s> is never predicted: it only starts a sentence");
        }
        double p = lm.probability(ctx, w.get(0));
        List<String> used = lm.decode(lm.encodeContext(ctx));
        boolean normalised = lm.method().isNormalised();
        Map<String, Object> json = Json.object("probability", p, "log10", Math.log10(p),
                "context_used", String.join(" ", used), "defined", lm.isDefined(ctx),
                "value_kind", normalised ? "probability" : "score");
        StringBuilder sb = new StringBuilder();
        sb.append(normalised ? "P(" : "S(").append(w.get(0)).append(" | ").append(String.join(" ", used)).append(") = ")
                .append(Format.number(p)).append("   log10 = ").append(Format.number(Math.log10(p)));
        if (!normalised) {
            sb.append('\n').append(ScoreCommand.notProbabilities(lm));
        }
        if (!lm.isDefined(ctx)) {
            sb.append("\n(the context never occurs in training: ").append(lm.method().name())
                    .append(" has no distribution for it)");
        }
        if (explain) {
            Explanation ex = lm.explain(ctx, w.get(0));
            json.put("explain", explanation(ex));
            sb.append('\n').append(source.isArpa() || source.isCompact() ? readableBackoff(ex, "  ") : readable(ex, "  "));
            MassSplit split = lm.massSplit(ctx);
            json.put("mass_split", massSplit(split));
            sb.append('\n').append(readable(split));
            Map<String, Object> fitted = lm.estimator().fittedParameters();
            List<String> notices = lm.estimator().notices();
            json.put("fitted_parameters", fitted);
            json.put("notices", notices);
            new java.util.TreeMap<>(fitted).forEach((k, v) -> sb.append("\n  fitted ").append(k).append(": ").append(v));
            notices.forEach(n -> sb.append("\nnotice: ").append(n));
        }
        print(json, sb.toString());
        return 0;
    }

    static Map<String, Object> explanation(Explanation ex) {
        return Json.object("order", ex.order(), "count", ex.count(), "context_count", ex.contextCount(),
                "probability", ex.probability(), "adjusted_count", ex.adjustedCount(), "discount", ex.discount(),
                "lower_order_weight", ex.lowerOrderWeight(), "lower_order_probability", ex.lowerOrderProbability(),
                "supplied_by_order", ex.suppliedByOrder(), "backed_off", ex.backedOff(), "level_count", ex.levelCount(),
                "lower", ex.lower() == null ? null : explanation(ex.lower()));
    }

    static Map<String, Object> massSplit(MassSplit m) {
        return Json.object("context", String.join(" ", m.context()), "context_count", m.contextCount(),
                "seen_continuations", m.seenContinuations(), "unseen_outcomes", m.unseenOutcomes(),
                "seen_mass", m.seenMass(), "unseen_mass", m.unseenMass(), "mle_seen_mass", m.contextCount() > 0 ? m.mleSeenMass() : null,
                "defined", m.defined());
    }

    static String readable(MassSplit m) {
        String h = String.join(" ", m.context());
        if (!m.defined()) {
            return "mass split for context '" + h + "': no distribution (the context never occurs in training)";
        }
        return "mass split for context '" + h + "' (c(h) = " + m.contextCount() + "): "
                + Format.number(100 * m.seenMass()) + " % on the " + m.seenContinuations() + " words seen after it, "
                + Format.number(100 * m.unseenMass()) + " % on the other " + m.unseenOutcomes()
                + " outcomes (MLE: " + (m.contextCount() > 0 ? "100 % on seen" : "undefined") + ")";
    }

    static String readable(Explanation ex, String indent) {
        String s = indent + "context words " + ex.order() + ": c(h w) = " + ex.count()
                + (ex.levelCount() != ex.count() ? " (adjusted count " + ex.levelCount() + ")" : "")
                + ", c(h) = " + ex.contextCount()
                + ", c* = " + Format.number(ex.adjustedCount()) + ", discount = " + Format.number(ex.discount())
                + ", value = " + Format.number(ex.probability())
                + ", lower-order weight = " + Format.number(ex.lowerOrderWeight())
                + ", lower-order value = " + Format.number(ex.lowerOrderProbability())
                + ", supplied by order " + ex.suppliedByOrder() + (ex.backedOff() ? " (backed off)" : "");
        return ex.lower() == null ? s : s + "\n" + readable(ex.lower(), indent + "  ");
    }

    /** An ARPA model's chain: where the n-gram was stored, or which back-off weight carried the lower value. */
    static String readableBackoff(Explanation ex, String indent) {
        String s = indent + "context words " + ex.order() + ": P = " + Format.number(ex.probability())
                + (ex.backedOff() ? " = back-off weight " + Format.number(ex.lowerOrderWeight()) + " × "
                + Format.number(ex.lowerOrderProbability()) + " (not stored)" : " (stored n-gram)")
                + ", supplied by order " + ex.suppliedByOrder();
        return ex.lower() == null ? s : s + "\n" + readableBackoff(ex.lower(), indent + "  ");
    }
}
