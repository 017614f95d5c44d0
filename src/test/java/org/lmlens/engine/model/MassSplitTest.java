package org.lmlens.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;

class MassSplitTest {
    private final TrainedText text = TrainedText.of(CorpusBuilder.train(
            List.of("I am Sam", "Sam I am", "I do not like green eggs and ham").stream()
                    .map(l -> Arrays.asList(l.split(" "))).toList(), 1), 2);

    private MassSplit split(String method, String... context) {
        return text.model(2, Methods.byName(method), Parameters.NONE).massSplit(List.of(context));
    }

    @Test
    void mleKeepsEverythingOnSeenContinuations() {
        MassSplit m = split("mle", "I");
        assertThat(m.contextCount()).isEqualTo(3);
        assertThat(m.seenContinuations()).isEqualTo(2);
        assertThat(m.unseenOutcomes()).isEqualTo(10);
        assertThat(m.seenMass()).isCloseTo(1, within(1e-15));
        assertThat(m.unseenMass()).isZero();
        assertThat(m.mleSeenMass()).isEqualTo(1);
        MassSplit unseen = split("mle", "zz");
        assertThat(unseen.defined()).isFalse();
        assertThat(unseen.mleSeenMass()).isNaN();
    }

    @Test
    void laplaceMovesMassToTheUnseen() {
        // (2+1 + 1+1) / (3 + 12) = 1/3 on am and do; 10 · 1/15 on the rest.
        MassSplit m = split("laplace", "I");
        assertThat(m.seenMass()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(m.unseenMass()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void wittenBellKeepsCOverCPlusN() {
        // γ(I) = 2/5 goes to the unigram level: seen = 3/5 + 2/5 · (P1(am) + P1(do)), P1 = (c + 11/12)/28.
        MassSplit m = split("witten-bell", "I");
        double lower = ((2 + 11.0 / 12) + (1 + 11.0 / 12)) / 28;
        assertThat(m.seenMass()).isCloseTo(0.6 + 0.4 * lower, within(1e-12));
        assertThat(m.context()).containsExactly("I");
    }
}
