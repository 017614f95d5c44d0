package org.lmlens.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;

/**
 * Test texts encoded with a trained text ({@link TrainedText#encode}) share its vocabulary, are the same
 * for a text loaded twice, and a bad one fails with its own message.
 */
class TrainedTextEncodeTest {
    @TempDir
    Path dir;

    @Test
    void testsEncodedWithTheSameTextAreTheSame() throws IOException {
        StringBuilder train = new StringBuilder();
        for (int i = 0; i < 3000; i++) { // enough tokens for counting on two threads
            train.append("the cat ").append(i % 97).append(" sat on the mat ").append(i % 13).append('\n');
        }
        TextSource source = TextSource.ofFile(write("train.txt", train.toString()));
        TextSource first = TextSource.ofFile(write("a.txt", "the cat sat\nunknown words here\n"));
        TextSource second = TextSource.ofFiles(List.of(write("b.txt", "on the mat 5\n"), write("c.txt", "über 12\n")));

        TrainedText loaded = TrainedText.load(source, TextOptions.automatic(), 1, 3, Progress.NONE);
        TrainedText plain = TrainedText.load(source, TextOptions.automatic(), 1, 3, Progress.NONE);

        List<Corpus> tests = List.of(loaded.encode(first, Progress.NONE), loaded.encode(second, Progress.NONE));
        for (int i = 0; i < 2; i++) {
            Corpus early = tests.get(i);
            Corpus after = plain.encode(i == 0 ? first : second, Progress.NONE);
            assertThat(early.vocabulary()).isSameAs(loaded.corpus().vocabulary());
            assertThat(early.tokenArray()).isEqualTo(after.tokenArray());
            assertThat(early.startArray()).isEqualTo(after.startArray());
            assertThat(early.oovTokens()).isEqualTo(after.oovTokens());
        }
        assertThat(tests.get(0).oovTokens()).isEqualTo(3);
        assertThat(loaded.counts().size(3)).isEqualTo(plain.counts().size(3));
    }

    @Test
    void aTestTextThatCannotBeReadFailsWithItsOwnMessage() throws IOException {
        TextSource source = TextSource.ofFile(write("train.txt", "a b c\nb c d\n"));
        TextSource missing = TextSource.ofFile(dir.resolve("missing.txt"));
        String expected = catchMessage(() -> TrainedText.load(source, TextOptions.automatic(), 1, 2, Progress.NONE)
                .encode(missing, Progress.NONE));
        assertThat(expected).contains("missing.txt");
        TrainedText loaded = TrainedText.load(source, TextOptions.automatic(), 1, 2, Progress.NONE);
        assertThatThrownBy(() -> loaded.encode(missing, Progress.NONE)).isInstanceOf(LmLensException.class)
                .hasMessage(expected);
    }

    @Test
    void aTrainingTextThatCannotBeReadFailsWithItsName() throws IOException {
        TextSource missingTraining = TextSource.ofFile(dir.resolve("no-training.txt"));
        assertThatThrownBy(() -> TrainedText.load(missingTraining, TextOptions.automatic(), 1, 2,
                Progress.NONE)).isInstanceOf(LmLensException.class)
                .hasMessageContaining("no-training.txt");
    }

    private static String catchMessage(Runnable r) {
        try {
            r.run();
        } catch (LmLensException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected a failure");
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }
}
