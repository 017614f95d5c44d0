package org.lmlens.ui.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.classify.ClassFolder;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.session.Sample;

/**
 * The shipped class set: the four Tang poets under {@code /sample-texts/tang-poets/}, listed in its
 * {@code classes.txt}; each file is opened like a sample text (from the jar it is copied out once).
 */
final class SampleClassSet {
    static final String FOLDER = "tang-poets/";
    static final String TOKENIZER = "char"; // i18n-ok: tokenizer name

    private SampleClassSet() {
    }

    /** The classes with their files (call off the FX thread: files may be copied out of the jar). */
    static List<ClassEntry> load() {
        List<ClassEntry> out = new ArrayList<>();
        for (String name : names()) {
            ClassEntry e = new ClassEntry(name);
            e.training().add(open(name + ClassFolder.TRAIN));
            e.test().add(open(name + ClassFolder.TEST));
            out.add(e);
        }
        return out;
    }

    private static java.nio.file.Path open(String file) {
        Sample s = new Sample(file, FOLDER + file, file, file, TOKENIZER, false,
                org.lmlens.engine.text.SentenceMode.LINE);
        return s.open().files().get(0);
    }

    private static List<String> names() {
        String resource = "/sample-texts/" + FOLDER + "classes.txt"; // i18n-ok: resource path
        try (InputStream in = SampleClassSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new LmLensException(I18n.get("error.sample.missing", resource));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new LmLensException(I18n.get("error.sample.read", resource, e.getMessage()));
        }
    }
}
