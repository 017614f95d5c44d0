package org.lmlens.engine.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * How raw text becomes sentences of tokens: the tokenizer, the sentence mode, lowercasing and the
 * character encoding of files. Immutable; the {@code with…} methods return modified copies.
 *
 * <p>The tokenizer may be {@code auto} ({@link Tokenizers#byName}{@code ("auto")}) and the encoding may be
 * {@code null}, meaning "detect it from each file"; reading a text resolves both and reports what it
 * chose in a {@link TextInfo}. A byte-order mark always wins over the encoding given here.
 *
 * <p>A {@link UserDictionary} (or null) goes with the {@code zh-word} tokenizer, and with {@code auto}
 * when it chooses {@code zh-word}: the tokenizer of these options is always the one bound to it.
 */
public record TextOptions(Tokenizer tokenizer, SentenceMode sentenceMode, boolean lowercase, Charset encoding,
                          UserDictionary userDictionary) {
    /** The name of automatic encoding detection on the command line and in settings. */
    public static final String AUTO_ENCODING = "auto";

    public TextOptions {
        Objects.requireNonNull(tokenizer, "tokenizer");
        Objects.requireNonNull(sentenceMode, "sentenceMode");
        tokenizer = Tokenizers.withDictionary(tokenizer, userDictionary);
    }

    public TextOptions(Tokenizer tokenizer, SentenceMode sentenceMode, boolean lowercase, Charset encoding) {
        this(tokenizer, sentenceMode, lowercase, encoding, null);
    }

    /** Word tokens, one sentence per line, case kept, UTF-8. */
    public static TextOptions defaults() {
        return new TextOptions(Tokenizers.byName("word"), SentenceMode.LINE, false, StandardCharsets.UTF_8);
    }

    /** What a user gets without choosing: tokenizer and encoding chosen from the text, one sentence per line. */
    public static TextOptions automatic() {
        return new TextOptions(Tokenizers.byName(AutoTokenizer.NAME), SentenceMode.LINE, false, null);
    }

    public TextOptions withTokenizer(Tokenizer t) {
        return new TextOptions(t, sentenceMode, lowercase, encoding, userDictionary);
    }

    public TextOptions withSentenceMode(SentenceMode m) {
        return new TextOptions(tokenizer, m, lowercase, encoding, userDictionary);
    }

    public TextOptions withLowercase(boolean lower) {
        return new TextOptions(tokenizer, sentenceMode, lower, encoding, userDictionary);
    }

    /** A fixed encoding, or {@code null} to detect it. */
    public TextOptions withEncoding(Charset cs) {
        return new TextOptions(tokenizer, sentenceMode, lowercase, cs, userDictionary);
    }

    /** With a user dictionary for {@code zh-word} (null for none). */
    public TextOptions withUserDictionary(UserDictionary dictionary) {
        return new TextOptions(tokenizer, sentenceMode, lowercase, encoding, dictionary);
    }

    public TextOptions withAutoEncoding() {
        return withEncoding(null);
    }

    /** True when files' encodings are detected rather than given. */
    public boolean autoEncoding() {
        return encoding == null;
    }

    /** The encoding's name, or {@code auto}. */
    public String encodingName() {
        return encoding == null ? AUTO_ENCODING : encoding.name();
    }

    /**
     * Parses an encoding name as the CLI and settings write it: {@code auto} (any case) or a Java charset
     * name such as {@code UTF-8}, {@code GBK}, {@code GB18030}, {@code Big5}, {@code UTF-16LE}.
     *
     * @return the charset, or {@code null} for {@code auto}
     */
    public static Charset parseEncoding(String name) {
        if (name == null || name.isBlank() || name.trim().equalsIgnoreCase(AUTO_ENCODING)) {
            return null;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            throw new org.lmlens.engine.LmLensException(
                    org.lmlens.engine.EngineMessages.get("text.unknownEncoding", name));
        }
    }

    public String normalise(String token) {
        return lowercase ? token.toLowerCase(Locale.ROOT) : token;
    }
}
