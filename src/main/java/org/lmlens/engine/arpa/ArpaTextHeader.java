package org.lmlens.engine.arpa;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.Tokenizers;

/**
 * How the text behind an ARPA file was read, recorded in one comment line before {@code \data\} (where
 * KenLM, SRILM and {@link ArpaReader} skip any text), so that a test text read against the file is split
 * the same way: a model of whitespace tokens scored on {@code word} tokens loses every "don't" and "U.S.",
 * and a lowercased model meets capitals as unknown words.
 *
 * <pre>
 *   # lmlens-text-options: tokenizer=whitespace sentences=line lowercase=false encoding=auto min-count=1
 * </pre>
 *
 * The tokenizer is the one used ({@code auto} resolved); min-count is informative (it shaped the
 * vocabulary, which the file holds). Values are kept as written: {@link #textOptions} checks them when they
 * are used, so a damaged or newer header is a clear message, not a silent default.
 */
public record ArpaTextHeader(String tokenizer, String sentences, boolean lowercase, String encoding, int minCount) {
    static final String PREFIX = "lmlens-text-options:";

    /** The header of a text read with these options (tokenizer resolved) and min-count. */
    public static ArpaTextHeader of(TextOptions options, int minCount) {
        return new ArpaTextHeader(options.tokenizer().name(), options.sentenceMode().cliName(), options.lowercase(),
                options.encodingName(), minCount);
    }

    /** The comment's text, without the leading {@code "# "}. */
    public String comment() {
        return PREFIX + " tokenizer=" + tokenizer + " sentences=" + sentences + " lowercase=" + lowercase
                + " encoding=" + encoding + " min-count=" + minCount;
    }

    /** The header in a comment line ({@code "# lmlens-text-options: …"}), or null for any other line. */
    static ArpaTextHeader parse(String line, String fileName, int lineNumber) {
        String t = line.strip();
        if (!t.startsWith("#")) {
            return null;
        }
        t = t.substring(1).strip();
        if (!t.startsWith(PREFIX)) {
            return null;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : t.substring(PREFIX.length()).strip().split("\\s+")) {
            int eq = field.indexOf('=');
            if (eq > 0) {
                values.put(field.substring(0, eq), field.substring(eq + 1));
            }
        }
        String lower = values.getOrDefault("lowercase", "false");
        String minCount = values.getOrDefault("min-count", "1");
        if (!values.containsKey("tokenizer") || !values.containsKey("sentences")
                || !(lower.equals("true") || lower.equals("false")) || !minCount.matches("\\d{1,9}")) {
            throw new LmLensException(fileName + ", line " + lineNumber + ": damaged '" + PREFIX + "' comment: '"
                    + line.strip() + "' (expected tokenizer=NAME sentences=MODE lowercase=true|false encoding=NAME"
                    + " min-count=K)");
        }
        return new ArpaTextHeader(values.get("tokenizer"), values.get("sentences"), Boolean.parseBoolean(lower),
                values.getOrDefault("encoding", TextOptions.AUTO_ENCODING), Integer.parseInt(minCount));
    }

    /** The recorded options as the engine's, or a clear refusal naming what this build does not know. */
    public TextOptions textOptions(String fileName) {
        try {
            return new TextOptions(Tokenizers.byName(tokenizer), SentenceMode.byName(sentences), lowercase,
                    TextOptions.parseEncoding(encoding));
        } catch (LmLensException e) {
            throw new LmLensException(fileName + " records text options this LM Lens cannot apply (" + e.getMessage()
                    + "): give --tokenizer, --sentences and --encoding explicitly", e);
        }
    }
}
