package org.lmlens.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.eval.OrderSweep;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.teach.FxTestSupport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class EvaluateViewFxTest {
    private EvaluateViewModel vm;
    private EvaluateView view;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        String text = TestCorpora.MINI + "I like green ham\nSam likes eggs\nI am not Sam\ndo you like Sam\n";
        TrainedText t = TrainedText.of(CorpusBuilder.train(TestCorpora.sentences(text), 1), 6);
        vm = new EvaluateViewModel(org.lmlens.ui.TabContexts.of(new SimpleObjectProperty<>(t), new SimpleObjectProperty<LanguageModel>(),
                new SameThreadTaskRunner()));
        view = new EvaluateView(vm);
        FxTestSupport.show(stage, view.node());
    }

    @Test
    void tableAndChartShowTheSweep(FxRobot robot) {
        OrderSweep.Result r = vm.resultProperty().get();
        assertThat(view.table().getItems()).isEqualTo(r.points());
        XYSeriesCollection data = (XYSeriesCollection) view.chart().getChart().getXYPlot().getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(2 * vm.methods().size());
        for (int m = 0; m < vm.methods().size(); m++) {
            var points = r.pointsOf(vm.methods().get(m).name());
            var test = data.getSeries(2 * m);
            var finite = points.stream().filter(p -> Double.isFinite(p.testPerplexity())).toList();
            assertThat(test.getItemCount()).isEqualTo(finite.size());
            for (int i = 0; i < finite.size(); i++) {
                assertThat(test.getX(i).intValue()).isEqualTo(finite.get(i).order());
                assertThat(test.getY(i).doubleValue()).isEqualTo(finite.get(i).testPerplexity());
            }
        }
        assertThat(robot.lookup("#evaluate-notes").queryLabeled().getText()).contains("%");
    }

    @Test
    void changingTheShareRecomputes(FxRobot robot) {
        long before = vm.resultProperty().get().testTokens();
        robot.interact(() -> vm.testShareProperty().set(0.5));
        assertThat(vm.resultProperty().get().testTokens()).isGreaterThan(before);
        assertThat(view.table().getItems()).isEqualTo(vm.resultProperty().get().points());
    }
}
