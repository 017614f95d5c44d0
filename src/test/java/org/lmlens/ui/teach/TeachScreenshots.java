package org.lmlens.ui.teach;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.lmlens.engine.Progress;
import org.lmlens.engine.TestCorpora;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.Fonts;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.common.TaskRunner;
import org.lmlens.ui.corpus.CorpusView;
import org.lmlens.ui.corpus.CorpusViewModel;
import org.lmlens.ui.evaluate.EvaluateView;
import org.lmlens.ui.evaluate.EvaluateViewModel;
import org.lmlens.ui.explain.ExplainView;
import org.lmlens.ui.explain.ExplainViewModel;
import org.lmlens.ui.score.ScoreView;
import org.lmlens.ui.score.ScoreViewModel;
import org.lmlens.ui.generate.StepGenerationView;
import org.lmlens.ui.generate.StepGenerationViewModel;

/**
 * Not a test: shows each teaching view in a window and writes a PNG of it, to look at what was built.
 * Run under {@code xvfb-run -a java -cp … org.lmlens.ui.teach.TeachScreenshots OUTDIR CORPORA}.
 */
public final class TeachScreenshots extends Application {
    private static final TaskRunner RUNNER = new SameThreadTaskRunner();

    /** Entry point that is not an Application subclass, so the JavaFX jars on the class path suffice. */
    public static final class Main {
        public static void main(String[] args) {
            Application.launch(TeachScreenshots.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        List<String> args = getParameters().getRaw();
        Path out = Path.of(args.get(0));
        Path corpora = Path.of(args.get(1));
        TrainedText mini = TestCorpora.mini(6);
        TrainedText tang = TrainedText.load(TextSource.ofFile(corpora.resolve("tang/tang300.txt")),
                TextOptions.defaults().withTokenizer(Tokenizers.byName("char")), 1, 6, Progress.NONE);
        TrainedText brown = TrainedText.load(TextSource.ofFile(corpora.resolve("brown/train.txt")),
                TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace")), 1, 6, Progress.NONE);

        I18n.setLocale(Locale.ENGLISH);
        shoot(stage, out, "teach-score", mini, "mle", 2, (t, m) -> {
            ScoreViewModel vm = new ScoreViewModel(org.lmlens.ui.TabContexts.of(t, m, RUNNER));
            vm.firstProperty().set("I do not like green eggs and ham");
            vm.shuffle();
            return new ScoreView(vm).node();
        });
        shoot(stage, out, "teach-score-laplace", mini, "laplace", 3, (t, m) -> {
            ScoreViewModel vm = new ScoreViewModel(org.lmlens.ui.TabContexts.of(t, m, RUNNER));
            vm.firstProperty().set("I do not like Sam\nSam I am");
            return new ScoreView(vm).node();
        });
        shoot(stage, out, "teach-evaluate", brown, "laplace", 2,
                (t, m) -> new EvaluateView(new EvaluateViewModel(org.lmlens.ui.TabContexts.of(t, m, RUNNER))).node());
        shoot(stage, out, "teach-corpus", brown, "laplace", 2,
                (t, m) -> new CorpusView(new CorpusViewModel(org.lmlens.ui.TabContexts.of(t, m, RUNNER))).node());
        shoot(stage, out, "teach-explain", mini, "lidstone", 2, (t, m) -> new ExplainView(new ExplainViewModel(org.lmlens.ui.TabContexts.focused(t, m, RUNNER, new SimpleObjectProperty<>(List.of("I")), new SimpleObjectProperty<>("am")))).node());
        shoot(stage, out, "teach-step", mini, "laplace", 2, (t, m) -> {
            StepGenerationViewModel vm = new StepGenerationViewModel(org.lmlens.ui.TabContexts.of(t, m, RUNNER));
            vm.temperatureProperty().set(0.7);
            vm.step();
            vm.step();
            return new StepGenerationView(vm).node();
        });

        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
        shoot(stage, out, "teach-dark-explain", mini, "laplace", 2, (t, m) -> new ExplainView(new ExplainViewModel(org.lmlens.ui.TabContexts.focused(t, m, RUNNER, new SimpleObjectProperty<>(List.of("I")), new SimpleObjectProperty<>("am")))).node());
        shoot(stage, out, "teach-dark-evaluate", tang, "laplace", 2,
                (t, m) -> new EvaluateView(new EvaluateViewModel(org.lmlens.ui.TabContexts.of(t, m, RUNNER))).node());
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());

        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        shoot(stage, out, "teach-zh-score", tang, "mle", 2, (t, m) -> {
            ScoreViewModel vm = new ScoreViewModel(org.lmlens.ui.TabContexts.of(t, m, RUNNER));
            vm.firstProperty().set("白日依山尽");
            vm.shuffle();
            return new ScoreView(vm).node();
        });
        shoot(stage, out, "teach-zh-evaluate", tang, "laplace", 2,
                (t, m) -> new EvaluateView(new EvaluateViewModel(org.lmlens.ui.TabContexts.of(t, m, RUNNER))).node());
        shoot(stage, out, "teach-zh-corpus", tang, "laplace", 2,
                (t, m) -> new CorpusView(new CorpusViewModel(org.lmlens.ui.TabContexts.of(t, m, RUNNER))).node());
        shoot(stage, out, "teach-zh-explain", tang, "laplace", 2, (t, m) -> new ExplainView(new ExplainViewModel(org.lmlens.ui.TabContexts.focused(t, m, RUNNER, new SimpleObjectProperty<>(List.of("明")), new SimpleObjectProperty<>("月")))).node());
        shoot(stage, out, "teach-zh-step", tang, "lidstone", 2, (t, m) -> {
            StepGenerationViewModel vm = new StepGenerationViewModel(org.lmlens.ui.TabContexts.of(t, m, RUNNER));
            vm.temperatureProperty().set(0.5);
            for (int i = 0; i < 4; i++) {
                vm.step();
            }
            return new StepGenerationView(vm).node();
        });
        Platform.exit();
    }

    private interface Builder {
        Node build(SimpleObjectProperty<TrainedText> text, SimpleObjectProperty<LanguageModel> model);
    }

    private static void shoot(Stage stage, Path out, String name, TrainedText text, String method, int order,
                              Builder builder) throws Exception {
        var t = new SimpleObjectProperty<>(text);
        var m = new SimpleObjectProperty<>(text.model(order, Methods.byName(method), org.lmlens.engine.smoothing.Parameters.NONE));
        StackPane root = new StackPane(builder.build(t, m));
        String family = Fonts.fxFamily();
        if (family != null) {
            root.setStyle("-fx-font-family: \"" + family + "\"; -fx-font-size: 14px;");
        }
        Scene scene = new Scene(root, 1280, 800);
        stage.setScene(scene);
        stage.show();
        root.applyCss();
        root.layout();
        if (name.equals("teach-score-laplace")) {
            // show the Markov window of one word, as hovering does
            root.lookupAll(".label").stream().filter(n -> "like".equals(((javafx.scene.control.Label) n).getText()))
                    .findFirst().ifPresent(n -> n.fireEvent(new javafx.scene.input.MouseEvent(
                            javafx.scene.input.MouseEvent.MOUSE_ENTERED, 0, 0, 0, 0, javafx.scene.input.MouseButton.NONE,
                            0, false, false, false, false, false, false, false, false, false, false, null)));
        }
        var image = scene.snapshot(null);
        File f = out.resolve(name + ".png").toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", f);
        System.out.println("wrote " + f);
    }
}
