package org.lmlens.engine.neural.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.Tokenizers;

/** The weights file: a round trip gives the same model; a damaged file is refused with a clear message. */
class WeightsFileTest {
    @TempDir
    Path dir;

    private static NeuralModel trained() {
        Corpus c = CorpusBuilder.train(TestCorpora.sentences(TestCorpora.MINI), 1);
        TextOptions options = new TextOptions(Tokenizers.byName("char"), SentenceMode.PUNCT, true, null);
        NeuralModel m = NeuralModel.initialise(NeuralConfig.mlp(2, 3, 4), c.vocabulary(), options, 11);
        new Trainer(m, Examples.of(c, 2), null, TrainingOptions.adamw(4, 0.05, 1)).train(5, 5, p -> { }, Progress.NONE);
        return m;
    }

    @Test
    void aRoundTripGivesTheSameModel() {
        NeuralModel m = trained();
        Path f = dir.resolve("m.weights");
        WeightsFile.write(m, f);
        NeuralModel back = WeightsFile.read(f);
        assertThat(back.config()).isEqualTo(m.config());
        assertThat(back.vocabulary().words()).isEqualTo(m.vocabulary().words());
        assertThat(back.textOptions()).isEqualTo(m.textOptions());
        for (int i = 0; i < m.parameters().size(); i++) {
            assertThat(back.parameters().get(i).data).isEqualTo(m.parameters().get(i).data);
        }
        assertThat(back.languageModel().distribution(List.of("I")).toArray())
                .isEqualTo(m.languageModel().distribution(List.of("I")).toArray());
        assertThat(dir.toFile().list()).containsExactly("m.weights"); // no temporary file left
        NeuralModel bigram = NeuralModel.initialise(NeuralConfig.bigram(), m.vocabulary(), TextOptions.defaults(), 1);
        WeightsFile.write(bigram, f);
        assertThat(WeightsFile.read(f).config()).isEqualTo(NeuralConfig.bigram());
    }

    @Test
    void aFileOfSomethingElseIsNotAWeightsFile() throws Exception {
        Path f = dir.resolve("text.txt");
        Files.writeString(f, "I am Sam\n");
        assertThatThrownBy(() -> WeightsFile.read(f)).isInstanceOf(LmLensException.class)
                .hasMessageContaining("is not an LM Lens weights file");
    }

    @Test
    void everyTruncationIsRefused() {
        byte[] bytes = WeightsFile.toBytes(trained());
        for (int n = 0; n < bytes.length; n += 7) {
            byte[] cut = Arrays.copyOf(bytes, n);
            assertThatThrownBy(() -> WeightsFile.fromBytes(cut, "m.weights")).isInstanceOf(LmLensException.class)
                    .message().containsAnyOf("truncated", "damaged", "not an LM Lens weights file");
        }
    }

    @Test
    void aFlippedByteFailsTheChecksum() {
        byte[] bytes = WeightsFile.toBytes(trained());
        for (int at : new int[] {20, bytes.length / 2, bytes.length - 9}) {
            byte[] bad = bytes.clone();
            bad[at] ^= 0x10;
            assertThatThrownBy(() -> WeightsFile.fromBytes(bad, "m.weights")).isInstanceOf(LmLensException.class)
                    .hasMessageContaining("checksum");
        }
    }

    @Test
    void aNewerVersionIsNamed() {
        byte[] bytes = WeightsFile.toBytes(trained());
        bytes[WeightsFile.MAGIC.length + 3] = 9;
        assertThatThrownBy(() -> WeightsFile.fromBytes(bytes, "m.weights")).isInstanceOf(LmLensException.class)
                .hasMessageContaining("version 9");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAlone() throws Exception {
        Path f = dir.resolve("m.weights");
        WeightsFile.write(trained(), f);
        byte[] before = Files.readAllBytes(f);
        assertThatThrownBy(() -> WeightsFile.write(trained(), dir.resolve("missing").resolve("m.weights")))
                .isInstanceOf(LmLensException.class).hasMessageContaining("Cannot write");
        assertThat(Files.readAllBytes(f)).isEqualTo(before);
    }
}
