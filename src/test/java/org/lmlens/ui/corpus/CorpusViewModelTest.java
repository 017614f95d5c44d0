package org.lmlens.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.model.CorpusStatistics;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.ui.common.SameThreadTaskRunner;

class CorpusViewModelTest {
    @Test
    void statisticsOfTheLoadedTextAndItsChange() {
        TrainedText mini = TestCorpora.mini(3);
        var t = new SimpleObjectProperty<>(mini);
        CorpusViewModel vm = new CorpusViewModel(org.lmlens.ui.TabContexts.of(t, new SimpleObjectProperty<LanguageModel>(), new SameThreadTaskRunner()));
        CorpusViewModel.Stats s = vm.statsProperty().get();
        assertThat(s.summary()).isEqualTo(CorpusStatistics.summary(mini.corpus(), mini.counts()));
        assertThat(s.countOfCounts()).isDeepEqualTo(CorpusStatistics.countOfCounts(mini.counts(), 10));
        assertThat(s.unseenShare()).hasSize(3);
        // one held-out sentence of three: its unigrams are partly unseen, its trigrams more so
        assertThat(s.unseenShare()[2]).isGreaterThanOrEqualTo(s.unseenShare()[0]);

        TrainedText bigger = TestCorpora.mini(2);
        t.set(bigger);
        assertThat(vm.statsProperty().get().countOfCounts()).hasNumberOfRows(2);
    }
}
