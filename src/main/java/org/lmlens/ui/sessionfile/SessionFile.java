package org.lmlens.ui.sessionfile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.Tokenizers;

/**
 * A saved session: where the text came from and every choice made on it, as a small JSON file a person can
 * read ({@code *.lmlens.json}). Names, not objects, are stored (tokenizer, method, sentence mode, charset),
 * so a file stays readable across versions; {@link #formatVersion} lets a newer app refuse an older
 * one's misreading of a future file. Pure data: the main window maps it to and from its view-model.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"formatVersion", "source", "tokenizer", "lowercase", "sentenceMode", "minCount", "encoding", // i18n-ok: JSON field names and values
        "order", "method", "parameters", "openTab", "theme", "language", "presenterScale"}) // i18n-ok: JSON field names and values
public record SessionFile(int formatVersion, Source source, String tokenizer, boolean lowercase, String sentenceMode,
                          int minCount, String encoding, int order, String method, Map<String, Double> parameters,
                          String openTab, String theme, String language, double presenterScale) {
    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".lmlens.json";

    /** Where the text comes from: a file (its path), pasted text (the text itself), or a sample (its id). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(Kind kind, String path, String text, String sampleId) {
        public enum Kind {
            @JsonProperty("file") FILE, // i18n-ok: JSON field names and values
            @JsonProperty("pasted") PASTED, // i18n-ok: JSON field names and values
            @JsonProperty("sample") SAMPLE // i18n-ok: JSON field names and values
        }

        public static Source file(Path path) {
            return new Source(Kind.FILE, path.toAbsolutePath().toString(), null, null);
        }

        public static Source pasted(String text) {
            return new Source(Kind.PASTED, null, text, null);
        }

        public static Source sample(String id) {
            return new Source(Kind.SAMPLE, null, null, id);
        }

        /** The file of a FILE source. */
        public Path filePath() {
            return Path.of(path);
        }
    }

    public SessionFile {
        parameters = parameters == null ? Map.of() : Map.copyOf(new TreeMap<>(parameters));
    }

    /** The app's defaults: no text, word tokens, one sentence per line, bigram MLE, 100 %. */
    public static SessionFile defaults() {
        return new SessionFile(FORMAT_VERSION, null, "auto", false, SentenceMode.LINE.cliName(), 1, "auto", 2, // i18n-ok: JSON field names and values
                Methods.all().get(0).name(), Map.of(), null, "light", "en", 1.0); // i18n-ok: JSON field names and values
    }

    public SessionFile withSource(Source s) {
        return new SessionFile(formatVersion, s, tokenizer, lowercase, sentenceMode, minCount, encoding, order, method,
                parameters, openTab, theme, language, presenterScale);
    }

    /** Tokenizer, sentence mode, lowercasing and encoding from the engine's options. */
    public SessionFile withTextOptions(TextOptions o, int newMinCount) {
        return new SessionFile(formatVersion, source, o.tokenizer().name(), o.lowercase(), o.sentenceMode().cliName(),
                newMinCount, o.encodingName(), order, method, parameters, openTab, theme, language, presenterScale);
    }

    public SessionFile withModel(int newOrder, String newMethod, Map<String, Double> newParameters) {
        return new SessionFile(formatVersion, source, tokenizer, lowercase, sentenceMode, minCount, encoding, newOrder,
                newMethod, newParameters, openTab, theme, language, presenterScale);
    }

    public SessionFile withView(String newOpenTab, String newTheme, String newLanguage, double newPresenterScale) {
        return new SessionFile(formatVersion, source, tokenizer, lowercase, sentenceMode, minCount, encoding, order,
                method, parameters, newOpenTab, newTheme, newLanguage, newPresenterScale);
    }

    /** The engine's text options (throws {@code LmLensException} for a tokenizer or mode this build lacks). */
    public TextOptions textOptions() {
        return TextOptions.defaults().withTokenizer(Tokenizers.byName(tokenizer)).withLowercase(lowercase)
                .withSentenceMode(SentenceMode.byName(sentenceMode)).withEncoding(TextOptions.parseEncoding(encoding));
    }

    public SmoothingMethod smoothingMethod() {
        return Methods.byName(method);
    }

    public Parameters methodParameters() {
        return Parameters.of(parameters);
    }
}
