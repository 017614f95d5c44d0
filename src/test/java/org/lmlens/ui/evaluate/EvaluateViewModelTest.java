package org.lmlens.ui.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.Progress;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.eval.HeldOutSplit;
import org.lmlens.engine.eval.OrderSweep;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.ui.common.SameThreadTaskRunner;

class EvaluateViewModelTest {
    private static final String TEXT = String.join("\n", "I am Sam", "Sam I am", "I do not like green eggs and ham",
            "I like Sam", "Sam likes green ham", "do you like eggs", "I am not Sam", "green eggs and ham", "Sam I like",
            "I do like ham") + "\n";

    private final TrainedText text = TrainedText.of(
            org.lmlens.engine.count.CorpusBuilder.train(TestCorpora.sentences(TEXT), 1), 6);

    @Test
    void defaultMethodsArePreferredOnesOrEveryNormalisedMethod() {
        List<SmoothingMethod> all = Methods.all();
        List<SmoothingMethod> chosen = EvaluateViewModel.defaultMethods(all);
        assertThat(chosen).extracting(SmoothingMethod::name)
                .containsExactly("laplace", "witten-bell", "kneser-ney", "modified-kneser-ney");
        if (all.stream().filter(SmoothingMethod::inDefaultComparison).count() >= 2) {
            assertThat(chosen).allMatch(SmoothingMethod::inDefaultComparison);
        } else {
            assertThat(chosen).isEqualTo(all.stream().filter(SmoothingMethod::isNormalised).toList());
        }
        List<SmoothingMethod> none = all.stream().filter(m -> !m.inDefaultComparison()).toList();
        assertThat(EvaluateViewModel.defaultMethods(none)).isEqualTo(none.stream().filter(SmoothingMethod::isNormalised).toList());
    }

    @Test
    void sweepOnTheHeldOutSplitMatchesTheEngine() {
        var vm = new EvaluateViewModel(org.lmlens.ui.TabContexts.of(new SimpleObjectProperty<>(text),
                new SimpleObjectProperty<LanguageModel>(text.model(2, Methods.byName("mle"), Parameters.NONE)), new SameThreadTaskRunner()));
        vm.testShareProperty().set(0.2);
        OrderSweep.Result r = vm.resultProperty().get();
        assertThat(r.points()).hasSize(vm.methods().size() * EvaluateViewModel.MAX_ORDER);
        HeldOutSplit split = HeldOutSplit.of(text.corpus(), 0.2, HeldOutSplit.DEFAULT_SEED, 1);
        assertThat(split.test().sentenceCount()).isEqualTo(2);
        TrainedText training = TrainedText.of(split.training(), 6);
        for (OrderSweep.Point p : r.points()) {
            LanguageModel model = training.model(p.order(), Methods.byName(p.method()), Parameters.NONE);
            assertThat(p.testPerplexity()).isEqualTo(model.evaluate(split.test(), Progress.NONE).perplexity());
        }
        assertThat(r.oovRate()).isEqualTo((double) split.test().oovTokens() / r.testTokens());
    }

    @Test
    void aSecondFileIsTheTestSetAgainstTheWholeText(@TempDir Path dir) throws Exception {
        Path test = dir.resolve("test.txt");
        Files.writeString(test, "I am Sam\nzebra likes ham\n", StandardCharsets.UTF_8);
        var vm = new EvaluateViewModel(org.lmlens.ui.TabContexts.of(new SimpleObjectProperty<>(text),
                new SimpleObjectProperty<LanguageModel>(), new SameThreadTaskRunner()));
        vm.testFileProperty().set(test);
        OrderSweep.Result r = vm.resultProperty().get();
        assertThat(r.testTokens()).isEqualTo(8);
        assertThat(r.oovRate()).isEqualTo(1.0 / 8);
        assertThat(vm.errorProperty().get()).isNull();
        vm.testFileProperty().set(dir.resolve("missing.txt"));
        assertThat(vm.errorProperty().get()).isNotBlank();
    }

    @Test
    void csvHasOneRowPerCellAndABom(@TempDir Path dir) throws Exception {
        OrderSweep.Result r = EvaluateViewModel.compute(text, 0.2, null, List.of(Methods.byName("mle"),
                Methods.byName("laplace")), Progress.NONE);
        Path f = dir.resolve("out.csv");
        EvaluateViewModel.writeCsv(r, f);
        byte[] bytes = Files.readAllBytes(f);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(bytes[1] & 0xFF).isEqualTo(0xBB);
        assertThat(bytes[2] & 0xFF).isEqualTo(0xBF);
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1 + 2 * 6);
        assertThat(lines.get(1)).startsWith("mle,1,");
        assertThat(lines.get(2)).startsWith("mle,2,inf,");
    }
}
