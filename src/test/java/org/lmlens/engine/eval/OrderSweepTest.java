package org.lmlens.engine.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.Progress;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

class OrderSweepTest {
    @Test
    void everyCellEqualsAModelBuiltAndEvaluatedOnItsOwn() {
        Corpus train = CorpusBuilder.train(TestCorpora.sentences(TestCorpora.MINI), 1);
        Corpus test = CorpusBuilder.encode(TestCorpora.sentences("I am Sam\nSam likes green ham\n"), train.vocabulary());
        OrderSweep.Result r = OrderSweep.run(train, test, Methods.all(), 4, Progress.NONE);
        TrainedText text = TrainedText.of(train, 4);
        assertThat(r.points()).hasSize(Methods.all().size() * 4);
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

    @Test
    void brownSweepTiming() {
        Path dir = TestCorpora.corpora();
        Assumptions.assumeTrue(dir != null && dir.resolve("brown/train.txt").toFile().exists());
        TextOptions options = TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace"));
        TrainedText text = TrainedText.load(TextSource.ofFile(dir.resolve("brown/train.txt")), options, 1, 6,
                Progress.NONE);
        long t0 = System.nanoTime();
        HeldOutSplit split = HeldOutSplit.of(text.corpus(), 0.1, HeldOutSplit.DEFAULT_SEED, 1);
        long t1 = System.nanoTime();
        OrderSweep.Result r = OrderSweep.run(split.training(), split.test(), Methods.all(), 6, Progress.NONE);
        long t2 = System.nanoTime();
        System.out.printf("Brown: split %.2f s, sweep (%d methods x 6 orders) %.2f s, OOV %.4f%n",
                (t1 - t0) / 1e9, Methods.all().size(), (t2 - t1) / 1e9, r.oovRate());
        for (OrderSweep.Point p : r.points()) {
            System.out.println("  " + p);
        }
        assertThat(r.oovRate()).isBetween(0.0, 0.2);
        assertThat(r.pointsOf("laplace").get(1).testPerplexity()).isFinite();
    }
}
