package org.lmlens.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.lmlens.engine.Progress;
import org.lmlens.engine.model.GeneratedSentence;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.Sampler;
import org.lmlens.engine.model.SamplingOptions;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.engine.text.Detokenizer;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/**
 * How poem-like the generated lines are, per order and method, on a Tang poem text (by default the
 * app's 唐诗三百首 sample, characters as tokens; by default temperature 1 and no top-k, the app's defaults): of N sentences
 * (fixed seeds), the share that are a well-formed couplet (two clauses of five, or of seven, Han characters:
 * 白日依山尽，黄河入海流。), the share with a well-formed first clause, the share copied verbatim from the
 * training text, and the well-formed couplets that are new. Run by hand:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.lmlens.bench.PoemQualityReport [FILE] [N] [TEMPERATURE] [TOPK]};
 * the figures are in BENCHMARKS.md ("Generated poems").
 */
public final class PoemQualityReport {
    private static final Pattern COUPLET = Pattern.compile("(\\p{IsHan}{5}，\\p{IsHan}{5}|\\p{IsHan}{7}，\\p{IsHan}{7})[。！？；]");
    private static final Pattern FIRST_CLAUSE = Pattern.compile("(\\p{IsHan}{5}|\\p{IsHan}{7})，.*");
    private static final List<String> METHODS = List.of("mle", "laplace", "witten-bell", "katz",
            "absolute", "kneser-ney", "modified-kneser-ney", "jelinek-mercer", "stupid-backoff");

    private PoemQualityReport() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "sample-texts/tang300.txt");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        double temperature = args.length > 2 ? Double.parseDouble(args[2]) : 1.0;
        int topK = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        SamplingOptions sampling = SamplingOptions.defaults().withTemperature(temperature).withTopK(topK);
        TextOptions options = TextOptions.defaults().withTokenizer(Tokenizers.byName("char"));
        TrainedText text = TrainedText.load(TextSource.ofFile(file), options, 1, 5, Progress.NONE);
        Set<String> training = new HashSet<>(java.nio.file.Files.readAllLines(file));
        System.out.printf(Locale.ROOT, "%s, %d sentences per row, seeds 1..%d, temperature %s, top-k %d%n",
                file.getFileName(), n, n, temperature, topK);
        System.out.printf(Locale.ROOT, "%-22s %5s %9s %12s %8s %11s  %s%n", "method", "order", "couplet",
                "first clause", "copied", "new couplet", "example");
        for (String name : METHODS) {
            SmoothingMethod method = Methods.byName(name);
            for (int order = 2; order <= 5; order++) {
                LanguageModel lm = text.model(order, method, Parameters.NONE);
                List<String> lines = new ArrayList<>();
                for (int seed = 1; seed <= n; seed++) {
                    for (GeneratedSentence s : new Sampler(lm, sampling).generate(1, seed)) {
                        lines.add(Detokenizer.join(s.words()));
                    }
                }
                int couplets = 0;
                int firstClause = 0;
                int copied = 0;
                int newCouplets = 0;
                String example = "";
                for (String line : lines) {
                    boolean couplet = COUPLET.matcher(line).matches();
                    boolean copy = training.contains(line);
                    couplets += couplet ? 1 : 0;
                    firstClause += FIRST_CLAUSE.matcher(line).matches() ? 1 : 0;
                    copied += copy ? 1 : 0;
                    if (couplet && !copy) {
                        newCouplets++;
                        example = example.isEmpty() ? line : example;
                    }
                }
                System.out.printf(Locale.ROOT, "%-22s %5d %8.1f%% %11.1f%% %7.1f%% %10.1f%%  %s | %s%n", name, order,
                        pct(couplets, n), pct(firstClause, n), pct(copied, n), pct(newCouplets, n), example,
                        lines.get(0));
            }
        }
    }

    private static double pct(int k, int n) {
        return 100.0 * k / n;
    }
}
