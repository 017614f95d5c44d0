package org.lmlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;
import org.lmlens.engine.text.UserDictionary;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every command shares: where the text comes from, how it is read, and the model. Public, as
 * is {@link MethodNames}, with public constructors: picocli makes both by reflection for every command
 * line, and a class it may not open made it throw an exception and retry each time.
 */
public final class ModelOptions {
    public ModelOptions() {
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--train", arity = "1..*", paramLabel = "FILE",
            description = "Training text file(s), read in order; - is standard input; .gz, .bz2 and .xz are decompressed.")
    List<Path> train = new ArrayList<>();

    @Option(names = "--arpa", paramLabel = "FILE",
            description = "Use the back-off model in this ARPA file (KenLM, SRILM, export-arpa; - for standard input,"
                    + " .arpa.gz too) instead of --train. A file from export-arpa says how its text was split:"
                    + " test text is split the same way unless --tokenizer, --sentences or --lowercase say otherwise.")
    Path arpa;

    /** The model files a command that uses a model may open instead of counting (not train-neural). */
    ModelFiles files = new ModelFiles();

    @Option(names = "--order", paramLabel = "N", description = "n-gram order, 1..10 (default: 3; with --arpa: the file's order).")
    Integer order;

    @Option(names = "--smoothing", paramLabel = "NAME",
            description = "Smoothing method (default: " + DEFAULT_METHOD + "); one of: ${COMPLETION-CANDIDATES}.",
            completionCandidates = MethodNames.class)
    String smoothing;

    static final String DEFAULT_METHOD = "laplace";
    static final int DEFAULT_ORDER = 3;

    @Option(names = "--k", paramLabel = "X", description = "Pseudo-count k of Lidstone (add-k) smoothing (default: 0.1).")
    Double k;

    @Option(names = "--discount", paramLabel = "D",
            description = "Discount D in [0, 1] of absolute discounting and Kneser-Ney, at every order (default: n1/(n1+2·n2) per order).")
    Double discount;

    @Option(names = "--alpha", paramLabel = "A",
            description = "Back-off factor of stupid back-off, in [0, 1] (default: 0.4).")
    Double alpha;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A parameter of the chosen method by its name, e.g. --param k=0.5 (repeatable; any method's parameters, including an added method's).")
    Map<String, Double> params = new LinkedHashMap<>();

    @Option(names = "--heldout", paramLabel = "FILE",
            description = "Held-out text for methods fitted on data (jelinek-mercer); default: every 10th training sentence.")
    Path heldout;

    @Option(names = "--tokenizer", paramLabel = "NAME",
            description = "Tokenizer: word, whitespace, char, zh-word (Chinese words, jieba), bpe (byte-level BPE:"
                    + " see --bpe-merges, --bpe-file) or auto (chosen from the text: char for classical Chinese,"
                    + " zh-word for modern Chinese, whitespace for pre-tokenised text, else word)"
                    + " (default: auto; with --arpa: the file's).")
    String tokenizer;

    @Option(names = "--user-dict", paramLabel = "FILE",
            description = "User dictionary for zh-word (and auto when it chooses zh-word): one word a line,"
                    + " optionally followed by a frequency and a tag, as jieba's load_userdict reads them.")
    Path userDict;

    @picocli.CommandLine.Mixin
    BpeOptions bpe = new BpeOptions();

    @Option(names = "--sentences", paramLabel = "MODE",
            description = "Sentence mode: line (one per line) or punct (a sentence ends at . ! ? 。！？, a blank"
                    + " line or the end of a file, not at a line break) (default: line; with --arpa: the file's).")
    String sentences;

    @Option(names = "--lowercase", negatable = true,
            description = "Lowercase every token (--no-lowercase: keep case; default: keep; with --arpa: the file's).")
    Boolean lowercase;

    @Option(names = "--min-count", paramLabel = "K", defaultValue = "1",
            description = "Training words seen fewer than K times become <unk> (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Character encoding of the input files: auto (detected: UTF-8, UTF-16, GB18030/GBK,"
                    + " Big5, ...) or a name such as UTF-8, GBK, Big5 (default: auto; a byte-order mark wins).")
    String encoding;

