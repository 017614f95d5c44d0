package org.lmlens.ui.session;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /**
     * The text as a file source (call it off the FX thread). From a classes folder (javafx:run) the
     * resource is the file itself; from the jar it is copied once into a temporary folder, so the engine
     * streams it like any file instead of holding a 5 MB string.
     */
    public TextSource open() {
        String resource = Samples.FOLDER + file;
        URL url = Sample.class.getResource(resource);
        if (url == null) {
            throw new LmLensException(I18n.get("error.sample.missing", resource));
        }
        try {
            if ("file".equals(url.getProtocol())) { // i18n-ok: URL protocol
                return TextSource.ofFile(Path.of(url.toURI()));
            }
            return TextSource.ofFile(extracted(resource));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            if (e instanceof LmLensException l) {
                throw l;
            }
            throw new LmLensException(I18n.get("error.sample.read", resource, e.getMessage()));
        }
    }

    private Path extracted(String resource) throws IOException {
        synchronized (Sample.class) {
            if (extractDir == null) {
                extractDir = Files.createTempDirectory("lmlens-samples");
                extractDir.toFile().deleteOnExit();
            }
        }
        Path target = extractDir.resolve(file);
        synchronized (Sample.class) {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path partial = extractDir.resolve(file + ".part");
                try (InputStream in = Sample.class.getResourceAsStream(resource)) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                target.toFile().deleteOnExit();
            }
        }
        return target;
    }

    private static Path extractDir;
}
