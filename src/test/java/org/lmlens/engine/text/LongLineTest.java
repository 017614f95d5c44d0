package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.Progress;
import org.lmlens.engine.model.TrainedText;

/** A huge line without a break is read in pieces, with bounded memory, and no word is lost. */
class LongLineTest {
    @TempDir
    Path dir;

    @Test
    void aFiftyMegabyteLineIsReadInPieces() throws IOException {
        Path f = dir.resolve("one-line.txt");
        String words = "alpha beta gamma delta ";
        long chunks = 50L * 1024 * 1024 / words.length();
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            for (long i = 0; i < chunks; i++) {
                w.write(words);
            }
        }
        assertThat(Files.size(f)).isGreaterThanOrEqualTo(50L * 1024 * 1024 - words.length());

        TrainedText t = TrainedText.load(TextSource.ofFile(f), TextOptions.automatic(), 1, 1, Progress.NONE);

        assertThat((long) t.corpus().wordTokens()).isEqualTo(4 * chunks);
        assertThat(t.corpus().vocabulary().size()).isEqualTo(3 + 4);
        assertThat((long) t.corpus().sentenceCount()).isGreaterThanOrEqualTo(50L * 1024 * 1024 / LineReader.MAX_LINE);
    }

    @Test
    void piecesEndAfterWhiteSpaceAndKeepEveryCharacter() throws IOException {
        String line = "abc def ghi jkl";
        LineReader r = new LineReader(new StringReader(line + "\nnext\r\nlast"), 6);
        List<String> pieces = new ArrayList<>();
        for (String s = r.readLine(); s != null; s = r.readLine()) {
            pieces.add(s);
        }
        assertThat(pieces).containsExactly("abc ", "def ", "ghi ", "jkl", "next", "last");
    }

    @Test
    void withoutWhiteSpaceAPieceNeverSplitsASurrogatePairOrAMark() throws IOException {
        String text = "ab\uD83D\uDE00e\u0301fgh"; // a b 😀 é(e + combining acute) f g h
        LineReader r = new LineReader(new StringReader(text), 3);
        StringBuilder joined = new StringBuilder();
        for (String s = r.readLine(); s != null; s = r.readLine()) {
            assertThat(Character.isLowSurrogate(s.charAt(0))).isFalse();
            assertThat(CharTokenizer.isAttached(s.codePointAt(0))).isFalse();
            joined.append(s);
        }
        assertThat(joined.toString()).isEqualTo(text);
    }

    @Test
    void lineBreaksOfEveryKindAndEmptyLines() throws IOException {
        LineReader r = new LineReader(new StringReader("a\n\nb\r\rc\r\n"));
        List<String> lines = new ArrayList<>();
        for (String s = r.readLine(); s != null; s = r.readLine()) {
            lines.add(s);
        }
        assertThat(lines).containsExactly("a", "", "b", "", "c");
    }
}
