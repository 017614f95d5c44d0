package org.lmlens.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;

class HeldOutSplitTest {
    private static Corpus corpus(int sentences) {
        List<List<String>> s = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            s.add(List.of("common", "word" + i));
        }
        return CorpusBuilder.train(s, 1);
    }

    @Test
    void holdsOutTheRequestedShareReproducibly() {
        Corpus full = corpus(100);
        HeldOutSplit a = HeldOutSplit.of(full, 0.1, 7, 1);
        HeldOutSplit b = HeldOutSplit.of(full, 0.1, 7, 1);
        HeldOutSplit c = HeldOutSplit.of(full, 0.1, 8, 1);
        assertThat(a.test().sentenceCount()).isEqualTo(10);
        assertThat(a.training().sentenceCount()).isEqualTo(90);
        assertThat(a.testSentences()).isEqualTo(b.testSentences()).isSorted();
        assertThat(c.testSentences()).isNotEqualTo(a.testSentences());
    }

    @Test
    void trainingPartHasItsOwnVocabularySoHeldOutOnlyWordsAreOov() {
        HeldOutSplit split = HeldOutSplit.of(corpus(20), 0.25, 1, 1);
        // each held-out sentence has one word that occurs nowhere else: "wordN"
        assertThat(split.test().oovTokens()).isEqualTo(5);
        for (int i : split.testSentences()) {
            assertThat(split.training().vocabulary().contains("word" + i)).isFalse();
        }
        assertThat(split.training().vocabulary().contains("common")).isTrue();
        assertThat(split.training().vocabulary().size()).isEqualTo(3 + 1 + 15);
    }

    @Test
    void keepsAtLeastOneSentenceOnEachSide() {
        HeldOutSplit split = HeldOutSplit.of(corpus(3), 0.05, 1, 1);
        assertThat(split.test().sentenceCount()).isEqualTo(1);
        assertThatThrownBy(() -> HeldOutSplit.of(corpus(1), 0.1, 1, 1)).isInstanceOf(LmLensException.class);
    }
}
