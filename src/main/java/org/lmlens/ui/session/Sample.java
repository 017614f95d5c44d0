package org.lmlens.ui.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;
import org.lmlens.i18n.I18n;

/** One text of the Samples menu, packed in the jar under {@code /sample-texts/}, with the options that suit it. */
public record Sample(String id, String file, String nameEn, String nameZh, String tokenizer, boolean lowercase,
                     SentenceMode sentenceMode) {

    public String displayName(Locale locale) {
        return "zh".equals(locale.getLanguage()) // i18n-ok: language code
                ? nameZh : nameEn;
    }

    /** The recommended options; a tokenizer this build lacks falls back to the default one. */
    public TextOptions options() {
        TextOptions o = TextOptions.defaults();
        boolean known = Tokenizers.all().stream().anyMatch(t -> t.name().equals(tokenizer));
        return o.withTokenizer(known ? Tokenizers.byName(tokenizer) : o.tokenizer())
                .withLowercase(lowercase).withSentenceMode(sentenceMode);
    }

    /** Reads the text from the classpath (call it off the FX thread: Brown is 5 MB). */
    public TextSource open() {
        String resource = Samples.FOLDER + file;
        try (InputStream in = Sample.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new LmLensException(I18n.get("error.sample.missing", resource));
            }
            return TextSource.ofString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LmLensException(I18n.get("error.sample.read", resource, e.getMessage()));
        }
    }
}
