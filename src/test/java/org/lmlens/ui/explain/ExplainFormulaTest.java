package org.lmlens.ui.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;

/**
 * The substituted formula Smoothing explained shows evaluates to the engine's probability: for every method
 * the engine offers, every order 1..3, every context of the mini-corpus (and unseen ones) and every outcome.
 */
class ExplainFormulaTest {
    private final TrainedText text = TestCorpora.mini(3);

    private List<List<String>> contexts() {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (String w : text.corpus().vocabulary().words()) {
            if (!w.equals(Vocabulary.UNK_WORD)) {
                out.add(List.of(w));
            }
        }
        out.add(List.of("I", "am"));
        out.add(List.of("<s>", "I"));
        out.add(List.of("green", "eggs"));
        out.add(List.of("zebra", "I"));
        out.add(List.of("Sam", "green"));
        return out;
    }

    @Test
    void substitutedFormulaEqualsEngineProbabilityForEveryMethod() {
        int checked = 0;
        for (SmoothingMethod method : Methods.all()) {
            for (int order = 1; order <= 3; order++) {
                LanguageModel model = text.model(order, method, Parameters.NONE);
                for (List<String> context : contexts()) {
                    for (String word : text.corpus().vocabulary().words()) {
                        if (word.equals(Vocabulary.BOS_WORD)) {
                            continue;
                        }
                        ExplainResult r = ExplainViewModel.compute(model, context, word);
                        if (!r.defined()) {
                            // MLE after a context never seen: 0/0, no distribution in the engine either
                            assertThat(model.isDefined(ExplainViewModel.withStart(context))).isFalse();
                            assertThat(r.formulaValue()).isNaN();
                            assertThat(r.substituted()).contains("{0}");
                            continue;
                        }
                        assertThat(r.matches()).as("%s order %d: P(%s | %s): formula %s vs engine %s; %s", method.name(),
                                order, word, context, r.formulaValue(), r.probability(), r.substituted()).isTrue();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }
}
