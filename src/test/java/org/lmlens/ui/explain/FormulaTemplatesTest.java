package org.lmlens.ui.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Explanation;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;

/**
 * The substituted formula evaluates to the engine's probability: for every method the engine offers, every
 * order 1..3, every context of the mini-corpus (and unseen ones) and every outcome.
 */
class FormulaTemplatesTest {
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

    @Test
    void everyNamedMethodHasATemplateAndUnknownOnesTheGenericOne() {
        for (String name : FormulaTemplates.KNOWN) {
            assertThat(FormulaTemplates.hasOwnTemplate(name)).as(name).isTrue();
            assertThat(FormulaTemplates.forMethod(name).general()).contains("w \\mid h");
        }
        assertThat(FormulaTemplates.forMethod("no-such-method")).isSameAs(FormulaTemplates.GENERIC);
    }

    /** Hand-built explanations in the shape interpolated estimators produce them (InterpolatedEstimator.explain). */
    @Test
    void templatesForTheOtherMethodsComputeTheirFormulas() {
        List<String> ctx = List.of("I");
        // absolute / Kneser-Ney: max(2 - 0.75, 0)/3 + 0.5 * 0.1
        Explanation kn = new Explanation(1, 2, 3, 1.25 / 3 + 0.05, 0, 0.75, 0.5, 0.1, 2, false, null);
        for (String m : List.of("absolute", "kneser-ney", "modified-kneser-ney")) {
            FormulaTemplates.Substitution s = FormulaTemplates.forMethod(m)
                    .substitute(new FormulaTemplates.Inputs(kn, ctx, "am", 12, 1));
            assertThat(s.value()).isEqualTo(kn.probability());
            assertThat(s.latex()).contains("\\max(2 - 0.75").contains("\\text{am} \\mid \\text{I}");
        }
        // Witten-Bell / Jelinek-Mercer: (1 - 0.4) * 2/3 + 0.4 * 0.1
        Explanation wb = new Explanation(1, 2, 3, 0.6 * 2 / 3 + 0.04, 0, 0, 0.4, 0.1, 2, false, null);
        for (String m : List.of("witten-bell", "jelinek-mercer", "generic-unknown")) {
            assertThat(FormulaTemplates.forMethod(m).substitute(new FormulaTemplates.Inputs(wb, ctx, "am", 12, 1))
                    .value()).isCloseTo(wb.probability(), org.assertj.core.api.Assertions.within(1e-15));
        }
        // Katz / stupid back-off, unseen: alpha * P_lower
        Explanation backoff = new Explanation(1, 0, 3, 0.4 * 0.05, 0, 0, 0.4, 0.05, 1, true, null);
        for (String m : List.of("katz", "stupid-backoff")) {
            assertThat(FormulaTemplates.forMethod(m).substitute(new FormulaTemplates.Inputs(backoff, ctx, "ham", 12, 1))
                    .value()).isEqualTo(0.4 * 0.05);
        }
        // an unseen context under an interpolated method: gamma = 1, P = P_lower
        Explanation unseenContext = new Explanation(1, 0, 0, 0.07, 0, 0, 1, 0.07, 0, true, null);
        assertThat(FormulaTemplates.forMethod("kneser-ney")
                .substitute(new FormulaTemplates.Inputs(unseenContext, ctx, "ham", 12, 1)).value()).isEqualTo(0.07);
    }

    @Test
    void wordsAreEscapedForLatex() {
        assertThat(FormulaTemplates.word("<s>")).isEqualTo("\\langle s \\rangle");
        assertThat(FormulaTemplates.word("a_b{c}")).isEqualTo("\\text{a\\_b\\{c\\}}");
        assertThat(FormulaTemplates.word("月")).isEqualTo("\\text{月}");
        assertThat(FormulaTemplates.num(2.0 / 3)).isEqualTo("0.6667");
        assertThat(FormulaTemplates.num(3)).isEqualTo("3");
        assertThat(FormulaTemplates.num(1.5e-5)).isEqualTo("1.500 \\times 10^{-5}");
    }
}
