package org.lmlens.engine.smoothing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each method's own formula (its template beside its class), filled from hand-built explanations. */
class FormulaTest {
    private static FormulaInputs inputs(Explanation e, List<String> ctx, String word) {
        return new FormulaInputs(e, ctx, word, 12, Parameters.NONE);
    }

    @Test
    void everyBuiltInMethodHasItsOwnFormulaAndOthersTheGenericOne() {
        for (SmoothingMethod m : Methods.all()) {
            assertThat(m.formula()).as(m.name()).isNotSameAs(Formula.GENERIC);
            assertThat(m.formula().general(Parameters.NONE)).as(m.name()).contains("w \\mid h");
        }
        SmoothingMethod undeclared = new SmoothingMethod() {
            @Override
            public String name() {
                return "no-such-method";
            }

            @Override
            public String description() {
                return "";
            }

            @Override
            public Estimator estimate(org.lmlens.engine.count.NgramCounts c, int o, Parameters p, EstimationContext x) {
                throw new UnsupportedOperationException();
            }
        };
        assertThat(undeclared.formula()).isSameAs(Formula.GENERIC);
        assertThat(undeclared.arpaForm().writable()).isFalse();
    }

    /** Hand-built explanations in the shape interpolated estimators produce them (InterpolatedEstimator.explain). */
    @Test
    void templatesForTheOtherMethodsComputeTheirFormulas() {
        List<String> ctx = List.of("I");
        // absolute / Kneser-Ney: max(2 - 0.75, 0)/3 + 0.5 * 0.1
        Explanation kn = new Explanation(1, 2, 3, 1.25 / 3 + 0.05, 0, 0.75, 0.5, 0.1, 2, false, null);
        for (String m : List.of("absolute", "kneser-ney", "modified-kneser-ney")) {
            Formula.Substitution s = Methods.byName(m).formula().substitute(inputs(kn, ctx, "am"));
            assertThat(s.value()).isEqualTo(kn.probability());
            assertThat(s.latex()).contains("\\max(2 - 0.75").contains("\\text{am} \\mid \\text{I}");
        }
        // Witten-Bell / Jelinek-Mercer: (1 - 0.4) * 2/3 + 0.4 * 0.1; the generic form gives the same
        Explanation wb = new Explanation(1, 2, 3, 0.6 * 2 / 3 + 0.04, 0, 0, 0.4, 0.1, 2, false, null);
        for (Formula f : List.of(Methods.byName("witten-bell").formula(), Methods.byName("jelinek-mercer").formula(),
                Formula.GENERIC)) {
            assertThat(f.substitute(inputs(wb, ctx, "am")).value()).isCloseTo(wb.probability(), within(1e-15));
        }
        // Katz / stupid back-off, unseen: alpha * P_lower
        Explanation backoff = new Explanation(1, 0, 3, 0.4 * 0.05, 0, 0, 0.4, 0.05, 1, true, null);
        for (String m : List.of("katz", "stupid-backoff")) {
            assertThat(Methods.byName(m).formula().substitute(inputs(backoff, ctx, "ham")).value())
                    .isEqualTo(0.4 * 0.05);
        }
        // an unseen context under an interpolated method: gamma = 1, P = P_lower
        Explanation unseenContext = new Explanation(1, 0, 0, 0.07, 0, 0, 1, 0.07, 0, true, null);
        assertThat(Methods.byName("kneser-ney").formula().substitute(inputs(unseenContext, ctx, "ham")).value())
                .isEqualTo(0.07);
    }

    @Test
    void parametersShowTheirValueInTheGeneralFormAndTheSubstitution() {
        Formula stupid = Methods.byName("stupid-backoff").formula();
        assertThat(stupid.general(Parameters.NONE)).contains("\\alpha = 0.4").doesNotContain("0.4\\,");
        assertThat(stupid.general(Parameters.NONE.with("alpha", 0.25))).contains("\\alpha = 0.25");
        Explanation backoff = new Explanation(1, 0, 3, 0.25 * 0.05, 0, 0, 0.25, 0.05, 1, true, null);
        assertThat(stupid.substitute(inputs(backoff, List.of("I"), "ham")).latex())
                .startsWith("S(\\text{ham} \\mid \\text{I}) = \\alpha").contains("0.25 \\times 0.05");
        Formula lidstone = Methods.byName("lidstone").formula();
        assertThat(lidstone.general(Parameters.NONE.with("k", 0.5))).contains("k = 0.5");
        Explanation seen = new Explanation(1, 2, 3, 2.5 / 9, 0, 0, 0, 0, 2, false, null);
        Formula.Substitution s = lidstone.substitute(new FormulaInputs(seen, List.of("I"), "am", 12,
                Parameters.NONE.with("k", 0.5)));
        assertThat(s.latex()).contains("\\frac{2 + 0.5}{3 + 0.5 \\times 12}");
        assertThat(s.value()).isEqualTo(2.5 / 9);
    }

    @Test
    void aTemplateWithoutTheCaseItsFillerNamesIsAClearError() {
        Formula broken = Formula.of(MaximumLikelihood.class, in -> Formula.fill("nowhere", 1));
        Explanation e = new Explanation(1, 2, 3, 2.0 / 3, 0, 0, 0, 0, 2, false, null);
        assertThatThrownBy(() -> broken.substitute(inputs(e, List.of("I"), "am")))
                .hasMessageContaining("MaximumLikelihood.tex").hasMessageContaining("nowhere");
        Formula missingValue = Formula.of(MaximumLikelihood.class, in -> Formula.fill("ratio", 1));
        assertThatThrownBy(() -> missingValue.substitute(inputs(e, List.of("I"), "am")))
                .hasMessageContaining("\\VAR{count}");
    }

    @Test
    void wordsAreEscapedForLatex() {
        assertThat(LatexText.word("<s>")).isEqualTo("\\langle s \\rangle");
        assertThat(LatexText.word("a_b{c}")).isEqualTo("\\text{a\\_b\\{c\\}}");
        assertThat(LatexText.word("月")).isEqualTo("\\text{月}");
        assertThat(LatexText.number(2.0 / 3)).isEqualTo("0.6667");
        assertThat(LatexText.number(3)).isEqualTo("3");
        assertThat(LatexText.number(1.5e-5)).isEqualTo("1.500 \\times 10^{-5}");
    }
}
