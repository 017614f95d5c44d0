package org.lmlens.engine.bpe;

import java.util.BitSet;

/**
 * How one tokenizer cut a text: tokens, tokens per character and per word, vocabulary size, and how many
 * Han characters it split across several tokens (a character whose UTF-8 bytes do not all lie in one
 * token: GPT-2 splits most Chinese characters in two or three byte tokens, GPT-4o far fewer). Characters
 * are code points other than line breaks; words are runs of characters other than white space.
 */
public record CutStatistics(String tokenizer, int tokens, long characters, long words, int vocabularySize,
                            long hanCharacters, long splitHanCharacters) {

    public static CutStatistics of(LabTokenizer tokenizer, Cut cut) {
        byte[] text = cut.text();
        BitSet boundaries = new BitSet(text.length + 1);
        for (Cut.Token t : cut.tokens()) {
            boundaries.set(t.start());
            boundaries.set(t.end());
        }
        long characters = 0;
        long words = 0;
        long han = 0;
        long split = 0;
        boolean inWord = false;
        int i = 0;
        while (i < text.length) {
            int n = Math.max(1, ByteText.charLength(text, i, text.length));
            int cp = n == 1 ? text[i] & 0xFF : new String(text, i, n, java.nio.charset.StandardCharsets.UTF_8).codePointAt(0);
            boolean space = Character.isWhitespace(cp);
            if (cp != '\n' && cp != '\r') {
                characters++;
            }
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
            if (n > 1 && PreSplit.isHan(cp)) {
                han++;
                int inside = boundaries.nextSetBit(i + 1);
                if (inside >= 0 && inside < i + n) {
                    split++;
                }
            }
            i += n;
        }
        return new CutStatistics(tokenizer.name(), cut.tokens().size(), characters, words,
                tokenizer.vocabularySize(cut), han, split);
    }

    public double tokensPerCharacter() {
        return characters == 0 ? 0 : (double) tokens / characters;
    }

    public double tokensPerWord() {
        return words == 0 ? 0 : (double) tokens / words;
    }

    /** The share of Han characters split across tokens (0 when the text has none). */
    public double splitShare() {
        return hanCharacters == 0 ? 0 : (double) splitHanCharacters / hanCharacters;
    }
}
