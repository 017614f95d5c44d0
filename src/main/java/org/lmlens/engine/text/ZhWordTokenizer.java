package org.lmlens.engine.text;

import java.util.List;
import java.util.function.Consumer;

/**
 * Chinese words, for modern Chinese prose: runs of Han characters are segmented into words by jieba
 * (dictionary + HMM for unknown words, the segmenter most Chinese NLP courses use), everything else is
 * tokenized exactly as {@link WordTokenizer} does it: Latin words and numbers stay whole, each
 * punctuation mark (。，“ …) is a token. So {@code 我用Java写了3.14个程序。} gives
 * 我 / 用 / Java / 写 / 了 / 3.14 / 个 / 程序 / 。.
 *
 * <p>Traditional characters are segmented on a simplified copy and keep their own characters
 * ({@link Traditional}): 臺灣大學 gives 臺灣 / 大學. A {@link UserDictionary} adds words (大语言模型, n 元语法);
 * without one, the tokenizer is the shared {@code zh-word} of {@link Tokenizers}.
 *
 * <p>The dictionary (5 MB) is loaded once, on first use, by the JVM's lazy and thread-safe class
 * initialisation; after that the segmenter only reads it, so the tokenizer is thread-safe.
 */
public final class ZhWordTokenizer implements Tokenizer {
    public static final String NAME = "zh-word";
    private final WordTokenizer others = new WordTokenizer();
    private final UserDictionary dictionary;
    private final List<UserDictionary.Entry> mixed;
    private volatile JiebaWords.Overlay overlay;

    public ZhWordTokenizer() {
        this(null);
    }

    /** With the words of a user dictionary (null for none). */
    public ZhWordTokenizer(UserDictionary dictionary) {
        this.dictionary = dictionary;
        this.mixed = dictionary == null ? List.of() : dictionary.mixedEntries();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The user dictionary, or null. */
    public UserDictionary dictionary() {
        return dictionary;
    }

    @Override
    public void tokenize(CharSequence s, Consumer<String> sink) {
        if (mixed.isEmpty()) {
            tokenizeWithoutMixed(s, sink);
            return;
        }
        int start = 0;
        for (int i = 0; i < s.length(); ) {
            int[] match = matchMixed(s, i);
            if (match == null) {
                i++;
                continue;
            }
            tokenizeWithoutMixed(s.subSequence(start, i), sink);
            sink.accept(mixed.get(match[1]).token());
            i = match[0];
            start = i;
        }
        tokenizeWithoutMixed(s.subSequence(start, s.length()), sink);
    }

    /**
     * The end and the entry of the longest user word with other than Han characters at {@code i}, or null.
     * A space in the entry matches any run of white space, or none; a word that begins or ends with a letter
     * or digit must not continue a Latin word of the text.
     */
    private int[] matchMixed(CharSequence s, int i) {
        if (i > 0 && isLatinWordChar(s.charAt(i - 1)) && isLatinWordChar(s.charAt(i))) {
            return null;
        }
        for (int e = 0; e < mixed.size(); e++) {
            String word = mixed.get(e).word();
            int j = i;
            int k = 0;
            while (k < word.length() && j <= s.length()) {
                char w = word.charAt(k);
                if (Character.isWhitespace(w)) {
                    k++;
                    while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                        j++;
                    }
                } else if (j < s.length() && s.charAt(j) == w) {
                    j++;
                    k++;
                } else {
                    break;
                }
            }
            if (k == word.length() && j > i
                    && !(j < s.length() && isLatinWordChar(s.charAt(j - 1)) && isLatinWordChar(s.charAt(j)))) {
                return new int[] {j, e};
            }
        }
        return null;
    }

    private static boolean isLatinWordChar(char c) {
        return Character.isLetterOrDigit(c) && !isHan(c);
    }

    private void tokenizeWithoutMixed(CharSequence s, Consumer<String> sink) {
        int n = s.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(s, i);
            if (isHan(cp)) {
                if (i > start) {
                    others.tokenize(s.subSequence(start, i), sink);
                }
                int end = i;
                while (end < n) {
                    int c = Character.codePointAt(s, end);
                    if (!isHan(c) && !(end > i && CharTokenizer.isAttached(c))) {
                        break;
                    }
                    end += Character.charCount(c);
                }
                segment(s.subSequence(i, end).toString(), sink);
                start = end;
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
        if (start < n) {
            others.tokenize(s.subSequence(start, n), sink);
        }
    }

    /**
     * jieba builds a graph over the whole run it is given; a run of Han characters longer than this
     * (only in text without punctuation) is segmented in pieces, which may split one word at a piece end.
     */
    static final int MAX_RUN = 4096;

    private void segment(String run, Consumer<String> sink) {
        int start = 0;
        while (run.length() - start > MAX_RUN) {
            int end = start + MAX_RUN;
            if (Character.isLowSurrogate(run.charAt(end))) {
                end--;
            }
            segmentPiece(run.substring(start, end), sink);
            start = end;
        }
        segmentPiece(start == 0 ? run : run.substring(start), sink);
    }

    private void segmentPiece(String run, Consumer<String> sink) {
        String simplified = Traditional.hasTraditional(run) ? Traditional.simplified(run) : run;
        List<String> words = dictionary == null ? JiebaWords.segment(simplified)
                : JiebaWords.segment(simplified, overlay());
        // jieba returns pieces of the run; if a version ever normalised them, fall back to characters.
        if (String.join("", words).equals(simplified) && words.stream().noneMatch(ZhWordTokenizer::splitsPair)) {
            int at = 0;
            for (int i = 0; i < words.size(); i++) {
                int end = at + words.get(i).length();
                // 二〇二七 is one number: jieba cuts at the 〇, which only ever stands inside numbers
                while (i + 1 < words.size() && isZeroNumeral(run, at, end + words.get(i + 1).length())) {
                    end += words.get(++i).length();
                }
                sink.accept(run.substring(at, end));
                at = end;
            }
        } else {
            new CharTokenizer().tokenize(run, sink);
        }
    }

    private static final String DIGITS = "〇一二三四五六七八九";

    /** True when run[from, to) is written in the digits 〇一…九 alone and holds a 〇. */
    private static boolean isZeroNumeral(String run, int from, int to) {
        boolean zero = false;
        for (int i = from; i < to; i++) {
            char c = run.charAt(i);
            if (DIGITS.indexOf(c) < 0) {
                return false;
            }
            zero |= c == '〇';
        }
        return zero;
    }

    private JiebaWords.Overlay overlay() {
        JiebaWords.Overlay o = overlay;
        if (o == null) {
            synchronized (this) {
                if (overlay == null) {
                    overlay = JiebaWords.overlay(dictionary);
                }
                o = overlay;
            }
        }
        return o;
    }

    private static boolean splitsPair(String w) {
        return w.isEmpty() || Character.isLowSurrogate(w.charAt(0)) || Character.isHighSurrogate(w.charAt(w.length() - 1));
    }

    /**
     * A Han character: a letter of the Han script, or 〇 (U+3007, a number letter of that script), so that
     * 二〇二七年 is one run of characters and not cut at its zero.
     */
    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                && (Character.isLetter(cp) || cp == 0x3007);
    }
}
