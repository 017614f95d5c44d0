package org.lmlens.engine.bpe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;

class MergesFileTest {
    @TempDir
    Path dir;

    @Test
    void roundTripKeepsEveryMergeAndTheEncoding() throws Exception {
        String text = BpeTrainerTest.TEXT + "#hash \\backslash\ttab ＃全角 \u00A0nbsp\n";
        for (PreSplit split : PreSplit.values()) {
            BpeModel trained = BpeTrainer.train(BpeTrainerTest.pieces(text, split), 300, 1, Progress.NONE).model();
            Path file = dir.resolve("merges-" + split.cliName() + ".txt");
            MergesFile.write(trained, file);
            BpeModel read = MergesFile.read(file);
            assertThat(read.preSplit()).isEqualTo(split);
            assertThat(read.merges()).isEqualTo(trained.merges());
            assertThat(MergesFile.format(read)).isEqualTo(Files.readString(file));
            for (String line : text.lines().toList()) {
                IntArrayList a = new IntArrayList();
                IntArrayList b = new IntArrayList();
                trained.encode(line, a);
                read.encode(line, b);
                assertThat(b.toIntArray()).containsExactly(a.toIntArray());
            }
        }
        assertThat(dir.toFile().list()).allMatch(n -> n.startsWith("merges-"));
    }

    @Test
    void theFileIsReadableText() {
        BpeModel m = BpeTrainer.train(BpeTrainerTest.pieces("明月 明月 明月 the the the", PreSplit.GPT2), 20, 2,
                Progress.NONE).model();
        String f = MergesFile.format(m);
        assertThat(f).startsWith("#lmlens-bpe 1\n#pre-split gpt2\n");
        assertThat(f.lines().skip(2)).allMatch(l -> l.split(" ", -1).length == 2 && !l.startsWith("#"));
        // GPT-2's pre-split keeps 明月 one piece: merges cut across the two characters' bytes.
        assertThat(f).contains("\\x8e \\xe6").contains("h e").contains("\\x20 t\n");
        assertThat(f).contains("明\\xe6 \\x9c\\x88").contains("\\x20 明月"); // whole characters read as themselves
    }

    @Test
    void badLinesAreReportedWithTheirNumber() {
        assertThatThrownBy(() -> MergesFile.parse("m.txt", List.of("#lmlens-bpe 1", "a b", "abc")))
                .isInstanceOf(LmLensException.class).hasMessageContaining("line 3");
        assertThatThrownBy(() -> MergesFile.parse("m.txt", List.of("a b", "xy z")))
                .isInstanceOf(LmLensException.class).hasMessageContaining("line 2").hasMessageContaining("xy");
        assertThatThrownBy(() -> MergesFile.parse("m.txt", List.of("#pre-split gpt3")))
                .isInstanceOf(LmLensException.class).hasMessageContaining("gpt3");
        assertThatThrownBy(() -> MergesFile.parse("m.txt", List.of("\\xZZ a")))
                .isInstanceOf(LmLensException.class).hasMessageContaining("line 1");
    }
}
