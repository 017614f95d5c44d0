package org.lmlens.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lmlens.engine.Progress;
import org.lmlens.engine.classify.ClassData;
import org.lmlens.engine.classify.ClassFolder;
import org.lmlens.engine.classify.ClassifierSettings;
import org.lmlens.engine.classify.ClassificationReport;
import org.lmlens.engine.classify.GenerativeClassifier;
import org.lmlens.engine.classify.LabelledText;
import org.lmlens.engine.classify.LearningCurve;
import org.lmlens.engine.classify.LogLinearClassifier;
import org.lmlens.engine.classify.LogLinearOptions;
import org.lmlens.engine.classify.LogLinearTrainer;
import org.lmlens.engine.classify.NgramFeatures;
import org.lmlens.engine.classify.Prior;
import org.lmlens.engine.classify.TestLines;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.Tokenizers;

/**
 * Classification speed on the shared labelled corpora: the four Tang poets at order 3 and the 15 Brown
 * genres, each trained from the files and every test line classified, in a fresh JVM's first runs and
 * after warming up. {@code java -cp target/benchmarks.jar org.lmlens.bench.ClassifyBench [repeats] [--curve]}.
 */
public final class ClassifyBench {
    private ClassifyBench() {
    }

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        boolean curve = List.of(args).contains("--curve");
        Path root = Path.of(System.getProperty("lmlens.corpora", "../shared/corpora"), "classes");
        TextOptions chars = TextOptions.defaults().withTokenizer(Tokenizers.byName("char"));
        TextOptions spaces = TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace"));
        for (int r = 1; r <= repeats; r++) {
            System.out.printf("run %d%n", r);
            task("tang-poets order 3 kneser-ney", root.resolve("tang-poets"), chars, 3, "kneser-ney", curve);
            task("tang-poets naive bayes", root.resolve("tang-poets"), chars, 1, "laplace", curve);
            task("brown-genres naive bayes", root.resolve("brown-genres"), spaces, 1, "laplace", curve);
            task("brown-genres order 3 kneser-ney", root.resolve("brown-genres"), spaces, 3, "kneser-ney", curve);
        }
    }

    private static void task(String name, Path folder, TextOptions options, int order, String method,
                             boolean curve) {
        List<LabelledText> train = ClassFolder.training(folder);
        List<LabelledText> test = ClassFolder.test(folder);
        long t0 = System.nanoTime();
        ClassData data = ClassData.read(train, options, Progress.NONE);
        TestLines lines = TestLines.read(data, test, Progress.NONE);
        long t1 = System.nanoTime();
        GenerativeClassifier nb = GenerativeClassifier.train(data, order, Methods.byName(method), Parameters.NONE,
                Prior.UNIFORM, Progress.NONE);
        long t2 = System.nanoTime();
        ClassificationReport report = ClassificationReport.of(data.labels(), lines,
                nb.predict(lines.encoded(), Progress.NONE));
        long t3 = System.nanoTime();
        LogLinearOptions llOptions = LogLinearOptions.defaults();
        NgramFeatures features = NgramFeatures.of(data.allLines(), llOptions.order(), llOptions.minCount());
        List<Double> losses = new ArrayList<>();
        LogLinearClassifier ll = LogLinearTrainer.train(data, features, null, llOptions,
                p -> losses.add(p.trainingLoss()), Progress.NONE);
        long t4 = System.nanoTime();
        ClassificationReport llReport = ClassificationReport.of(data.labels(), lines,
                ll.predict(lines.encoded(), Progress.NONE));
        System.out.printf("  %-34s read %6.0f ms, models %5.0f ms, classify %d lines %5.0f ms: accuracy %.4f "
                        + "macro-F1 %.4f | log-linear (%d features) train %6.0f ms, accuracy %.4f macro-F1 %.4f, "
                        + "loss %.3f -> %.3f%n",
                name, ms(t0, t1), ms(t1, t2), lines.size(), ms(t2, t3), report.accuracy(), report.macroF1(),
                features.size(), ms(t3, t4), llReport.accuracy(), llReport.macroF1(), losses.get(0),
                losses.get(losses.size() - 1));
        if (curve) {
            long t5 = System.nanoTime();
            LearningCurve.run(data, lines, features, new ClassifierSettings(order, Methods.byName(method),
                    Parameters.NONE, Prior.UNIFORM, llOptions), LearningCurve.SHARES,
                    p -> System.out.printf("    %5.1f%% %6d lines: generative %.4f log-linear %.4f%n",
                            100 * p.share(), p.trainingLines(), p.generativeAccuracy(), p.logLinearAccuracy()),
                    Progress.NONE);
            System.out.printf("    learning curve %.0f ms%n", ms(t5, System.nanoTime()));
        }
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
