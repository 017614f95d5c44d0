package org.lmlens.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.teach.FxTestSupport;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CorpusViewFxTest {
    private final TrainedText mini = TestCorpora.mini(3);
    private CorpusViewModel vm;
    private CorpusView view;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        vm = new CorpusViewModel(org.lmlens.ui.TabContexts.of(new SimpleObjectProperty<>(mini), new SimpleObjectProperty<LanguageModel>(),
                new SameThreadTaskRunner()));
        view = new CorpusView(vm);
        FxTestSupport.show(stage, view.node());
    }

    @Test
    void countOfCountsTableZipfAndSparsityMatchTheEngine() {
        var rows = view.countOfCountsTable().getItems();
        assertThat(rows).hasSize(10);
        for (int c = 1; c <= 10; c++) {
            for (int k = 1; k <= 3; k++) {
                assertThat(rows.get(c - 1)[k]).isEqualTo(mini.counts().countOfCount(k, c));
            }
        }
        XYDataset zipf = view.zipfViewer().getChart().getXYPlot().getDataset();
        assertThat(zipf.getItemCount(0)).isEqualTo(10); // 10 word types, every rank plotted
        assertThat(zipf.getYValue(0, 0)).isEqualTo(3.0); // "I"
        CategoryDataset sparsity = view.sparsityViewer().getChart().getCategoryPlot().getDataset();
        double[] unseen = vm.statsProperty().get().unseenShare();
        for (int k = 0; k < unseen.length; k++) {
            assertThat(sparsity.getValue(0, k).doubleValue()).isEqualTo(unseen[k] * 100);
        }
        assertThat(view.summary().getChildren()).hasSize(12);
    }

    @Test
    void plottedRanksThinOutLargeVocabularies() {
        assertThat(CorpusView.plottedRanks(10)).hasSize(10);
        var ranks = CorpusView.plottedRanks(50_000);
        assertThat(ranks.size()).isBetween(400, 650);
        assertThat(ranks.get(ranks.size() - 1)).isEqualTo(50_000);
        assertThat(ranks).isSorted().doesNotHaveDuplicates();
    }
}
