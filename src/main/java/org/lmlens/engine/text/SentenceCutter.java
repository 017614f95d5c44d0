package org.lmlens.engine.text;

import java.util.function.Consumer;

/**
 * Cuts decoded lines into sentence texts, by the {@link SentenceMode}:
 * <ul>
 *   <li>{@code line}: each line is a sentence;</li>
 *   <li>{@code punct}: a sentence ends at an end mark — {@code . ! ? 。 ！ ？} and any run of them, with the
 *       closing quotes and brackets right after it ({@code ”）」』》"')]}) — or at a blank line, or at the end
 *       of a file. A full stop ends a sentence only before white space or the line end, so 3.14 and e.g.
 *       stay whole. A line break alone does not end a sentence: the lines of a hard-wrapped paragraph are
 *       joined, directly between two characters of scripts written without spaces (以 / 及 gives 以及), with
 *       a space otherwise. A sentence longer than {@link LineReader#MAX_LINE} characters (a text without
 *       end marks or blank lines) is cut there, so memory stays bounded.</li>
 * </ul>
 * Not thread-safe: one cutter per text being read, fed in order; call {@link #endOfFile()} after each file
 * so that no sentence spans two files.
 */
final class SentenceCutter {
    private final SentenceMode mode;
    private final Consumer<String> sentences;
    private final StringBuilder pending = new StringBuilder();

    SentenceCutter(SentenceMode mode, Consumer<String> sentences) {
        this.mode = mode;
        this.sentences = sentences;
    }

    void line(String line) {
        if (mode == SentenceMode.LINE) {
            sentences.accept(line);
            return;
        }
        if (isBlank(line)) {
            endOfFile();
            return;
        }
        String text = line.strip();
        if (pending.length() > 0) {
            int last = pending.codePointBefore(pending.length());
            int first = text.codePointAt(0);
            if (!(isUnspaced(last) && isUnspaced(first))) {
                pending.append(' ');
            }
        }
        int start = pending.length();
        pending.append(text);
        cut(start);
        if (pending.length() >= LineReader.MAX_LINE) {
            endOfFile();
        }
    }

    /** Ends the sentence in progress, if any (at a blank line and at the end of a file). */
    void endOfFile() {
        if (pending.length() > 0) {
            sentences.accept(pending.toString());
            pending.setLength(0);
        }
    }

    /** Hands out every complete sentence in the pending text, looking for end marks from {@code from} on. */
    private void cut(int from) {
        int start = 0;
        int n = pending.length();
        int i = from;
        while (i < n) {
            if (isTerminator(pending, i)) {
                int end = i + 1;
                while (end < n && (isTerminatorChar(pending.charAt(end)) || isCloser(pending.charAt(end)))) {
                    end++;
                }
                sentences.accept(pending.substring(start, end));
                while (end < n && Character.isWhitespace(pending.charAt(end))) {
                    end++;
                }
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        pending.delete(0, start);
        // what is left may start with the spaces after the last end mark
        while (pending.length() > 0 && Character.isWhitespace(pending.charAt(0))) {
            pending.deleteCharAt(0);
        }
    }

    private static boolean isUnspaced(int cp) {
        return WordTokenizer.isUnspacedScript(cp) || Detokenizer.isUnspaced(Character.toString(cp));
    }

    private static boolean isBlank(String line) {
        return line.codePoints().allMatch(CharTokenizer::isSeparator);
    }

    /** A full stop ends a sentence only before space or the line end, so 3.14 and e.g. stay whole. */
    private static boolean isTerminator(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c == '.') {
            int j = i + 1;
            while (j < text.length() && (text.charAt(j) == '.' || isCloser(text.charAt(j)))) {
                j++;
            }
            return j >= text.length() || Character.isWhitespace(text.charAt(j));
        }
        return isTerminatorChar(c);
    }

    private static boolean isTerminatorChar(char c) {
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’' || c == '」' || c == '』'
                || c == '）' || c == '】' || c == '》';
    }
}
