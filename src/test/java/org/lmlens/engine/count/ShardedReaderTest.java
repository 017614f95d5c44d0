package org.lmlens.engine.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/** Reading a file on several threads gives exactly the corpus and vocabulary of one thread. */
class ShardedReaderTest {

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> token = Arbitraries.of("the", "cat", "sat", "猫", "在", "<s>", "</s>", "<unk>", "a.", "!", "");
        return token.list().ofMaxSize(9).map(ws -> String.join(" ", ws)).list().ofMinSize(1).ofMaxSize(60)
                .filter(ls -> ls.stream().anyMatch(l -> !l.replace("<s>", "").replace("</s>", "").isBlank()));
    }

    @Property(tries = 150)
    void shardedEqualsSequential(@ForAll("lines") List<String> lines, @ForAll @IntRange(min = 1, max = 7) int batch,
                                 @ForAll boolean charTokens, @ForAll boolean punct,
                                 @ForAll @IntRange(min = 1, max = 2) int minCount) throws IOException {
        Path file = Files.createTempFile("sharded", ".txt");
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
            TextOptions options = TextOptions.defaults().withTokenizer(Tokenizers.byName(charTokens ? "char" : "whitespace"))
                    .withSentenceMode(punct ? SentenceMode.byName("punct") : SentenceMode.LINE);
            TextSource source = TextSource.ofFile(file);
            Corpus one;
            try {
                one = CorpusBuilder.trainSequentially(source, options, minCount);
            } catch (RuntimeException e) {
                return; // no words at all (only markers): nothing to compare
            }
            Corpus many = CorpusBuilder.trainSharded(source, options, minCount, batch);
            assertThat(many.vocabulary().words()).isEqualTo(one.vocabulary().words());
            assertThat(many.tokenArray()).isEqualTo(one.tokenArray());
            assertThat(many.startArray()).isEqualTo(one.startArray());
            assertThat(many.rawTypes()).isEqualTo(one.rawTypes());
        } finally {
            Files.delete(file);
        }
    }
}
