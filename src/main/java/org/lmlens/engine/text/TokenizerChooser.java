package org.lmlens.engine.text;

/**
 * The rule behind the {@code auto} tokenizer: look at a sample of the text (the first 64 KB of each
 * file) and choose what a teacher would choose.
 * <ol>
 *   <li><b>Chinese or Japanese text</b>: Han characters and kana at least as many as the words of other
 *     scripts. A Han character is weighed against a whole Latin word, not its letters, since both are
 *     about one unit of meaning: "我们用 Python 训练 GPT-3 模型" has 7 Han characters and 2 Latin words, and
 *     a Chinese blog full of English terms is still Chinese.
 *     <ul>
 *       <li>{@code whitespace} for Chinese already segmented into words (as in the PKU or CTB corpora):
 *           at least 30% of neighbouring Han characters are one space apart;</li>
 *       <li>{@code char} for Japanese (kana at least a tenth of the characters);</li>
 *       <li>{@code char} for classical verse such as 唐诗: at least 60% of the clauses (runs of Han
 *           characters between punctuation) have 5 or 7 characters. A poem's unit is the character,
 *           and a word segmenter trained on modern text cuts classical lines badly;</li>
 *       <li>{@code char} for classical prose (文言): its function words 之 乎 者 也 矣 焉 哉 兮 曰 其 而 於 乃 吾
 *           汝 亦 莫 are at least 2% of the Han characters and more than twice the modern particles
 *           的 了 们 这 着 吗 呢 吧 么 啊 (and their traditional forms);</li>
 *       <li>{@code zh-word} otherwise: modern Chinese, with or without particles (news headlines have
 *           none), in simplified or traditional characters (the reason says which: traditional text is
 *           segmented on a simplified copy, see {@link ZhWordTokenizer}).</li>
 *     </ul></li>
 *   <li><b>Pre-tokenised text</b> such as the Brown corpus: at least 10 punctuation marks, and at least
 *       90% of them stand alone between spaces ({@code said , `` no evidence '' .}): {@code whitespace};</li>
 *   <li><b>Everything else</b> (raw prose in any script written with spaces): {@code word}.</li>
 * </ol>
 * A user who wants another tokenizer names it; the choice and its reason are reported in {@link TextInfo}.
 */
public final class TokenizerChooser {
    /** A tokenizer and why it was chosen, e.g. {@code char}, "classical Chinese verse". */
    public record Choice(Tokenizer tokenizer, String reason) {
    }

    private static final String MODERN_PARTICLES = "的了们这着吗呢吧么啊們這著嗎麼";
    private static final String CLASSICAL_WORDS = "之乎者也矣焉哉兮曰其而於乃吾汝亦莫";
    /** Traditional-only characters from this share of the Han characters on: traditional text. */
    static final double TRADITIONAL_SHARE = 0.05;

    private TokenizerChooser() {
    }

