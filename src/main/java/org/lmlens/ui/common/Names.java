package org.lmlens.ui.common;

import org.lmlens.engine.smoothing.ParameterSpec;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.Tokenizer;
import org.lmlens.i18n.I18n;

/**
 * Display names of engine things, translated when the bundle knows them and the engine's own name or
 * description otherwise, so methods and tokenizers added later still show something sensible.
 */
public final class Names {
    private Names() {
    }

    public static String method(SmoothingMethod m) {
        return I18n.getOrDefault("method." + m.name() + ".name", m.name());
    }

    public static String method(String name) {
        return I18n.getOrDefault("method." + name + ".name", name);
    }

    public static String description(SmoothingMethod m) {
        return I18n.getOrDefault("method." + m.name() + ".description", m.description());
    }

    public static String tokenizer(Tokenizer t) {
        return I18n.getOrDefault("tokenizer." + t.name(), t.name());
    }

    public static String sentenceMode(SentenceMode m) {
        return I18n.getOrDefault("sentenceMode." + m.cliName(), m.cliName());
    }

    public static String parameter(SmoothingMethod m, ParameterSpec p) {
        return I18n.getOrDefault("param." + m.name() + "." + p.name() + ".name", p.name());
    }

    public static String parameterDescription(SmoothingMethod m, ParameterSpec p) {
        return I18n.getOrDefault("param." + m.name() + "." + p.name() + ".description", p.description());
    }
}
