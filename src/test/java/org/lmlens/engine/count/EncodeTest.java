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
import org.lmlens.engine.Progress;
import org.lmlens.engine.text.SpacedTexts;
import org.lmlens.engine.text.TempFolders;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/**
 * A test text encoded with a training text's vocabulary (whose word index is the reading's own, its values
 * renumbered) gives the same corpus as with a vocabulary of the same words indexed afresh: same ids, same
 * sentences, same OOV count, whatever the case folding, min-count, encodings and markup.
 */
class EncodeTest {
    private static final List<String> TOKENS = List.of("a", "b", "The", "the", "THE", "über", "Über", "中文",
            "x\u3000y", "<s>", "</s>", "<unk>", "exactly8", "sixteen_bytes_xx", "sixteen_bytes_xxy",
            "a-much-longer-token-of-many-bytes", "a-much-longer-token-of-many-bytez", "é", "😀");
    private static final List<String> GAPS = List.of(" ", " ", " ", "\t", "\n", "\r\n", "\u3000");

    @Provide
    Arbitrary<String> texts() {
        return SpacedTexts.of(TOKENS, GAPS, 1, 50);
    }

    @Property(tries = 200)
    void sameCorpusWithTheTrainingVocabularyAndAFreshOne(@ForAll("texts") String train, @ForAll("texts") String test,
                                                       @ForAll boolean lowercase, @ForAll @IntRange(min = 1, max = 3) int minCount,
                                                       @ForAll boolean testInGb18030) throws IOException {
        Path tmp = Files.createTempDirectory("spellings");
        try {
            Charset testCharset = testInGb18030 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
            TextSource trainSource = TextSource.ofFile(write(tmp, "train.txt", train, StandardCharsets.UTF_8));
            TextSource testSource = TextSource.ofFile(write(tmp, "test.txt", test, testCharset));
            TextOptions options = TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace"))
                    .withLowercase(lowercase).withAutoEncoding();
            Corpus training;
            try {
                training = CorpusBuilder.train(trainSource, options, minCount, Progress.NONE);
            } catch (org.lmlens.engine.LmLensException noWords) {
                return; // only markup: refused alike either way (BadInputTest)
            }
            Vocabulary trained = training.vocabulary();
            Vocabulary plain = new Vocabulary(trained.words().toArray(String[]::new));

            Corpus fast;
            Corpus slow;
            try {
                fast = CorpusBuilder.encode(testSource, options, trained, Progress.NONE);
            } catch (org.lmlens.engine.LmLensException noWords) {
                return;
            }
            slow = CorpusBuilder.encode(testSource, options, plain, Progress.NONE);
            assertThat(fast.tokenArray()).isEqualTo(slow.tokenArray());
            assertThat(fast.startArray()).isEqualTo(slow.startArray());
            assertThat(fast.oovTokens()).isEqualTo(slow.oovTokens());
            // The training text itself, encoded again, comes back as it was counted (no OOVs unless min-count).
            Corpus again = CorpusBuilder.encode(trainSource, options, trained, Progress.NONE);
            assertThat(again.tokenArray()).isEqualTo(training.tokenArray());
        } finally {
            TempFolders.delete(tmp);
        }
    }

    private static Path write(Path folder, String name, String text, Charset cs) throws IOException {
        Path f = folder.resolve(name);
        Files.write(f, text.getBytes(cs));
        return f;
    }
}
