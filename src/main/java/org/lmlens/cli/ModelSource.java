package org.lmlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.arpa.ArpaModel;
import org.lmlens.engine.arpa.ArpaReader;
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
    private LanguageModel model;

    private ModelSource(ModelOptions options, TrainedText text, ArpaModel arpa) {
        this.options = options;
        this.text = text;
        this.arpa = arpa;
    }

    static ModelSource load(ModelOptions options) {
        if (options.arpa == null) {
            return new ModelSource(options, options.loadText(), null);
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

    boolean isArpa() {
        return arpa != null;
    }

    ArpaModel arpa() {
        return arpa;
    }

    /** The trained text, or a clear refusal for a command that needs training counts. */
    TrainedText text(String command) {
        if (text == null) {
            throw new LmLensException(command + ": an ARPA model has no training counts, only probabilities and"
                    + " back-off weights (use 'stats' for its n-grams per order)");
        }
        return text;
    }

    /** The model at the chosen order (an ARPA model: its own order unless --order asks for less). */
    LanguageModel model() {
        if (model == null) {
            model = arpa != null ? arpa.languageModel(options.order == null ? arpa.order() : options.order)
                    : options.model(text);
        }
        return model;
    }

    Vocabulary vocabulary() {
        return arpa != null ? arpa.vocabulary() : text.corpus().vocabulary();
    }

    private TextOptions textOptions() {
        return arpa != null ? options.textOptions() : text.options();
    }

    /** Encodes a test text with the model's vocabulary. */
    Corpus encode(List<Path> files) {
        return CorpusBuilder.encode(TextSource.ofFiles(files), textOptions(), vocabulary(), Progress.NONE);
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
