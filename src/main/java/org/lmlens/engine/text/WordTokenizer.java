package org.lmlens.engine.text;

import java.util.function.Consumer;

/**
 * Unicode-aware words for raw prose (any script), in one left-to-right scan:
 * <ul>
 *   <li>a word is a run of letters, marks and digits; an apostrophe (' or ’) or a hyphen inside a word
 *       keeps it whole, so {@code don't}, {@code o'clock}, {@code well-known} and {@code 1960s} are one
 *       token each (contractions stay readable words, which is what a student expects to see in a count
 *       table);</li>
 *   <li>a number keeps its decimal point or thousands separator: {@code 3.14}, {@code 1,000};</li>
 *   <li>Han ideographs, kana and other scripts written without spaces are one token per character,
 *       so mixed Chinese/English text stays usable (the Chinese tokenizers do better for Chinese);</li>
 *   <li>white space, control characters and invisible marks (see {@link CharTokenizer#isSeparator})
 *       separate tokens;</li>
 *   <li>every other visible character is a token of its own; a run of the same mark ({@code ...},
 *       {@code --}, {@code !!}) is one token.</li>
 * </ul>
 */
public final class WordTokenizer implements Tokenizer {
    @Override
    public String name() {
        return "word";
    }

    @Override
    public void tokenize(CharSequence s, Consumer<String> sink) {
        scan(s, sink, true);
    }

    /** The scan; {@code groupMarks}: a run of the same mark is one token ({@code word}) or one each ({@code char}). */
    static void scan(CharSequence s, Consumer<String> sink, boolean groupMarks) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(s, i);
            int len = Character.charCount(cp);
            if (CharTokenizer.isSeparator(cp)) {
                i += len;
            } else if (isUnspacedScript(cp)) {
                int end = CharTokenizer.clusterEnd(s, i);
                sink.accept(s.subSequence(i, end).toString());
                i = end;
            } else if (isWordChar(cp)) {
                int end = scanWord(s, i);
                sink.accept(s.subSequence(i, end).toString());
                i = end;
            } else {
                int end = CharTokenizer.clusterEnd(s, i);
                if (groupMarks && end == i + len) {
                    while (end < n && Character.codePointAt(s, end) == cp) {
                        end += len;
                    }
                }
                sink.accept(s.subSequence(i, end).toString());
                i = end;
            }
        }
    }

    private static int scanWord(CharSequence s, int start) {
        int n = s.length();
        int i = start;
        while (i < n) {
            int cp = Character.codePointAt(s, i);
            if (isWordChar(cp) && !isUnspacedScript(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            // A joiner stays inside the word only when a word character follows it.
            if (isJoiner(cp, s, i) && i + 1 < n) {
                int after = Character.codePointAt(s, i + 1);
                if (isWordChar(after) && !isUnspacedScript(after)) {
                    i += 1;
                    continue;
                }
            }
            break;
        }
        return i;
    }

    private static boolean isJoiner(int cp, CharSequence s, int i) {
        if (cp == '\'' || cp == '\u2019' || cp == '-') {
            return true;
        }
        // 3.14 and 1,000: a point or comma between two digits.
        return (cp == '.' || cp == ',') && i > 0 && Character.isDigit(s.charAt(i - 1))
                && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || CharTokenizer.isAttached(cp) || cp == '_';
    }

    static boolean isUnspacedScript(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
    }
}
