package org.lmlens.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.Progress;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;

class OrderSweepTest {
    @Test
    void everyCellEqualsAModelBuiltAndEvaluatedOnItsOwn() {
        Corpus train = CorpusBuilder.train(TestCorpora.sentences(TestCorpora.MINI), 1);
        Corpus test = CorpusBuilder.encode(TestCorpora.sentences("I am Sam\nSam likes green ham\n"), train.vocabulary());
        OrderSweep.Result r = OrderSweep.run(train, test, Methods.all(), 4, Progress.NONE);
        TrainedText text = TrainedText.of(train, 4);
        // Methods whose scores are not probabilities (stupid back-off) are skipped by the sweep.
        long normalised = Methods.all().stream().filter(SmoothingMethod::isNormalised).count();
        assertThat(r.points()).hasSize((int) normalised * 4);
        for (OrderSweep.Point p : r.points()) {
            SmoothingMethod m = Methods.byName(p.method());
            var model = text.model(p.order(), m, Parameters.NONE);
            assertThat(p.testPerplexity()).isEqualTo(model.evaluate(test, Progress.NONE).perplexity());
            assertThat(p.trainingPerplexity()).isEqualTo(model.evaluate(train, Progress.NONE).perplexity());
        }
        assertThat(r.oovRate()).isCloseTo(1.0 / 9, within(1e-12)); // "likes" among 7 words + 2 </s>
        assertThat(r.pointsOf("mle").get(1).testPerplexity()).isInfinite();
    }

    @Test
    void trainingPerplexityFallsWithOrderUnderMle() {
        Corpus train = CorpusBuilder.train(TestCorpora.sentences(TestCorpora.MINI), 1);
        OrderSweep.Result r = OrderSweep.run(train, train, List.of(Methods.byName("mle")), 3, Progress.NONE);
        List<OrderSweep.Point> mle = r.pointsOf("mle");
        assertThat(mle.get(1).trainingPerplexity()).isLessThan(mle.get(0).trainingPerplexity());
        assertThat(mle.get(2).trainingPerplexity()).isLessThanOrEqualTo(mle.get(1).trainingPerplexity());
    }
}
