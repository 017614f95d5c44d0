package org.lmlens.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lmlens.engine.classify.ClassData;
import org.lmlens.engine.classify.ClassificationReport;
import org.lmlens.engine.classify.ClassifierSettings;
import org.lmlens.engine.classify.Decision;
import org.lmlens.engine.classify.GenerativeClassifier;
import org.lmlens.engine.classify.IndicativeNgrams;
import org.lmlens.engine.classify.LearningCurve;
import org.lmlens.engine.classify.LogLinearClassifier;
import org.lmlens.engine.classify.LossPoint;

/** What {@code classify} prints, gathered as it is computed: one JSON object, or the same as readable text. */
final class ClassifyOutput {
    /** Indicative n-grams must occur this often in their class (rarer ones make noisy ratios). */
    private static final int INDICATIVE_MIN_COUNT = 3;
    private final ClassData data;
    private final int top;
    private final int misclassified;
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final StringBuilder text = new StringBuilder();

    ClassifyOutput(ClassData data, ClassifierSettings settings, int top, int misclassified) {
        this.data = data;
        this.top = top;
        this.misclassified = misclassified;
        List<Object> classes = new ArrayList<>();
        int[] lines = data.lineCounts();
        text.append("classes:");
        for (int c = 0; c < lines.length; c++) {
            classes.add(Json.object("name", data.labels().get(c), "training_lines", lines[c]));
            text.append(c == 0 ? " " : ", ").append(data.labels().get(c)).append(" (").append(lines[c]).append(" lines)");
        }
        text.append("\ntokenizer: ").append(data.options().tokenizer().name()).append(", vocabulary ")
                .append(data.vocabulary().size() - 3).append(" words\n");
        json.put("classes", classes);
        json.put("tokenizer", data.options().tokenizer().name());
        json.put("order", settings.order());
        json.put("smoothing", settings.method().name());
        json.put("prior", settings.prior().cliName());
    }

    void generative(GenerativeClassifier model) {
        String kind = model.isNaiveBayes() ? "multinomial Naive Bayes" : "class language models";
        json.put("model", model.isNaiveBayes() ? "naive-bayes" : "generative");
        text.append("model: ").append(kind).append(" (order ").append(model.order()).append(", ")
                .append(model.model(0).method().name()).append(", prior ").append(model.prior().cliName()).append(")\n");
        List<List<IndicativeNgrams.Entry>> indicative = IndicativeNgrams.of(model, INDICATIVE_MIN_COUNT, top);
        Map<String, Object> perClass = new LinkedHashMap<>();
        text.append("\nmost indicative n-grams (ln P(w|h,class) − ln mean P(w|h,other classes); seen ≥ ")
                .append(INDICATIVE_MIN_COUNT).append(" times in the class):\n");
        for (int c = 0; c < indicative.size(); c++) {
            List<Object> entries = new ArrayList<>();
            text.append("  ").append(data.labels().get(c)).append(':');
            for (IndicativeNgrams.Entry e : indicative.get(c)) {
                String g = String.join(" ", e.ngram());
                entries.add(Json.object("ngram", g, "count", e.count(), "log_ratio", e.logRatio()));
                text.append("  ").append(g).append(" (").append(fixed(e.logRatio(), 2)).append(')');
            }
            text.append('\n');
            perClass.put(data.labels().get(c), entries);
        }
        json.put("indicative_ngrams", perClass);
    }

