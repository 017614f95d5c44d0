package org.lmlens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.arpa.ArpaModel;
import org.lmlens.engine.arpa.ArpaReader;
import org.lmlens.engine.arpa.ArpaTextHeader;
import org.lmlens.engine.compact.CompactModel;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.neural.lm.NeuralModel;
import org.lmlens.engine.neural.lm.WeightsFile;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.TypedText;

/**
 * Where a command's model comes from: a training text ({@code --train}, read and counted once) or a
 * back-off model read from an ARPA file ({@code --arpa}). Commands ask it for the model, for tokens split
 * the way the model expects, and — only the ones that show training counts — for the trained text.
 */
final class ModelSource {
    private final ModelOptions options;
    private final TrainedText text;
    private final ArpaModel arpa;
    private final NeuralModel neural;
    /** With --arpa: the text options test text is read with (the file's, where the command line is silent). */
    private TextOptions arpaTextOptions;
    private final List<String> optionNotices = new ArrayList<>();
    private CompactModel compact;
    private LanguageModel model;

    private ModelSource(ModelOptions options, TrainedText text, ArpaModel arpa, NeuralModel neural) {
        this.options = options;
        this.text = text;
        this.arpa = arpa;
        this.neural = neural;
    }

    static ModelSource load(ModelOptions options) {
        if (options.files.weights != null) {
            return loadWeights(options);
        }
        if (options.files.compactModel != null) {
            return loadCompact(options);
        }
        if (options.arpa == null) {
            return new ModelSource(options, options.loadText(), null, null);
        }
        if (!options.train.isEmpty()) {
            throw new LmLensException("Give either --train (a text to count) or --arpa (a model), not both");
        }
        if (options.smoothing != null || options.k != null || options.discount != null || options.alpha != null
                || options.heldout != null || !options.params.isEmpty()) {
            throw options.usageError("--smoothing and its parameters (--k, --discount, --alpha, --param, --heldout)"
                    + " do not apply to --arpa: an ARPA file already holds its probabilities");
        }
        options.textOptions(); // fail early on a bad --tokenizer or --encoding
        ArpaModel m = ArpaReader.read(options.arpa);
        if (options.order != null && (options.order < 1 || options.order > m.order())) {
            throw options.usageError("--order must be between 1 and the ARPA model's order " + m.order() + ", got "
                    + options.order);
        }
        ModelSource source = new ModelSource(options, null, m, null);
        source.arpaTextOptions = source.arpaTextOptions(m);
        return source;
    }

    /**
     * The options to read test text against an ARPA model: those the file records (a file from export-arpa),
     * except where the command line names one, which wins, with a notice when it differs from the file's.
     */
    private TextOptions arpaTextOptions(ArpaModel m) {
        TextOptions given = options.textOptions();
        ArpaTextHeader header = m.textHeader();
        if (header == null) {
            return given;
        }
        TextOptions recorded = header.textOptions(m.name());
        TextOptions out = recorded;
        if (options.tokenizer != null) {
            out = out.withTokenizer(given.tokenizer());
            differs("--tokenizer", recorded.tokenizer().name(), given.tokenizer().name());
        }
        if (options.sentences != null) {
            out = out.withSentenceMode(given.sentenceMode());
            differs("--sentences", recorded.sentenceMode().cliName(), given.sentenceMode().cliName());
        }
        if (options.lowercase != null) {
            out = out.withLowercase(given.lowercase());
            differs(given.lowercase() ? "--lowercase" : "--no-lowercase", String.valueOf(recorded.lowercase()),
                    String.valueOf(given.lowercase()));
        }
        if (options.encoding != null) {
            out = out.withEncoding(given.encoding());
        }
        return out;
    }

    private void differs(String option, String recorded, String given) {
        if (!recorded.equals(given)) {
            optionNotices.add(option + " " + given + " overrides what " + arpa.name() + " records (" + recorded
                    + "): test text is split differently from the model's training text");
        }
    }

    /** A neural model from its weights file: it brings its vocabulary and how its text was read. */
    private static ModelSource loadWeights(ModelOptions options) {
        if (!options.train.isEmpty() || options.arpa != null) {
            throw new LmLensException("Give one model: --train (a text to count), --arpa or --weights");
        }
        if (options.smoothing != null || options.order != null || options.k != null) {
            throw new LmLensException("--smoothing, --order and their parameters do not apply to --weights: a neural"
                    + " model's order is its context length + 1");
        }
        return new ModelSource(options, null, null, WeightsFile.read(options.files.weights));
    }

    boolean isNeural() {
        return neural != null;
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
        CompactModel m = CompactModel.open(options.files.compactModel);
        ModelSource source = new ModelSource(options, null, null, null);
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
        if (neural != null) {
            throw new LmLensException(command + ": a neural model has no training counts, only its weights");
        }
        if (text == null) {
            throw new LmLensException(command + ": " + (compact != null ? "a compact" : "an ARPA") + " model has no"
                    + " training counts, only probabilities and back-off weights (use 'stats' for its n-grams per order)");
        }
        return text;
    }

    /** The model at the chosen order (an ARPA model: its own order unless --order asks for less). */
    LanguageModel model() {
        if (model == null) {
            model = neural != null ? neural.languageModel()
                    : compact != null ? compact.languageModel(options.order == null ? compact.order() : options.order)
                    : arpa != null ? arpa.languageModel(options.order == null ? arpa.order() : options.order)
                    : options.model(text);
        }
        return model;
    }

    Vocabulary vocabulary() {
        return neural != null ? neural.vocabulary() : compact != null ? compact.vocabulary()
                : arpa != null ? arpa.vocabulary() : text.corpus().vocabulary();
    }

    /** How test text is read: as the training text was (with --arpa: as the file records, see above). */
    TextOptions textOptions() {
        return neural != null ? neural.textOptions() : compact != null ? options.textOptions()
                : arpa != null ? arpaTextOptions : text.options();
    }

    /** Encodes a test text with the model's vocabulary. */
    Corpus encode(List<Path> files) {
        return CorpusBuilder.encode(TextSource.ofFiles(files), textOptions(), vocabulary(), Progress.NONE);
    }

    /** Splits a context, word or prefix the way the model's text was split (markers kept: {@link TypedText#tokens}). */
    List<String> tokens(String s) {
        return TypedText.tokens(s, textOptions());
    }

    /** One sentence to score, split the way the model's text was split ({@link TypedText#sentence}). */
    List<String> sentence(String s) {
        return TypedText.sentence(s, textOptions());
    }

    /** What the user should know about the model: ARPA reading fix-ups and estimator notices (fallback discounts). */
    List<String> notices() {
        List<String> out = new ArrayList<>(optionNotices);
        if (arpa != null && model == null) {
            out.addAll(arpa.notices());
        }
        if (model != null) {
            out.addAll(model.estimator().notices());
        }
        return out;
    }
}