    public static Choice choose(CharSequence sample) {
        int cjk = 0;
        int kana = 0;
        int otherWords = 0;
        int particles = 0;
        int classical = 0;
        boolean inWord = false;
        for (int i = 0; i < sample.length(); ) {
            int cp = Character.codePointAt(sample, i);
            i += Character.charCount(cp);
            boolean unspaced = WordTokenizer.isUnspacedScript(cp);
            boolean wordChar = !unspaced && (Character.isLetterOrDigit(cp) || CharTokenizer.isAttached(cp));
            boolean startsWord = wordChar && !inWord && Character.isLetter(cp);
            inWord = wordChar;
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HAN) {
                cjk++;
                if (MODERN_PARTICLES.indexOf(cp) >= 0) {
                    particles++;
                } else if (CLASSICAL_WORDS.indexOf(cp) >= 0) {
                    classical++;
                }
            } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                cjk++;
                kana++;
            } else if (startsWord) {
                otherWords++;
            }
        }
        if (cjk > 0 && cjk >= otherWords) {
            return chooseChinese(sample, cjk, kana, particles, classical);
        }
        if (isPreTokenised(sample)) {
            return new Choice(Tokenizers.byName("whitespace"), "pre-tokenised: punctuation stands between spaces");
        }
        return new Choice(Tokenizers.byName("word"), "raw text");
    }

    private static Choice chooseChinese(CharSequence sample, int cjk, int kana, int particles, int classical) {
        Tokenizer chars = Tokenizers.byName("char");
        if (spacedHanShare(sample) >= 0.3) {
            return new Choice(Tokenizers.byName("whitespace"), "Chinese already segmented: words stand between spaces");
        }
        if (kana * 10 >= cjk) {
            return new Choice(chars, "Japanese: one token per character");
        }
        if (verseShare(sample) >= 0.6) {
            return new Choice(chars, "classical Chinese verse: one token per character");
        }
        if (classical * 50 >= cjk && classical > 2 * particles) {
            return new Choice(chars, "classical Chinese: one token per character");
        }
        String script = Traditional.traditionalShare(sample) >= TRADITIONAL_SHARE
                ? "modern Chinese in traditional characters: words segmented by jieba on a simplified copy"
                : "modern Chinese: words segmented by jieba";
        return new Choice(Tokenizers.byName(ZhWordTokenizer.NAME), script);
    }

    /** Of all neighbouring Han characters (next to each other or one space apart), the share a space apart. */
    static double spacedHanShare(CharSequence s) {
        int adjacent = 0;
        int spaced = 0;
        int previous = -1; // index just after the last Han character
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            int next = i + Character.charCount(cp);
            if (ZhWordTokenizer.isHan(cp)) {
                if (previous == i) {
                    adjacent++;
                } else if (previous > 0 && previous == i - 1 && s.charAt(i - 1) == ' ') {
                    spaced++;
                }
                previous = next;
            }
            i = next;
        }
        return adjacent + spaced == 0 ? 0 : (double) spaced / (adjacent + spaced);
    }

    /** The share of clauses (maximal runs of Han characters) that have 5 or 7 characters. */
    static double verseShare(CharSequence s) {
        int clauses = 0;
        int verse = 0;
        int run = 0;
        for (int i = 0; i <= s.length(); ) {
            int cp = i < s.length() ? Character.codePointAt(s, i) : ' ';
            i += i < s.length() ? Character.charCount(cp) : 1;
            if (ZhWordTokenizer.isHan(cp)) {
                run++;
            } else if (run > 0) {
                clauses++;
                if (run == 5 || run == 7) {
                    verse++;
                }
                run = 0;
            }
        }
        return clauses == 0 ? 0 : (double) verse / clauses;
    }

    /**
     * True when at least 10 punctuation marks occur and 90% of them are whole space-separated tokens.
     * Apostrophes and hyphens inside words and points or commas inside numbers are not counted.
     */
    static boolean isPreTokenised(CharSequence s) {
        int marks = 0;
        int standalone = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (".,;:!?\"()`'".indexOf(c) < 0) {
                continue;
            }
            char before = i > 0 ? s.charAt(i - 1) : ' ';
            char after = i + 1 < n ? s.charAt(i + 1) : ' ';
            if ((c == '\'' || c == '.' || c == ',') && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after)) {
                continue;
            }
            marks++;
            if (isPunctuationToken(s, i)) {
                standalone++;
            }
        }
        return marks >= 10 && standalone >= marks * 0.9;
    }

    /** True when the space-delimited token around position i has no letter or digit. */
    private static boolean isPunctuationToken(CharSequence s, int i) {
        // A token longer than 16 characters is not a punctuation token (and this keeps the scan linear).
        int start = i;
        while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
            if (i - --start > 16) {
                return false;
            }
        }
        int end = i;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            if (++end - i > 16) {
                return false;
            }
        }
        for (int j = start; j < end; j++) {
            if (Character.isLetterOrDigit(s.charAt(j))) {
                return false;
            }
        }
        return true;
    }
}
