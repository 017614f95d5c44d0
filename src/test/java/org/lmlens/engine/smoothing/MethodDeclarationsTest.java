package org.lmlens.engine.smoothing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.arpa.ArpaWriter;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;

/** What each method declares about itself holds for the estimators it builds, and the export follows it. */
@org.junit.jupiter.api.parallel.Isolated("registers a method, which other test classes would list")
class MethodDeclarationsTest {
    private final TrainedText text = TestCorpora.mini(3);

    @Test
    void aDeclaredArpaFormIsABackoffEstimatorAndARefusalGivesItsReason() throws Exception {
        for (SmoothingMethod m : Methods.all()) {
            for (int order = 1; order <= 3; order++) {
                LanguageModel lm = text.model(order, m, Parameters.NONE);
                assertThat(lm.estimator() instanceof BackoffForm).as("%s order %d", m.name(), order)
                        .isEqualTo(m.arpaForm().writable());
                if (m.arpaForm().writable() && m.isNormalised()) {
                    ArpaWriter.write(lm, new StringWriter());
                } else {
                    String why = m.isNormalised() ? EngineMessages.get(m.arpaForm().refusalKey())
                            : "do not sum to 1";
                    assertThatThrownBy(() -> ArpaWriter.checkWritable(lm)).isInstanceOf(LmLensException.class)
                            .hasMessageContaining("Cannot export " + m.name()).hasMessageContaining(why);
                }
            }
        }
    }

    @Test
    void theDeclarationsAreTheOnesTheMethodsHad() {
        assertThat(Methods.all().stream().filter(m -> m.arpaForm().writable()).map(SmoothingMethod::name)
                .collect(Collectors.toList())).containsExactlyInAnyOrder("absolute", "witten-bell", "kneser-ney",
                "modified-kneser-ney", "jelinek-mercer", "katz");
        assertThat(Methods.byName("mle").arpaForm().refusalKey()).isEqualTo("arpa.why.mle");
        assertThat(Methods.byName("laplace").arpaForm()).isEqualTo(Methods.byName("lidstone").arpaForm());
        assertThat(Methods.all().stream().filter(m -> !m.isNormalised()).map(SmoothingMethod::name).toList())
                .containsExactly("stupid-backoff");
    }

    @Test
    void aRegisteredMethodIsListedAndFoundUntilItsRegistrationCloses() {
        SmoothingMethod copy = new SmoothingMethod() {
            @Override
            public String name() {
                return "mle-again";
            }

            @Override
            public String description() {
                return "MLE under another name";
            }

            @Override
            public Estimator estimate(org.lmlens.engine.count.NgramCounts counts, int order, Parameters parameters,
                                      EstimationContext context) {
                return new MaximumLikelihood().estimate(counts, order, parameters, context);
            }
        };
        int before = Methods.all().size();
        try (Methods.Registration r = Methods.register(copy)) {
            assertThat(Methods.all()).hasSize(before + 1).last().isSameAs(copy);
            assertThat(Methods.byName("MLE-again")).isSameAs(copy);
            assertThat(Methods.names()).endsWith(", mle-again");
            assertThatThrownBy(() -> Methods.register(copy)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Methods.all()).hasSize(before).doesNotContain(copy);
        assertThatThrownBy(() -> Methods.byName("mle-again")).isInstanceOf(LmLensException.class);
    }
}
