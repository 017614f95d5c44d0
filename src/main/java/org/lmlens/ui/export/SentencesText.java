package org.lmlens.ui.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lmlens.engine.model.GeneratedSentence;
import org.lmlens.engine.text.Detokenizer;

/**
 * Generated sentences as plain UTF-8 text, one per line, joined the way they read (Chinese without spaces).
 * An unfinished sentence (cut at the length limit) ends with an ellipsis so a reader is not misled.
 */
public final class SentencesText {
    private SentencesText() {
    }

    public static String toText(List<GeneratedSentence> sentences) {
        StringBuilder sb = new StringBuilder();
        for (GeneratedSentence s : sentences) {
            sb.append(Detokenizer.join(s.words()));
            if (!s.finished()) {
                sb.append(" …");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public static byte[] toBytes(List<GeneratedSentence> sentences) {
        return toText(sentences).getBytes(StandardCharsets.UTF_8);
    }
}