    void logLinear(LogLinearClassifier model, List<LossPoint> loss) {
        json.put("model", "loglinear");
        text.append("model: log-linear (multinomial logistic regression) on ").append(model.features().size())
                .append(" n-gram features of orders 1..").append(model.features().order()).append(", ")
                .append(loss.size()).append(" epochs, training loss ").append(fixed(loss.get(0).trainingLoss(), 4))
                .append(" → ").append(fixed(loss.get(loss.size() - 1).trainingLoss(), 4)).append(" nats\n");
        json.put("features", model.features().size());
        json.put("loss", loss.stream().map(p -> Json.object("epoch", p.epoch(), "training", p.trainingLoss(),
                "held_out", p.heldOutLoss(), "held_out_accuracy", p.heldOutAccuracy())).toList());
        Map<String, Object> perClass = new LinkedHashMap<>();
        text.append("\nlargest weights per class:\n");
        for (int c = 0; c < data.classCount(); c++) {
            List<Object> entries = new ArrayList<>();
            text.append("  ").append(data.labels().get(c)).append(':');
            for (LogLinearClassifier.Weight w : model.topWeights(c, top)) {
                String g = String.join(" ", w.ngram());
                entries.add(Json.object("ngram", g, "weight", w.weight()));
                text.append("  ").append(g).append(" (").append(fixed(w.weight(), 2)).append(')');
            }
            text.append('\n');
            perClass.put(data.labels().get(c), entries);
        }
        json.put("top_weights", perClass);
    }

    void report(ClassificationReport r) {
        json.put("test_lines", r.total());
        json.put("accuracy", r.accuracy());
        json.put("macro_f1", r.macroF1());
        List<String> labels = r.labels();
        int width = Math.max(9, labels.stream().mapToInt(TextWidth::of).max().orElse(0) + 2);
        text.append("\naccuracy ").append(fixed(r.accuracy(), 4)).append(" (").append(r.correct()).append(" of ")
                .append(r.total()).append(" test lines)   macro-F1 ").append(fixed(r.macroF1(), 4)).append("\n\n");
        text.append(TextWidth.pad("class", width)).append(" precision  recall      F1   lines\n");
        List<Object> perClass = new ArrayList<>();
        for (int c = 0; c < labels.size(); c++) {
            int support = 0;
            for (int p = 0; p < labels.size(); p++) {
                support += r.count(c, p);
            }
            perClass.add(Json.object("class", labels.get(c), "precision", r.precision(c), "recall", r.recall(c),
                    "f1", r.f1(c), "support", support));
            text.append(TextWidth.pad(labels.get(c), width)).append(String.format(Locale.ROOT, " %9.4f %7.4f %7.4f %7d%n",
                    r.precision(c), r.recall(c), r.f1(c), support));
        }
        json.put("per_class", perClass);
        int[][] m = r.confusion();
        List<Object> rows = new ArrayList<>();
        for (int[] row : m) {
            rows.add(java.util.Arrays.stream(row).boxed().toList());
        }
        json.put("confusion", Json.object("labels", labels, "matrix", rows,
                "rows", "true class", "columns", "predicted class"));
        text.append("\nconfusion matrix (rows: true class, columns: predicted)\n").append(TextWidth.pad("", width));
        for (String l : labels) {
            text.append(TextWidth.padLeft(l, width));
        }
        text.append('\n');
        for (int g = 0; g < labels.size(); g++) {
            text.append(TextWidth.pad(labels.get(g), width));
            for (int p = 0; p < labels.size(); p++) {
                text.append(TextWidth.padLeft(Integer.toString(m[g][p]), width));
            }
            text.append('\n');
        }
        if (misclassified > 0) {
            misclassifiedLines(r);
        }
    }

    private void misclassifiedLines(ClassificationReport r) {
        List<Object> cells = new ArrayList<>();
        text.append("\nmisclassified lines (up to ").append(misclassified).append(" per cell):\n");
        for (int g = 0; g < r.labels().size(); g++) {
            for (int p = 0; p < r.labels().size(); p++) {
                List<String> lines = r.lines(g, p);
                if (g == p || lines.isEmpty()) {
                    continue;
                }
                List<String> shown = lines.subList(0, Math.min(misclassified, lines.size()));
                cells.add(Json.object("true", r.labels().get(g), "predicted", r.labels().get(p),
                        "count", lines.size(), "lines", shown));
                text.append("  ").append(r.labels().get(g)).append(" → ").append(r.labels().get(p)).append(" (")
                        .append(lines.size()).append("):\n");
                shown.forEach(l -> text.append("    ").append(l).append('\n'));
            }
        }
        json.put("misclassified", cells);
    }

