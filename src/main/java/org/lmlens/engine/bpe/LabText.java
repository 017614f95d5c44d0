package org.lmlens.engine.bpe;

import org.lmlens.engine.Progress;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextReader;
import org.lmlens.engine.text.TextSource;

/** The text the tokenizer lab cuts: a source decoded as the engine reads it, lines joined by {@code \n}. */
public final class LabText {
    private LabText() {
    }

    /** The source's text, at most {@code maxChars} characters (whole lines, at least the first). */
    public static String read(TextSource source, TextOptions options, int maxChars, Progress progress) {
        StringBuilder sb = new StringBuilder();
        try {
            TextReader.readLines(source, options, line -> {
                if (sb.length() >= maxChars) {
                    throw new Full();
                }
                if (sb.length() > 0 && sb.length() + line.length() + 1 > maxChars) {
                    throw new Full();
                }
                sb.append(line).append('\n');
            }, progress);
        } catch (Full enough) {
            // the first maxChars characters are read
        }
        return sb.toString();
    }

    /** Stops reading once enough text is read. */
    private static final class Full extends RuntimeException {
        Full() {
            super(null, null, false, false);
        }
    }
}
