package org.lmlens.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import picocli.CommandLine.Option;

/**
 * The options every command shares: where the text comes from, how it is read, and the model. Public, as
 * is {@link MethodNames}, with public constructors: picocli makes both by reflection for every command
 * line, and a class it may not open made it throw an exception and retry each time.
 */
public final class ModelOptions {
    public ModelOptions() {
    }

    @Option(names = "--train", arity = "1..*", paramLabel = "FILE", description = "Training text file(s), read in order.")
    List<Path> train = new ArrayList<>();

    @Option(names = "--arpa", paramLabel = "FILE",
            description = "Use the back-off model in this ARPA file (KenLM, SRILM, export-arpa) instead of --train.")
    Path arpa;

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

    @Option(names = "--heldout", paramLabel = "FILE",
            description = "Held-out text for methods fitted on data (jelinek-mercer); default: every 10th training sentence.")
    Path heldout;

    @Option(names = "--tokenizer", paramLabel = "NAME", defaultValue = "auto",
            description = "Tokenizer: word, whitespace, char, zh-word (Chinese words, jieba) or auto (chosen from"
                    + " the text: char for classical Chinese, zh-word for modern Chinese, whitespace for"
                    + " pre-tokenised text, else word) (default: ${DEFAULT-VALUE}).")
    String tokenizer;

    @Option(names = "--sentences", paramLabel = "MODE", defaultValue = "line",
            description = "Sentence mode: line (one per line) or punct (split on . ! ? 。！？) (default: ${DEFAULT-VALUE}).")
    String sentences;

    @Option(names = "--lowercase", description = "Lowercase every token.")
    boolean lowercase;

    @Option(names = "--min-count", paramLabel = "K", defaultValue = "1",
            description = "Training words seen fewer than K times become <unk> (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "auto",
            description = "Character encoding of the input files: auto (detected: UTF-8, UTF-16, GB18030/GBK,"
                    + " Big5, ...) or a name such as UTF-8, GBK, Big5 (default: ${DEFAULT-VALUE}; a byte-order"
                    + " mark wins).")
    String encoding;

    @Option(names = "--json", description = "Machine-readable JSON on standard output.")
    boolean json;

    public static final class MethodNames extends ArrayList<String> {
        public MethodNames() {
            super(Methods.all().stream().map(SmoothingMethod::name).toList());
        }
    }

    TextOptions textOptions() {
        Charset charset = TextOptions.parseEncoding(encoding);
        return new TextOptions(Tokenizers.byName(tokenizer), SentenceMode.byName(sentences), lowercase, charset);
    }

    SmoothingMethod method() {
        return Methods.byName(smoothing == null ? DEFAULT_METHOD : smoothing);
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
        return Parameters.of(values);
    }

    void checkOrder() {
        if (order() < 1 || order() > 10) {
            throw new LmLensException("--order must be between 1 and 10, got " + order());
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
