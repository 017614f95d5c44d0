package org.lmlens.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.text.SpacedTexts;
import org.lmlens.engine.text.TempFolders;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextReader;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/**
 * A corpus read from files is exactly the one built from the same tokens given as lists: same words in
 * the same order, same ids, same frequencies, same lookups; and a test text encoded with either
 * vocabulary gets the same ids. The tokens hold non-ASCII spaces ("x\u3000y"), case variants folded by
 * lowercasing, a second file in another encoding, and markup.
 */
class FileCorpusTest {
    private static final List<String> TOKENS = List.of("x", "y", "x\u3000y", "y\u3000z", "z", "nb\u00a0sp", "nb",
            "sp", "The", "the", "THE", "über", "Über", "中文", "<s>", "</s>", "<unk>", "<tag>", "exactly8",
            "sixteen_bytes_xxy", "a-much-longer-token-of-many-bytes", "é");
    private static final List<String> GAPS = List.of(" ", " ", " ", "\t", "\n", "\r\n", "\u3000");

    @TempDir
    Path dir;

    @Provide
    Arbitrary<String> texts() {
        return SpacedTexts.of(TOKENS, GAPS, 1, 40);
    }

    @Property(tries = 300)
    void sameCorpusAsLookingEveryWordUp(@ForAll("texts") String first, @ForAll("texts") String second,
                                        @ForAll("texts") String test, @ForAll boolean lowercase,
                                        @ForAll boolean twoFiles, @ForAll boolean secondInGb18030,
                                        @ForAll @IntRange(min = 1, max = 2) int minCount) throws IOException {
        Path tmp = Files.createTempDirectory("file-corpus");
        try {
            List<Path> files = new ArrayList<>();
            files.add(write(tmp, "one.txt", first, StandardCharsets.UTF_8));
            if (twoFiles) {
                files.add(write(tmp, "two.txt", second,
                        secondInGb18030 ? Charset.forName("GB18030") : StandardCharsets.UTF_8));
            }
            TextSource source = TextSource.ofFiles(files);
            TextOptions options = TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace"))
                    .withLowercase(lowercase).withAutoEncoding();
            Corpus fast;
            try {
                fast = CorpusBuilder.train(source, options, minCount, Progress.NONE);
            } catch (LmLensException noWords) {
                return; // only markup: refused alike (BadInputTest)
            }
            Corpus slow = CorpusBuilder.train(tokensOf(source, options), minCount);
            assertSame(fast, slow);

            TextSource testSource = TextSource.ofFile(write(tmp, "test.txt", test, StandardCharsets.UTF_8));
            Corpus viaFileWords;
            try {
                viaFileWords = CorpusBuilder.encode(testSource, options, fast.vocabulary(), Progress.NONE);
            } catch (LmLensException noWords) {
                return;
            }
            Corpus viaWords = CorpusBuilder.encode(testSource, options, slow.vocabulary(), Progress.NONE);
            assertThat(viaFileWords.tokenArray()).isEqualTo(viaWords.tokenArray());
            assertThat(viaFileWords.startArray()).isEqualTo(viaWords.startArray());
            assertThat(viaFileWords.oovTokens()).isEqualTo(viaWords.oovTokens());
        } finally {
            TempFolders.delete(tmp);
        }
    }

    @Test
    void anEnglishTextGetsItsWordsMostFrequentFirst() throws IOException {
        TextSource source = TextSource.ofFile(write(dir, "en.txt", "the cat sat\nthe dog <s> sat down\n",
                StandardCharsets.UTF_8));
        Corpus corpus = CorpusBuilder.train(source, TextOptions.defaults()
                .withTokenizer(Tokenizers.byName("whitespace")).withLowercase(false), 1, Progress.NONE);
        Vocabulary v = corpus.vocabulary();
        assertThat(v.word(6)).isEqualTo("dog");
        assertThat(v.word(3)).isEqualTo("the");
        assertThat(v.words()).containsExactly("<unk>", "<s>", "</s>", "the", "sat", "cat", "dog", "down");
        assertThat(v.id("dog")).isEqualTo(6);
        assertThat(v.id("bird")).isEqualTo(Vocabulary.UNK);
        assertThat(v.contains("<s>")).isTrue();

        // A split run brings an ASCII word another way: the spellings no longer tell every word.
        TextSource split = TextSource.ofFile(write(dir, "split.txt", "cat\u3000dog cat\n", StandardCharsets.UTF_8));
        Vocabulary w = CorpusBuilder.train(split, TextOptions.defaults()
                .withTokenizer(Tokenizers.byName("whitespace")).withLowercase(false), 1, Progress.NONE).vocabulary();
        assertThat(w.words()).containsExactly("<unk>", "<s>", "</s>", "cat", "dog");
    }

    @Test
    void aLineLongerThanTheByteLimitMeetsTheWordsReadBeforeIt() throws IOException {
        StringBuilder text = new StringBuilder("alpha omega\n");
        while (text.length() < 1_200_000) {
            text.append("alpha beta gamma ");
        }
        text.append("\nomega delta\n");
        TextSource source = TextSource.ofFile(write(dir, "long.txt", text.toString(), StandardCharsets.UTF_8));
        TextOptions options = TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace")).withLowercase(false);
        Corpus fast = CorpusBuilder.train(source, options, 1, Progress.NONE);
        assertSame(fast, CorpusBuilder.train(tokensOf(source, options), 1));
        // (The character path may cut the long line inside a word: only the first words are certain.)
        assertThat(fast.vocabulary().words()).startsWith("<unk>", "<s>", "</s>", "alpha", "beta", "gamma")
                .contains("omega", "delta").doesNotHaveDuplicates();
    }

    private static void assertSame(Corpus fast, Corpus slow) {
        Vocabulary v = fast.vocabulary();
        assertThat(v.words()).isEqualTo(slow.vocabulary().words());
        assertThat(fast.tokenArray()).isEqualTo(slow.tokenArray());
        assertThat(fast.startArray()).isEqualTo(slow.startArray());
        assertThat(fast.rawTypes()).isEqualTo(slow.rawTypes());
        for (String w : slow.vocabulary().words()) {
            assertThat(v.id(w)).isEqualTo(slow.vocabulary().id(w));
        }
        for (String w : TOKENS) {
            assertThat(v.id(w)).as(w).isEqualTo(slow.vocabulary().id(w));
        }
        // Counting takes the unigram counts from the frequencies read (min-count folding included).
        int[] naive = new int[v.size()];
        for (int id : fast.tokenArray()) {
            naive[id]++;
        }
        NgramCounts counts = NgramCounter.count(fast, 2, Progress.NONE);
        for (int id = 0; id < v.size(); id++) {
            assertThat(counts.count(1, id)).as(v.word(id)).isEqualTo(naive[id]);
        }
    }

    /** The sentences of the source as the character path splits them (one string per token). */
    private static List<List<String>> tokensOf(TextSource source, TextOptions options) {
        List<List<String>> sentences = new ArrayList<>();
        TextReader.read(source, options, tokens -> sentences.add(List.copyOf(tokens)), Progress.NONE);
        return sentences;
    }

    private static Path write(Path folder, String name, String text, Charset cs) throws IOException {
        Path f = folder.resolve(name);
        Files.write(f, text.getBytes(cs));
        return f;
    }
}
