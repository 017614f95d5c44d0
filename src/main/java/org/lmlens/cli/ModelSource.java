package org.lmlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.arpa.ArpaModel;
import org.lmlens.engine.arpa.ArpaReader;
import org.lmlens.engine.compact.CompactModel;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;

/**
 * Where a command's model comes from: a training text ({@code --train}, read and counted once) or a
 * back-off model read from an ARPA file ({@code --arpa}). Commands ask it for the model, for tokens split
 * the way the model expects, and — only the ones that show training counts — for the trained text.
 */
final class ModelSource {
    private final ModelOptions options;
    private final TrainedText text;
    private final ArpaModel arpa;
    private CompactModel compact;
    /** Test files encoded while the training text was counted, by their files. */
    private final Map<List<Path>, Corpus> encodedEarly = new HashMap<>();
    private LanguageModel model;

    private ModelSource(ModelOptions options, TrainedText text, ArpaModel arpa) {
        this.options = options;
        this.text = text;
        this.arpa = arpa;
    }

    static ModelSource load(ModelOptions options) {
        return load(options, List.of());
    }

    /**
     * As {@link #load(ModelOptions)}; a training text is counted while {@code tests} (test texts the
     * command will {@link #encode}, a list of files each) are encoded on another core.
     */
    static ModelSource load(ModelOptions options, List<List<Path>> tests) {
        if (options.compactModel != null) {
            return loadCompact(options);
        }
        if (options.arpa == null) {
            TrainedText.WithTests loaded = options.loadText(tests);
            ModelSource source = new ModelSource(options, loaded.text(), null);
            for (int i = 0; i < tests.size(); i++) {
                source.encodedEarly.put(tests.get(i), loaded.tests().get(i));
            }
            return source;
        }
        if (!options.train.isEmpty()) {
            throw new LmLensException("Give either --train (a text to count) or --arpa (a model), not both");
        }
        if (options.smoothing != null || options.k != null) {
            throw new LmLensException("--smoothing and its parameters do not apply to --arpa: an ARPA file already"
                    + " holds its probabilities");
        }
        options.textOptions(); // fail early on a bad --tokenizer or --encoding
        ArpaModel m = ArpaReader.read(options.arpa);
        if (options.order != null && (options.order < 1 || options.order > m.order())) {
            throw new LmLensException("--order must be between 1 and the ARPA model's order " + m.order() + ", got "
                    + options.order);
        }
        return new ModelSource(options, null, m);
    }

    /** A compact model file: like an ARPA model, probabilities and back-off weights only, read where they lie. */
    private static ModelSource loadCompact(ModelOptions options) {
        if (!options.train.isEmpty() || options.arpa != null) {
            throw new LmLensException("Give one model: --model (a compact model file), --arpa or --train");
        }
        if (options.smoothing != null || options.k != null) {
            throw new LmLensException("--smoothing and its parameters do not apply to --model: a compact model already"
                    + " holds its probabilities");
        }
        options.textOptions(); // fail early on a bad --tokenizer or --encoding
        CompactModel m = CompactModel.open(options.compactModel);
        ModelSource source = new ModelSource(options, null, null);
        source.compact = m;
        if (options.order != null) {
            m.languageModel(options.order); // a clear message for an order the file does not have
        }
        return source;
    }

    boolean isCompact() {
        return compact != null;
    }

    CompactModel compact() {
        return compact;
    }

    boolean isArpa() {
        return arpa != null;
    }

    ArpaModel arpa() {
        return arpa;
    }

    /** The trained text, or a clear refusal for a command that needs training counts. */
    TrainedText text(String command) {
        if (text == null) {
            throw new LmLensException(command + ": " + (compact != null ? "a compact" : "an ARPA") + " model has no"
                    + " training counts, only probabilities and back-off weights (use 'stats' for its n-grams per order)");
        }
        return text;
    }

    /** The model at the chosen order (an ARPA model: its own order unless --order asks for less). */
    LanguageModel model() {
        if (model == null) {
            model = compact != null ? compact.languageModel(options.order == null ? compact.order() : options.order)
                    : arpa != null ? arpa.languageModel(options.order == null ? arpa.order() : options.order)
                    : options.model(text);
        }
        return model;
    }

    Vocabulary vocabulary() {
        return compact != null ? compact.vocabulary() : arpa != null ? arpa.vocabulary() : text.corpus().vocabulary();
    }

    private TextOptions textOptions() {
        return arpa != null || compact != null ? options.textOptions() : text.options();
    }

    /** Encodes a test text with the model's vocabulary (done already if it was given to {@link #load}). */
    Corpus encode(List<Path> files) {
        Corpus early = encodedEarly.remove(files);
        return early != null ? early
                : CorpusBuilder.encode(TextSource.ofFiles(files), textOptions(), vocabulary(), Progress.NONE);
    }

    /** Whether {@link #encode} will return these files as encoded while the training text was counted. */
    boolean encodedEarly(List<Path> files) {
        return encodedEarly.containsKey(files);
    }

    /** Splits a context or sentence the way the model's text was split. */
    List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        TextOptions opts = textOptions();
        // Markers such as <s> pass through whole, whatever the tokenizer.
        for (String part : s.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (List.of("<s>", "</s>", "<unk>").contains(part)) {
                out.add(part);
            } else {
                opts.tokenizer().tokenize(part, t -> out.add(opts.lowercase() ? t.toLowerCase(Locale.ROOT) : t));
            }
        }
        return out;
    }

    /** What the user should know about the model: ARPA reading fix-ups and estimator notices (fallback discounts). */
    List<String> notices() {
        List<String> out = new ArrayList<>();
        if (arpa != null && model == null) {
            out.addAll(arpa.notices());
        }
        if (model != null) {
            out.addAll(model.estimator().notices());
        }
        return out;
    }
}
