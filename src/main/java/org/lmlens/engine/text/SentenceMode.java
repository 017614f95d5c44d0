package org.lmlens.engine.text;

import java.util.Locale;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;

/** How a text is cut into sentences; the rule is in {@link SentenceCutter}. */
public enum SentenceMode {
    /** Each non-empty line is one sentence: for corpora prepared one sentence per line. */
    LINE,
    /**
     * A sentence ends at . ! ? 。！？ (the end mark stays its last token), at a blank line or at the end of
     * a file, not at a line break: for raw prose, hard-wrapped or not.
     */
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
