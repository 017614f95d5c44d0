package org.lmlens.engine.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.Progress;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextReader;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizer;
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
                Accumulator sequential = new Accumulator();
                TextReader.read(source, options, sequential, Progress.NONE);
                one = sequential.freeze(minCount);
            } catch (RuntimeException e) {
                return; // no words at all (only markers): nothing to compare
            }
            Corpus many = sharded(source, options, minCount, batch);
            assertThat(many.vocabulary().words()).isEqualTo(one.vocabulary().words());
            assertThat(many.tokenArray()).isEqualTo(one.tokenArray());
            assertThat(many.startArray()).isEqualTo(one.startArray());
            assertThat(many.rawTypes()).isEqualTo(one.rawTypes());
        } finally {
            Files.delete(file);
        }
    }

    /** An error in a shard (an OutOfMemoryError in a small heap) reaches the load as itself, not wrapped. */
    @Test
    void anErrorInAShardIsRethrownAsItself(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.txt");
        Files.writeString(f, "a b c\n".repeat(50));
        Tokenizer failing = new Tokenizer() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public void tokenize(CharSequence sentence, Consumer<String> sink) {
                throw new OutOfMemoryError("simulated");
            }
        };
        TextOptions options = TextOptions.defaults().withTokenizer(failing);
        assertThatThrownBy(() -> sharded(TextSource.ofFile(f), options, 1, 8)).isExactlyInstanceOf(OutOfMemoryError.class).hasMessage("simulated");
    }

    private static Corpus sharded(TextSource source, TextOptions options, int minCount, int batchLines) {
        Accumulator acc = new Accumulator();
        ShardedReader.read(source, TextReader.inspect(source, options), options, acc, Progress.NONE, batchLines);
        return acc.freeze(minCount);
    }
}
