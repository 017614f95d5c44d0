package org.lmlens.engine.eval;

import java.nio.file.Path;
import org.lmlens.engine.Progress;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/**
 * Not a test (tests never time things): how long the Evaluate tab takes on a real text, i.e. the
 * held-out split plus the order sweep over every method. Usage: {@code EvaluateTiming FILE TOKENIZER}.
 */
public final class EvaluateTiming {
    private EvaluateTiming() {
    }

    public static void main(String[] args) {
        TextOptions options = TextOptions.defaults().withTokenizer(Tokenizers.byName(args[1]));
        long t0 = System.nanoTime();
        TrainedText text = TrainedText.load(TextSource.ofFile(Path.of(args[0])), options, 1, 6, Progress.NONE);
        long t1 = System.nanoTime();
        for (int run = 0; run < 2; run++) {
            long a = System.nanoTime();
            var stats = org.lmlens.engine.model.CorpusStatistics.class;
            org.lmlens.engine.model.CorpusStatistics.summary(text.corpus(), text.counts());
            org.lmlens.engine.model.CorpusStatistics.zipf(text.counts());
            int[] heldOut = HeldOutSplit.testSentences(text.corpus().sentenceCount(), 0.1, HeldOutSplit.DEFAULT_SEED);
            double[] unseen = org.lmlens.engine.model.CorpusStatistics.unseenShareOfHeldOut(text.corpus(), text.counts(),
                    heldOut, Progress.NONE);
            System.out.printf("%s: Corpus tab statistics %.2f s (unseen 6-grams %.1f %%)%n", stats.getSimpleName(),
                    (System.nanoTime() - a) / 1e9, 100 * unseen[5]);
        }
        for (int run = 0; run < 3; run++) {
            long a = System.nanoTime();
            HeldOutSplit split = HeldOutSplit.of(text.corpus(), 0.1, HeldOutSplit.DEFAULT_SEED, 1);
            long b = System.nanoTime();
            OrderSweep.Result r = OrderSweep.run(split.training(), split.test(), Methods.all(), 6, Progress.NONE);
            long c = System.nanoTime();
            org.lmlens.engine.count.NgramCounter.count(split.training(), 6, Progress.NONE);
            long d = System.nanoTime();
            System.out.printf("%s: load %.2f s | Evaluate tab: split %.2f s + sweep %.2f s = %.2f s (%d methods x 6 "
                    + "orders, %,d test tokens, OOV %.2f %%); counting the training part alone: %.2f s%n", args[0],
                    (t1 - t0) / 1e9, (b - a) / 1e9, (c - b) / 1e9, (c - a) / 1e9, Methods.all().size(), r.testTokens(),
                    100 * r.oovRate(), (d - c) / 1e9);
        }
    }
}
