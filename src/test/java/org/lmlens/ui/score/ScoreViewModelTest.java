package org.lmlens.ui.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TokenScore;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.ui.common.SameThreadTaskRunner;

class ScoreViewModelTest {
    private final TrainedText text = TestCorpora.mini(3);
    private final SimpleObjectProperty<TrainedText> t = new SimpleObjectProperty<>(text);
    private final SimpleObjectProperty<LanguageModel> m =
            new SimpleObjectProperty<>(text.model(2, Methods.byName("mle"), Parameters.NONE));
    private final ScoreViewModel vm = new ScoreViewModel(org.lmlens.ui.TabContexts.of(t, m, new SameThreadTaskRunner()));

    @Test
    void chainRuleRowsAreTheEnginesTokenScores() {
        vm.firstProperty().set("I am Sam");
        ScoreResult r = vm.firstResultProperty().get();
        assertThat(r.tokenScores()).extracting(TokenScore::word).containsExactly("I", "am", "Sam", "</s>");
        assertThat(r.tokenScores()).extracting(TokenScore::probability).containsExactly(2.0 / 3, 2.0 / 3, 0.5, 0.5);
        assertThat(r.log10Prob()).isCloseTo(Math.log10(2.0 / 3 * 2.0 / 3 * 0.5 * 0.5), within(1e-12));
        assertThat(r.perplexity()).isCloseTo(Math.pow(2.0 / 3 * 2.0 / 3 * 0.5 * 0.5, -0.25), within(1e-12));
        assertThat(r.bitsPerToken()).isCloseTo(Math.log(r.perplexity()) / Math.log(2), within(1e-12));
        assertThat(r.hasZero()).isFalse();
    }

    @Test
    void severalSentencesAddUpAndTheModelChangeRescores() {
        vm.firstProperty().set("I am Sam\nSam I am");
        ScoreResult r = vm.firstResultProperty().get();
        assertThat(r.sentences()).hasSize(2);
        assertThat(r.tokens()).isEqualTo(8);
        m.set(text.model(2, Methods.byName("laplace"), Parameters.NONE));
        ScoreResult laplace = vm.firstResultProperty().get();
        assertThat(laplace.tokenScores().get(0).probability()).isCloseTo(3.0 / 15, within(1e-15));
    }

    @Test
    void stupidBackoffGivesScoresNotAPerplexity() {
        m.set(text.model(2, Methods.byName("stupid-backoff"), Parameters.NONE));
        vm.firstProperty().set("I am Sam");
        assertThat(vm.firstResultProperty().get().normalised()).isFalse();
        m.set(text.model(2, Methods.byName("laplace"), Parameters.NONE));
        assertThat(vm.firstResultProperty().get().normalised()).isTrue();
    }

    @Test
    void unseenEventUnderMleIsZeroAndInfinitePerplexity() {
        vm.firstProperty().set("Sam like ham");
        ScoreResult r = vm.firstResultProperty().get();
        assertThat(r.hasZero()).isTrue();
        assertThat(r.perplexity()).isInfinite();
        assertThat(ScoreResult.bin(0)).isEqualTo(4);
        assertThat(ScoreResult.bin(0.5)).isEqualTo(0);
        assertThat(ScoreResult.bin(0.005)).isEqualTo(2);
    }

    @Test
    void shuffleFillsTheSecondSentenceWithTheSameWordsReproducibly() {
        vm.firstProperty().set("I do not like green eggs and ham");
        vm.shuffle();
        assertThat(vm.compareProperty().get()).isTrue();
        String first = vm.secondProperty().get();
        List<String> words = new ArrayList<>(Arrays.asList(first.split(" ")));
        List<String> original = new ArrayList<>(Arrays.asList("I do not like green eggs and ham".split(" ")));
        words.sort(null);
        original.sort(null);
        assertThat(words).isEqualTo(original);
        assertThat(vm.secondResultProperty().get().tokens()).isEqualTo(9);
        ScoreViewModel other = new ScoreViewModel(org.lmlens.ui.TabContexts.of(t, m, new SameThreadTaskRunner()));
        other.firstProperty().set("I do not like green eggs and ham");
        other.shuffle();
        assertThat(other.secondProperty().get()).isEqualTo(first);
    }

    @Test
    void backOffIsReportedWhenTheSuppliedOrderIsShorterThanTheContext() {
        TokenScore full = new TokenScore("am", List.of("I"), 0.5, Math.log10(0.5), 0, 2, false);
        TokenScore backedOff = new TokenScore("am", List.of("Sam", "I"), 0.5, Math.log10(0.5), 0, 2, false);
        assertThat(ScoreResult.backedOff(full)).isFalse();
        assertThat(ScoreResult.backedOff(backedOff)).isTrue();
    }
}
