package org.lmlens.engine.bpe;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.text.Tokenizers;

/**
 * How a text is cut into pieces before byte-level BPE; a merge never crosses a piece boundary.
 * <ul>
 *   <li>{@link #GPT2}: GPT-2's pattern (Radford et al. 2019, {@code encoder.py}; tiktoken's
 *       {@code r50k_base}): contractions, an optional space and a run of letters, of digits or of other
 *       marks, and runs of white space. A space sticks to the word after it ({@code " cat"}). A run of
 *       Chinese characters is one run of letters, so a whole clause of a poem is one piece and merges
 *       freely join the bytes of neighbouring characters, cutting many characters in two.</li>
 *   <li>{@link #HAN}: GPT-2's pattern, and every Han character a piece of its own. Merges then build
 *       Chinese characters out of their bytes and never join two of them: no character is ever split
 *       across tokens once it is learnt, at the price of learning no multi-character words.</li>
 *   <li>{@link #ZH_WORD}: GPT-2's pattern, and each run of Han characters cut into words by jieba (the
 *       {@code zh-word} tokenizer): merges may build whole modern Chinese words (中国, 我们) but never
 *       join two words.</li>
 * </ul>
 */
public enum PreSplit {
    GPT2("gpt2"), HAN("han"), ZH_WORD("zh-word");

    /** GPT-2's pattern, exactly as tiktoken and jtokkit compile it for r50k_base. */
    static final Pattern GPT2_PATTERN = Pattern.compile(
            "'(?:[sdmt]|ll|ve|re)| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final String cliName;

    PreSplit(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static PreSplit byName(String name) {
        for (PreSplit p : values()) {
            if (p.cliName.equalsIgnoreCase(name.trim())) {
                return p;
            }
        }
        throw new LmLensException(EngineMessages.get("bpe.unknownPreSplit", name,
                String.join(", ", java.util.Arrays.stream(values()).map(PreSplit::cliName).toList())));
    }

    /** Passes the pieces of {@code text} in order; together they are the whole text. */
    public void split(CharSequence text, Consumer<String> pieces) {
        Matcher m = GPT2_PATTERN.matcher(text);
        while (m.find()) {
            String piece = m.group();
            if (this == GPT2 || !hasHan(piece)) {
                pieces.accept(piece);
            } else {
                splitHan(piece, pieces);
            }
        }
    }

    private void splitHan(String piece, Consumer<String> pieces) {
        int start = 0;
        int i = 0;
        while (i < piece.length()) {
            int cp = piece.codePointAt(i);
            if (!isHan(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < piece.length() && isHan(piece.codePointAt(end))) {
                end += Character.charCount(piece.codePointAt(end));
            }
            if (i > start) {
                pieces.accept(piece.substring(start, i));
            }
            String run = piece.substring(i, end);
            if (this == HAN) {
                run.codePoints().forEach(c -> pieces.accept(new String(Character.toChars(c))));
            } else {
                Tokenizers.byName("zh-word").tokenize(run, pieces);
            }
            start = end;
            i = end;
        }
        if (start < piece.length()) {
            pieces.accept(piece.substring(start));
        }
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(PreSplit::isHan);
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && Character.isLetter(cp);
    }

    @Override
    public String toString() {
        return cliName.toLowerCase(Locale.ROOT);
    }
}