    void decision(Decision d) {
        List<Object> scores = new ArrayList<>();
        text.append("\nsentence: ").append(sentenceText(d)).append('\n');
        text.append(String.format(Locale.ROOT, "  %-12s %12s %14s %12s %10s%n", "class", "ln P(c)", "ln P(line|c)",
                "score", "posterior"));
        for (int c = 0; c < d.labels().size(); c++) {
            scores.add(Json.object("class", d.labels().get(c), "log_prior", d.logPrior()[c],
                    "log_likelihood", d.logLikelihood()[c], "score", d.score()[c], "posterior", d.posterior()[c]));
            text.append("  ").append(TextWidth.pad(d.labels().get(c), 12)).append(String.format(Locale.ROOT,
                    " %12.4f %14.4f %12.4f %10.4f%n", d.logPrior()[c], d.logLikelihood()[c], d.score()[c],
                    d.posterior()[c]));
        }
        List<Object> tokens = new ArrayList<>();
        for (Decision.TokenRow row : d.tokens()) {
            Map<String, Object> perClass = new LinkedHashMap<>();
            for (int c = 0; c < d.labels().size(); c++) {
                perClass.put(d.labels().get(c), row.logProb()[c]);
            }
            tokens.add(Json.object("token", row.word(), "context", row.context(), "oov", row.oov(),
                    "log_prob", perClass, "pulls_towards", d.labels().get(row.pulledTowards())));
        }
        text.append("  decision: ").append(d.bestLabel()).append(d.defined() ? "" : " (no class gives the line a"
                + " non-zero probability: decided by the prior)").append('\n');
        json.put("sentence", Json.object("decision", d.bestLabel(), "defined", d.defined(), "scores", scores,
                "tokens", tokens));
    }

    void logLinearSentence(double[] posterior) {
        List<Object> scores = new ArrayList<>();
        int best = 0;
        text.append("\nsentence posterior P(class | line):\n");
        for (int c = 0; c < posterior.length; c++) {
            best = posterior[c] > posterior[best] ? c : best;
            scores.add(Json.object("class", data.labels().get(c), "posterior", posterior[c]));
            text.append("  ").append(TextWidth.pad(data.labels().get(c), 12)).append(' ')
                    .append(fixed(posterior[c], 4)).append('\n');
        }
        text.append("  decision: ").append(data.labels().get(best)).append('\n');
        json.put("sentence", Json.object("decision", data.labels().get(best), "scores", scores));
    }

    void learningCurve(List<LearningCurve.Point> points) {
        text.append("\nlearning curve (held-out accuracy)\n   share   lines  generative  log-linear\n");
        List<Object> out = new ArrayList<>();
        for (LearningCurve.Point p : points) {
            out.add(Json.object("share", p.share(), "training_lines", p.trainingLines(),
                    "generative_accuracy", p.generativeAccuracy(), "loglinear_accuracy", p.logLinearAccuracy()));
            text.append(String.format(Locale.ROOT, "  %5.0f%% %7d  %10.4f  %10.4f%n", 100 * p.share(),
                    p.trainingLines(), p.generativeAccuracy(), p.logLinearAccuracy()));
        }
        json.put("learning_curve", out);
    }

    private static String sentenceText(Decision d) {
        List<String> words = new ArrayList<>();
        d.tokens().subList(0, d.tokens().size() - 1).forEach(t -> words.add(t.word()));
        return org.lmlens.engine.text.Detokenizer.join(words);
    }

    private static String fixed(double v, int digits) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "f", v) : Format.number(v);
    }

    Map<String, Object> json() {
        return json;
    }

    String readable() {
        return text.toString().stripTrailing();
    }
}