    @Option(names = "--json", description = "Machine-readable JSON on standard output.")
    boolean json;

    public static final class MethodNames extends ArrayList<String> {
        public MethodNames() {
            super(Methods.all().stream().map(SmoothingMethod::name).toList());
        }
    }

    private TextOptions parsedTextOptions;

    /**
     * The text options given, with the defaults for those not given (parsed once: the user dictionary is read
     * once); a bad name is a usage error.
     */
    TextOptions textOptions() {
        if (parsedTextOptions == null) {
            parsedTextOptions = usage(this::parseTextOptions);
        }
        return parsedTextOptions;
    }

    private TextOptions parseTextOptions() {
        boolean lower = Boolean.TRUE.equals(lowercase);
        org.lmlens.engine.text.Tokenizer t = Tokenizers.byName(tokenizer == null ? "auto" : tokenizer);
        if (t instanceof org.lmlens.engine.bpe.BpeTokenizer) {
            t = bpe.tokenizer(lower);
        } else if (bpe.given()) {
            throw new LmLensException("--bpe-merges, --bpe-file and --pre-split need --tokenizer bpe");
        }
        return new TextOptions(t, SentenceMode.byName(sentences == null ? SentenceMode.LINE.cliName() : sentences),
                lower, TextOptions.parseEncoding(encoding == null ? "auto" : encoding),
                userDict == null ? null : UserDictionary.load(userDict));
    }

    SmoothingMethod method() {
        return usage(() -> Methods.byName(smoothing == null ? DEFAULT_METHOD : smoothing));
    }

    /** Every input file named by these options (not the test files, which are each command's own). */
    List<Path> inputs() {
        List<Path> out = new ArrayList<>(train);
        if (arpa != null) {
            out.add(arpa);
        }
        if (heldout != null) {
            out.add(heldout);
        }
        return out;
    }

    /** A usage error: a bad option value, reported as picocli reports its own (exit code 2). */
    ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Runs {@code check}, turning the engine's refusal of an option value into a usage error. */
    <T> T usage(java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (LmLensException e) {
            throw usageError(e.getMessage());
        }
    }

    /** The order asked for, or the default for a training text. */
    int order() {
        return order == null ? DEFAULT_ORDER : order;
    }

    Parameters parameters() {
        Map<String, Double> values = new HashMap<>();
        if (k != null) {
            values.put("k", k);
        }
        if (discount != null) {
            values.put("discount", discount);
        }
        if (alpha != null) {
            values.put("alpha", alpha);
        }
        SmoothingMethod m = method();
        for (Map.Entry<String, Double> p : params.entrySet()) {
            if (m.parameters().stream().noneMatch(spec -> spec.name().equals(p.getKey()))) {
                throw new LmLensException("--param " + p.getKey() + ": " + m.name() + " has no such parameter (its parameters: "
                        + (m.parameters().isEmpty() ? "none" : String.join(", ", m.parameters().stream()
                        .map(spec -> spec.name()).toList())) + ")");
            }
            values.put(p.getKey(), p.getValue());
        }
        return Parameters.of(values);
    }

    void checkOrder() {
        if (order() < 1 || order() > 10) {
            throw usageError("--order must be between 1 and 10, got " + order());
        }
    }

    /** Reads and counts the training text up to the chosen order. */
    TrainedText loadText() {
        checkOrder();
        if (train.isEmpty()) {
            throw new LmLensException("No model: give --train FILE (a text to count) or --arpa FILE (an ARPA model)");
        }
        method(); // fail on an unknown method before reading a large text
        TextOptions options = textOptions();
        if (minCount < 1) {
            throw usageError("--min-count must be at least 1, got " + minCount);
        }
        return TrainedText.load(TextSource.ofFiles(train), options, minCount, order(), Progress.NONE);
    }

    LanguageModel model(TrainedText text) {
        if (heldout == null) {
            return text.model(order(), method(), parameters());
        }
        Corpus heldOut = text.encode(TextSource.ofFile(heldout), Progress.NONE);
        return text.model(order(), method(), parameters(), heldOut);
    }
}
