package org.lmlens.ui.session;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.Tokenizers;
import org.lmlens.engine.text.UserDictionary;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizer;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.TaskRunner;
import org.lmlens.ui.common.LatestOnly;

/**
 * The state every tab shares: the loaded text (counted once up to {@link #MAX_ORDER}), the text options
 * that produced it, and the model chosen on top of it (order, method, parameters). Changing a text
 * option reloads in the background; changing the model only rebuilds the estimator. A newer request
 * cancels an older one; a failed load leaves the previous text loaded and reports the engine's message.
 */
public final class SessionViewModel {
    public static final int MAX_ORDER = 6;
    /** The encoding choice that means: detect it per file. */
    public static final String AUTO_ENCODING = TextOptions.AUTO_ENCODING;

    /** Where a text comes from; {@code open} runs off the FX thread. */
    public record Origin(String name, Callable<TextSource> open) {
        public static Origin of(Path file) {
            return new Origin(String.valueOf(file.getFileName()), () -> TextSource.ofFile(file));
        }

        public static Origin of(Sample sample) {
            return new Origin(sample.file(), sample::open);
        }

        public static Origin pasted(String text) {
            return new Origin(I18n.get("source.pasted"), () -> TextSource.ofString(I18n.get("source.pasted"), text));
        }
    }

    private final TaskRunner runner;
    /** Automatic by default: the engine picks characters, Chinese words, spaces or words from the text itself. */
    private final ObjectProperty<Tokenizer> tokenizer = new SimpleObjectProperty<>(TextOptions.automatic().tokenizer());
    /** Words for zh-word (and auto when it chooses zh-word), or null. */
    private final ObjectProperty<UserDictionary> userDictionary = new SimpleObjectProperty<>(null);
    /** With the bpe tokenizer: how many merges it learns from the text before counting. */
    private final IntegerProperty bpeMerges = new SimpleIntegerProperty(org.lmlens.engine.bpe.BpeTokenizer.DEFAULT_MERGES);
    private final ReadOnlyBooleanWrapper bpeChosen = new ReadOnlyBooleanWrapper();
    private final BooleanProperty lowercase = new SimpleBooleanProperty(false);
    private final ObjectProperty<SentenceMode> sentenceMode = new SimpleObjectProperty<>(SentenceMode.LINE);
    private final IntegerProperty minCount = new SimpleIntegerProperty(1);
    /** null = detect per file (a byte-order mark, or juniversalchardet with strict fallbacks). */
    private final ObjectProperty<java.nio.charset.Charset> encoding = new SimpleObjectProperty<>(null);
    private final IntegerProperty order = new SimpleIntegerProperty(2);
    private final ObjectProperty<SmoothingMethod> method = new SimpleObjectProperty<>(Methods.all().get(0));
    private final ObjectProperty<Parameters> parameters = new SimpleObjectProperty<>(Parameters.NONE);
    private final Map<String, Parameters> parametersByMethod = new HashMap<>();

    private final ReadOnlyObjectWrapper<TrainedText> text = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LanguageModel> model = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper loadProgress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyObjectWrapper<String> loadingName = new ReadOnlyObjectWrapper<>();
    private Consumer<String> errorHandler = message -> { };

    private Origin origin;
    /** A text that failed to load: changing an option (the encoding, say) tries it again. */
    private Origin retryOrigin;
    private final LatestOnly loadJob;
    private final LatestOnly modelJob;
    private boolean applyingOptions;

    public SessionViewModel(TaskRunner runner) {
        this.runner = runner;
        this.loadJob = new LatestOnly(runner);
        this.modelJob = new LatestOnly(runner);
        tokenizer.addListener((o, a, b) -> optionsChanged());
        tokenizer.addListener((o, a, t) -> {
            if (t instanceof org.lmlens.engine.bpe.BpeTokenizer b) {
                bpeMerges.set(b.merges());
            }
            bpeChosen.set(t instanceof org.lmlens.engine.bpe.BpeTokenizer);
        });
        bpeMerges.addListener((o, a, n) -> {
            if (tokenizer.get() instanceof org.lmlens.engine.bpe.BpeTokenizer b && b.merges() != n.intValue()) {
                tokenizer.set(org.lmlens.engine.bpe.BpeTokenizer.toTrain(n.intValue(), b.preSplit()));
            }
        });
        lowercase.addListener((o, a, b) -> optionsChanged());
        userDictionary.addListener((o, a, b) -> optionsChanged());
        sentenceMode.addListener((o, a, b) -> optionsChanged());
        minCount.addListener((o, a, b) -> optionsChanged());
        encoding.addListener((o, a, b) -> optionsChanged());
        method.addListener((o, old, m) -> {
            parametersByMethod.put(old.name(), parameters.get());
            parameters.set(parametersByMethod.getOrDefault(m.name(), Parameters.NONE));
            rebuildModel();
        });
        order.addListener((o, a, b) -> rebuildModel());
        parameters.addListener((o, a, b) -> rebuildModel());
        text.addListener((o, a, b) -> rebuildModel());
    }

    public void setErrorHandler(Consumer<String> handler) {
        this.errorHandler = handler;
    }

    /** Loads a text with the given options, replacing the current one when (and only if) it succeeds. */
    public void load(Origin newOrigin, TextOptions options) {
        applyOptions(options, minCount.get());
        startLoad(newOrigin);
    }

    /** Loads a sample with its recommended options. */
    public void load(Sample sample) {
        load(Origin.of(sample), sample.options());
    }

