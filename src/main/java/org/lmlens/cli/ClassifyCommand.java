package org.lmlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.classify.ClassData;
import org.lmlens.engine.classify.ClassFolder;
import org.lmlens.engine.classify.ClassificationReport;
import org.lmlens.engine.classify.ClassifierSettings;
import org.lmlens.engine.classify.GenerativeClassifier;
import org.lmlens.engine.classify.LabelledText;
import org.lmlens.engine.classify.LearningCurve;
import org.lmlens.engine.classify.LogLinearClassifier;
import org.lmlens.engine.classify.LogLinearOptions;
import org.lmlens.engine.classify.LossPoint;
import org.lmlens.engine.classify.NgramFeatures;
import org.lmlens.engine.classify.Prior;
import org.lmlens.engine.classify.TestLines;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;
import org.lmlens.engine.text.TypedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Who wrote this line? Classify lines with one language model per class (order 1 with"
                + " laplace = multinomial Naive Bayes) or with a log-linear model (multinomial logistic regression"
                + " on the same n-gram counts).",
            "Every line of a file is one item. Natural logarithms."})
final class ClassifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--class", paramLabel = "NAME=FILE[,FILE…]", description = "A class and its training file(s); repeat for every class.")
    List<String> classes = new ArrayList<>();

    @Option(names = "--test", paramLabel = "NAME=FILE[,FILE…]", description = "Held-out lines of a class; repeat per class.")
    List<String> tests = new ArrayList<>();

    @Option(names = "--classes-dir", paramLabel = "DIR",
            description = "A folder with NAME.train.txt and NAME.test.txt per class (instead of --class and --test).")
    Path classesDir;

    @Option(names = "--sentence", paramLabel = "TEXT", description = "Classify this one line and show each class's score.")
    String sentence;

    @Option(names = "--model", paramLabel = "nb|loglinear", defaultValue = "nb",
            description = "nb: a language model per class (generative); loglinear: logistic regression (default: ${DEFAULT-VALUE}).")
    String modelName;

    @Option(names = "--order", paramLabel = "N", defaultValue = "1", description = "n-gram order of the class models and of the log-linear features (default: ${DEFAULT-VALUE}).")
    int order;

    @Option(names = "--smoothing", paramLabel = "NAME", defaultValue = "laplace",
            description = "Smoothing of the class models (default: ${DEFAULT-VALUE}); one of: ${COMPLETION-CANDIDATES}.",
            completionCandidates = ModelOptions.MethodNames.class)
    String smoothing;

    @Option(names = "--k", paramLabel = "X", description = "Pseudo-count of lidstone.")
    Double k;

    @Option(names = "--discount", paramLabel = "D", description = "Discount of absolute discounting and Kneser-Ney.")
    Double discount;

    @Option(names = "--prior", paramLabel = "uniform|sizes", defaultValue = "sizes",
            description = "P(class): uniform, or each class's share of the training lines (default: ${DEFAULT-VALUE}).")
    String prior;

    @Option(names = "--tokenizer", paramLabel = "NAME", defaultValue = "auto",
            description = "Tokenizer: word, whitespace, char, zh-word or auto (default: ${DEFAULT-VALUE}).")
    String tokenizer;

    @Option(names = "--lowercase", description = "Lowercase every token.")
    boolean lowercase;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "40", description = "Log-linear: gradient-descent epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--l2", paramLabel = "λ", defaultValue = "1e-4", description = "Log-linear: L2 strength (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--learning-rate", paramLabel = "α", defaultValue = "0.1", description = "Log-linear: Adam step size (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--min-feature-count", paramLabel = "K", defaultValue = "2",
            description = "Log-linear: keep n-grams seen at least K times in all training lines (default: ${DEFAULT-VALUE}).")
    int minFeatureCount;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "Most indicative n-grams (nb) or largest weights (loglinear) per class (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--misclassified", paramLabel = "N", defaultValue = "0",
            description = "Print up to N misclassified lines per confusion-matrix cell (default: ${DEFAULT-VALUE}).")
    int misclassified;

    @Option(names = "--learning-curve", description = "Also train both models on 1 %%, 2 %%, 5 %% … 100 %% of the training lines.")
    boolean learningCurve;

    @Option(names = "--json", description = "Machine-readable JSON on standard output.")
    boolean json;

    @Override
    public Integer call() {
        boolean logLinear = switch (modelName) {
            case "nb" -> false;
            case "loglinear" -> true;
            default -> throw new LmLensException("--model must be nb or loglinear, got " + modelName);
        };
        ClassifierSettings settings = settings();
        TextOptions options = new TextOptions(Tokenizers.byName(tokenizer), SentenceMode.LINE, lowercase, null);
        ClassData data = ClassData.read(trainingTexts(), options, Progress.NONE);
        List<LabelledText> testTexts = testTexts();
        if (testTexts.isEmpty() && sentence == null) {
            throw new LmLensException("Nothing to classify: give --test NAME=FILE (or --classes-dir) or --sentence TEXT");
        }
        TestLines test = testTexts.isEmpty() ? null : TestLines.read(data, testTexts, Progress.NONE);
        ClassifyOutput output = new ClassifyOutput(data, settings, top, misclassified);
        if (logLinear) {
            NgramFeatures features = settings.features(data);
            List<LossPoint> loss = new ArrayList<>();
            LogLinearClassifier model = settings.trainLogLinear(data, features, test, loss::add, Progress.NONE);
            output.logLinear(model, loss);
            if (test != null) {
                output.report(ClassificationReport.of(data.labels(), test, model.predict(test.encoded(), Progress.NONE)));
            }
            if (sentence != null) {
                output.logLinearSentence(model.posterior(typedLine(data), data.vocabulary()));
            }
        } else {
            GenerativeClassifier model = settings.trainGenerative(data, Progress.NONE);
            output.generative(model);
            if (test != null) {
                output.report(ClassificationReport.of(data.labels(), test, model.predict(test.encoded(), Progress.NONE)));
            }
            if (sentence != null) {
                output.decision(model.decide(typedLine(data)));
            }
        }
        if (learningCurve && test != null) {
            output.learningCurve(LearningCurve.run(data, test, settings.features(data), settings,
                    LearningCurve.SHARES, p -> { }, Progress.NONE));
        }
        spec.commandLine().getOut().println(json ? Json.write(output.json()) : output.readable());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private ClassifierSettings settings() {
        Map<String, Double> values = new HashMap<>();
        if (k != null) {
            values.put("k", k);
        }
        if (discount != null) {
            values.put("discount", discount);
        }
        LogLinearOptions ll = new LogLinearOptions(order, minFeatureCount, epochs, learningRate, l2);
        return new ClassifierSettings(order, Methods.byName(smoothing), Parameters.of(values), Prior.byCliName(prior), ll);
    }

    /** The typed line, read like the training lines, as one line. */
    private List<String> typedLine(ClassData data) {
        List<String> words = new ArrayList<>();
        TypedText.sentences(sentence.replace('\n', ' '), data.options()).forEach(words::addAll);
        return words;
    }

    private List<LabelledText> trainingTexts() {
        return texts(classes, "--class", ClassFolder::training);
    }

    private List<LabelledText> testTexts() {
        return texts(tests, "--test", ClassFolder::test);
    }

    /** The texts given with an option, then those of --classes-dir. */
    private List<LabelledText> texts(List<String> specs, String option, Function<Path, List<LabelledText>> folder) {
        List<LabelledText> out = new ArrayList<>(parse(specs, option));
        if (classesDir != null) {
            out.addAll(folder.apply(classesDir));
        }
        return out;
    }

    private static List<LabelledText> parse(List<String> specs, String option) {
        List<LabelledText> out = new ArrayList<>();
        for (String s : specs) {
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw new LmLensException(option + " expects NAME=FILE[,FILE…], got \"" + s + "\"");
            }
            List<Path> files = Arrays.stream(s.substring(eq + 1).split(",")).map(String::trim)
                    .filter(f -> !f.isEmpty()).map(Path::of).toList();
            out.add(new LabelledText(s.substring(0, eq).trim(), TextSource.ofFiles(files)));
        }
        return out;
    }
}
