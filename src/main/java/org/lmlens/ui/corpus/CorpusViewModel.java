package org.lmlens.ui.corpus;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.eval.HeldOutSplit;
import org.lmlens.engine.model.CorpusStatistics;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.ui.common.LatestOnly;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabViewModel;
import org.lmlens.ui.common.Texts;

/**
 * Corpus statistics for the loaded text: size, Zipf's law, count-of-counts and sparsity (the share of
 * held-out n-grams never seen in training, per order), computed in the background when the text changes.
 */
public final class CorpusViewModel extends TabViewModel {
    public static final int MAX_C = 10;
    public static final double TEST_SHARE = 0.10;

    /**
     * @param countOfCounts N_c per order (row order-1) for c = 1..{@link #MAX_C} (column c-1), of the whole text
     * @param unseenShare   per order (index order-1), the share of held-out n-grams not in the training part;
     *                      null when the text has fewer than 2 sentences
     */
    public record Stats(CorpusStatistics.Summary summary, CorpusStatistics.ZipfFit zipf, long[][] countOfCounts,
                        double[] unseenShare) {
    }

    private final ReadOnlyObjectWrapper<Stats> stats = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final LatestOnly job;

    public CorpusViewModel(TabContext context) {
        super(context, false);
        this.job = newJob();
        inputsChanged();
    }

    public ReadOnlyObjectProperty<Stats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    @Override
    protected void refresh() {
        TrainedText t = text();
        if (t == null) {
            return;
        }
        job.run(p -> compute(t, p), s -> {
            error.set(null);
            stats.set(s);
        }, e -> error.set(Texts.message(e)));
    }

    static Stats compute(TrainedText t, Progress progress) {
        NgramCounts counts = t.counts();
        CorpusStatistics.Summary summary = CorpusStatistics.summary(t.corpus(), counts);
        CorpusStatistics.ZipfFit zipf = CorpusStatistics.zipf(counts);
        long[][] nc = CorpusStatistics.countOfCounts(counts, MAX_C);
        double[] unseen = null;
        if (t.corpus().sentenceCount() >= 2) {
            int[] heldOut = HeldOutSplit.testSentences(t.corpus().sentenceCount(), TEST_SHARE,
                    HeldOutSplit.DEFAULT_SEED);
            if (t.minCount() == 1) {
                unseen = CorpusStatistics.unseenShareOfHeldOut(t.corpus(), counts, heldOut, progress);
            } else {
                // rare words became <unk> in the whole text: rebuild the training part with its own vocabulary
                HeldOutSplit split = HeldOutSplit.of(t.corpus(), TEST_SHARE, HeldOutSplit.DEFAULT_SEED, t.minCount());
                progress.checkCancelled();
                NgramCounts training = split.countTraining(t.maxOrder(), progress);
                unseen = CorpusStatistics.unseenShare(training, split.test());
            }
        }
        return new Stats(summary, zipf, nc, unseen);
    }
}
