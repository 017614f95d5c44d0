package org.lmlens.ui.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.teach.FxTestSupport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ExplainViewFxTest {
    private final TrainedText text = TestCorpora.mini(3);
    private final SimpleObjectProperty<LanguageModel> model =
            new SimpleObjectProperty<>(text.model(2, Methods.byName("mle"), Parameters.NONE));
    private final SimpleObjectProperty<List<String>> context = new SimpleObjectProperty<>(List.of("I"));
    private final SimpleObjectProperty<String> word = new SimpleObjectProperty<>("am");
    private ExplainViewModel vm;
    private ExplainView view;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        vm = new ExplainViewModel(org.lmlens.ui.TabContexts.focused(new SimpleObjectProperty<>(text), model, new SameThreadTaskRunner(), context, word));
        view = new ExplainView(vm);
        FxTestSupport.show(stage, view.node());
    }

    @Test
    void everyMethodsSubstitutedFormulaIsRenderedAndEqualsTheEngine(FxRobot robot) {
        for (SmoothingMethod m : Methods.all()) {
            robot.interact(() -> model.set(text.model(2, m, Parameters.NONE)));
            ExplainResult r = vm.resultProperty().get();
            assertThat(r.method()).isEqualTo(m.name());
            // The formula re-does the method's arithmetic from the explained terms: equal up to rounding.
            assertThat(r.formulaValue()).as(m.name())
                    .isCloseTo(model.get().probability(List.of("<s>", "I"), "am"), within(1e-12));
            assertThat(view.generalImage().getImage().getWidth()).isGreaterThan(100);
            assertThat(view.substitutedImage().getImage().getWidth()).isGreaterThan(100);
            assertThat(view.check().getText()).contains("✓");
            CategoryDataset mass = view.massViewer().getChart().getCategoryPlot().getDataset();
            assertThat(mass.getValue(org.lmlens.ui.common.Names.method(m), I18n.get("explain.mass.seen")).doubleValue()).isEqualTo(r.seenMass());
        }
    }

    @Test
    void chineseWordsRenderAndAWordChangeUpdates(FxRobot robot) {
        robot.interact(() -> {
            context.set(List.of("明"));
            word.set("月");
        });
        // the mini-corpus has neither character: the context becomes <unk>, the word keeps its spelling
        assertThat(vm.resultProperty().get().substituted()).contains("\\text{月}").contains("\\mathrm{unk}");
        assertThat(view.substitutedImage().getImage()).isNotNull();
    }
}
