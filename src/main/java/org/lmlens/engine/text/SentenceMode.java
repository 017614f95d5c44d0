package org.lmlens.engine.text;

import java.util.Locale;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;

/** How a text is cut into sentences. Sentences never span a line break in either mode. */
public enum SentenceMode {
    /** Each non-empty line is one sentence: for corpora prepared one sentence per line. */
    LINE,
    /** Split on . ! ? 。！？ (and line breaks): for raw prose. The terminator stays the last token. */
    PUNCT;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SentenceMode byName(String name) {
        for (SentenceMode m : values()) {
            if (m.cliName().equalsIgnoreCase(name.trim())) {
                return m;
            }
        }
        throw new LmLensException(EngineMessages.get("text.unknownSentenceMode", name));
    }
}
