package org.lmlens.ui.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.lmlens.engine.text.SentenceMode;

/** The sample texts listed in {@code /sample-texts/samples.properties} on the classpath. */
public final class Samples {
    static final String FOLDER = "/sample-texts/";

    private Samples() {
    }

    public static List<Sample> all() {
        Properties p = new Properties();
        try (InputStream in = Samples.class.getResourceAsStream(FOLDER + "samples.properties")) {
            if (in == null) {
                return List.of();
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return List.of();
        }
        List<Sample> out = new ArrayList<>();
        for (String id : p.getProperty("samples", "").split(",")) { // i18n-ok: property keys
            String k = id.trim();
            if (k.isEmpty() || p.getProperty(k + ".file") == null) { // i18n-ok: property keys
                continue;
            }
            out.add(new Sample(k, p.getProperty(k + ".file"), p.getProperty(k + ".name.en", k), // i18n-ok: property keys
                    p.getProperty(k + ".name.zh", p.getProperty(k + ".name.en", k)), // i18n-ok: property keys
                    p.getProperty(k + ".tokenizer", "word"), // i18n-ok: property keys
                    Boolean.parseBoolean(p.getProperty(k + ".lowercase", "false")), // i18n-ok: property keys
                    SentenceMode.byName(p.getProperty(k + ".sentenceMode", "line")))); // i18n-ok: property keys
        }
        return List.copyOf(out);
    }

    public static Sample byId(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no sample " + id)); // i18n-ok: property keys
    }
}
