package org.lmlens.ui.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.ui.common.SameThreadTaskRunner;

class ExplainViewModelTest {
    private final TrainedText text = TestCorpora.mini(3);

    @Test
    void theRecursionOfAnInterpolatedExplanationIsListedLevelByLevel() {
        org.lmlens.i18n.I18n.setLocale(java.util.Locale.ENGLISH);
        var unigram = new org.lmlens.engine.smoothing.Explanation(0, 3, 17, 0.15, 0, 0.5, 0.2, 0.0833, 1, false, null);
        var bigram = new org.lmlens.engine.smoothing.Explanation(1, 2, 3, 0.5, 0, 0.75, 0.25, 0.15, 2, false, unigram);
        assertThat(ExplainView.lowerLevelText(bigram)).contains("1-gram level: c = 3, c(h) = 17, D = 0.5000")
                .contains("P = 0.1500").doesNotContain("2-gram level");
        var additive = new org.lmlens.engine.smoothing.Explanation(1, 2, 3, 0.2, 0.6, 0, 0, 0, 2, false, null);
        assertThat(ExplainView.lowerLevelText(additive)).isEmpty();
    }

    @Test
    void followsModelContextAndWord() {
        var t = new SimpleObjectProperty<>(text);
        var m = new SimpleObjectProperty<LanguageModel>(text.model(2, Methods.byName("mle"), Parameters.NONE));
        var ctx = new SimpleObjectProperty<List<String>>(List.of("I"));
        var word = new SimpleObjectProperty<>("am");
        ExplainViewModel vm = new ExplainViewModel(org.lmlens.ui.TabContexts.focused(t, m, new SameThreadTaskRunner(), ctx, word));
        ExplainResult r = vm.resultProperty().get();
        assertThat(r.probability()).isEqualTo(2.0 / 3);
        assertThat(r.substituted()).contains("\\frac{2}{3}");
        assertThat(r.seenMass()).isEqualTo(1.0);
        assertThat(r.mleSeenMass()).hasValue(1.0);

        m.set(text.model(2, Methods.byName("laplace"), Parameters.NONE));
        r = vm.resultProperty().get();
        // (2 + 1) / (3 + 12): 10 words + </s> + <unk> = 12 outcomes
        assertThat(r.probability()).isCloseTo(3.0 / 15, within(1e-15));
        assertThat(r.substituted()).contains("\\frac{2 + 1}{3 + 12}");
        // "I" is followed by am (2) and do (1): seen mass (3 + 2) / 15
        assertThat(r.seenMass()).isCloseTo(5.0 / 15, within(1e-12));
        assertThat(r.unseenMass()).isCloseTo(10.0 / 15, within(1e-12));

        word.set(null);
        assertThat(vm.resultProperty().get().substituted()).isNull();
        ctx.set(List.of("zebra"));
        assertThat(vm.resultProperty().get().mleSeenMass()).isEmpty();
        assertThat(vm.resultProperty().get().defined()).isTrue(); // Laplace: uniform after an unseen context
        m.set(text.model(2, Methods.byName("mle"), Parameters.NONE));
        word.set("am");
        assertThat(vm.resultProperty().get().defined()).isFalse();
        assertThat(vm.resultProperty().get().formulaValue()).isNaN();
        m.set(text.model(2, Methods.byName("laplace"), Parameters.NONE));
        assertThat(vm.resultProperty().get().seenMass()).isZero();
    }
}