    public void cancelLoad() {
        loadJob.cancel();
        retryOrigin = null;
        loading.set(false);
        loadingName.set(null);
        restoreOptions();
    }

    private void optionsChanged() {
        if (!applyingOptions && (retryOrigin != null || origin != null)) {
            startLoad(retryOrigin != null ? retryOrigin : origin);
        }
    }

    private void startLoad(Origin newOrigin) {
        TextOptions options = currentOptions();
        int min = minCount.get();
        loading.set(true);
        loadProgress.set(-1);
        loadingName.set(newOrigin.name());
        loadJob.run(p -> {
            return TrainedText.load(newOrigin.open().call(), options, min, MAX_ORDER, p);
        },
                loaded -> {
                    loading.set(false);
                    loadingName.set(null);
                    origin = newOrigin;
                    retryOrigin = null;
                    text.set(loaded);
                },
                error -> {
                    loading.set(false);
                    loadingName.set(null);
                    restoreOptions();
                    retryOrigin = newOrigin;
                    errorHandler.accept(messageOf(error));
                },
                loadProgress::set);
    }

    private void rebuildModel() {
        TrainedText t = text.get();
        if (t == null) {
            return;
        }
        int n = Math.max(1, Math.min(order.get(), t.maxOrder()));
        SmoothingMethod m = method.get();
        Parameters params = parameters.get();
        modelJob.run(p -> t.model(n, m, params), model::set, error -> errorHandler.accept(messageOf(error)));
    }

    public TextOptions currentOptions() {
        return TextOptions.defaults().withTokenizer(tokenizer.get()).withLowercase(lowercase.get())
                .withSentenceMode(sentenceMode.get()).withEncoding(encoding.get())
                .withUserDictionary(userDictionary.get());
    }

    /** Puts the options of the loaded text back into the controls (after a failed or cancelled load). */
    private void restoreOptions() {
        TrainedText t = text.get();
        if (t != null) {
            applyOptions(t.options(), t.minCount());
        }
    }

    private void applyOptions(TextOptions options, int min) {
        applyingOptions = true;
        try {
            // the control offers the plain tokenizers; the dictionary is an option of its own
            tokenizer.set(Tokenizers.withDictionary(options.tokenizer(), null));
            userDictionary.set(options.userDictionary());
            lowercase.set(options.lowercase());
            sentenceMode.set(options.sentenceMode());
            minCount.set(min);
            encoding.set(options.encoding());
        } finally {
            applyingOptions = false;
        }
    }

    /** The text shown to the user for a failure: the engine's own message, or a generic one. */
    public static String messageOf(Throwable error) {
        Throwable e = error;
        while (e != null && !(e instanceof LmLensException) && e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        if (e instanceof LmLensException) {
            return e.getMessage();
        }
        if (error instanceof OutOfMemoryError) {
            return I18n.get("error.memory");
        }
        return I18n.get("error.unexpected", String.valueOf(error));
    }

    public IntegerProperty bpeMergesProperty() {
        return bpeMerges;
    }

    /** True while the tokenizer is {@code bpe} (the control panel then shows its number of merges). */
    public ReadOnlyBooleanProperty bpeChosenProperty() {
        return bpeChosen.getReadOnlyProperty();
    }

    public ObjectProperty<Tokenizer> tokenizerProperty() {
        return tokenizer;
    }

    public ObjectProperty<UserDictionary> userDictionaryProperty() {
        return userDictionary;
    }

    /** Reads a user dictionary in the background; the loaded text is read again with it. */
    public void loadUserDictionary(Path file) {
        runner.run(p -> UserDictionary.load(file), userDictionary::set, error -> errorHandler.accept(messageOf(error)));
    }

    public BooleanProperty lowercaseProperty() {
        return lowercase;
    }

    public ObjectProperty<SentenceMode> sentenceModeProperty() {
        return sentenceMode;
    }

    public ObjectProperty<java.nio.charset.Charset> encodingProperty() {
        return encoding;
    }

    public IntegerProperty minCountProperty() {
        return minCount;
    }

    public IntegerProperty orderProperty() {
        return order;
    }

    public ObjectProperty<SmoothingMethod> methodProperty() {
        return method;
    }

    public ObjectProperty<Parameters> parametersProperty() {
        return parameters;
    }

    public ReadOnlyObjectProperty<TrainedText> textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LanguageModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loadProgress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> loadingNameProperty() {
        return loadingName.getReadOnlyProperty();
    }

    /** The files the loaded text was read from (none for a pasted text): never written to. */
    public java.util.List<Path> inputFiles() {
        TrainedText t = text.get();
        return t == null ? java.util.List.of() : t.source().files();
    }

    /** The loaded text's name, or null before one is loaded. */
    public String textName() {
        TrainedText t = text.get();
        return t == null ? null : t.source().name();
    }

    /** The value of one parameter of the current method: the one set, else its default. */
    public double parameter(org.lmlens.engine.smoothing.ParameterSpec spec) {
        return parameters.get().get(spec.name()).orElse(spec.defaultValue());
    }

    /** Sets one parameter of the current method, keeping the others. */
    public void setParameter(String name, double value) {
        parameters.set(parameters.get().with(name, value));
    }

    /** Every tokenizer the app has, for the tokenizer choice. */
    public java.util.List<Tokenizer> tokenizers() {
        return org.lmlens.engine.text.Tokenizers.all();
    }

    /** Every smoothing method the app has, for the method choice. */
    public java.util.List<SmoothingMethod> methods() {
        return Methods.all();
    }

    public TaskRunner runner() {
        return runner;
    }
}
