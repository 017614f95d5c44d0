package org.lmlens.bench;

import java.io.File;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.LmLensApp;
import org.lmlens.ui.classify.ClassifyView;
import org.lmlens.ui.classify.ClassifyViewModel;
import org.lmlens.ui.common.FxTaskRunner;

/**
 * Not a test: the Classify tab on the Tang poets in a window of its own, a PNG of each of its four views
 * after training (and the learning curve), in the language given ({@code en} or {@code zh}). Under Xvfb:
 * {@code xvfb-run -a java -cp … org.lmlens.bench.ClassifyScreenshots OUT_DIR en}.
 */
public final class ClassifyScreenshots {
    private ClassifyScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "assets/screenshots");
        String lang = args.length > 1 ? args[1] : "en";
        out.mkdirs();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        ClassifyViewModel vm = new ClassifyViewModel(org.lmlens.ui.tabs.TabContext.of(null, null, new FxTaskRunner()), Platform::runLater);
        Stage[] stage = new Stage[1];
        ClassifyView[] view = new ClassifyView[1];
        ResponsivenessBenchmark.onFx(() -> {
            I18n.setLocale("zh".equals(lang) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
            LmLensApp.applyTheme(false);
            view[0] = new ClassifyView(vm);
            Scene scene = new Scene((javafx.scene.Parent) view[0].node(), 1280, 800);
            scene.getStylesheets().add(LmLensApp.class.getResource(LmLensApp.STYLESHEET).toExternalForm());
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            vm.loadSample();
        });
        while (true) {
            Thread.sleep(500);
            boolean[] done = new boolean[1];
            ResponsivenessBenchmark.onFx(() -> done[0] = vm.resultProperty().get() != null
                    && vm.resultProperty().get().logLinear() != null || !vm.errorProperty().get().isEmpty());
            if (done[0]) {
                break;
            }
        }
        System.out.println("error: " + vm.errorProperty().get());
        ResponsivenessBenchmark.onFx(() -> vm.sentenceProperty().set("床前明月光，疑是地上霜。"));
        Thread.sleep(800);
        Screenshots.shot(stage[0], new File(out, lang + "-classify-sentence.png"));
        select(stage[0], 1);
        ResponsivenessBenchmark.onFx(() -> vm.selectCell(false, 0, 3));
        Thread.sleep(800);
        Screenshots.shot(stage[0], new File(out, lang + "-classify-evaluation.png"));
        select(stage[0], 2);
        Thread.sleep(800);
        Screenshots.shot(stage[0], new File(out, lang + "-classify-features.png"));
        select(stage[0], 3);
        ResponsivenessBenchmark.onFx(vm::learningCurve);
        while (true) {
            Thread.sleep(500);
            boolean[] done = new boolean[1];
            ResponsivenessBenchmark.onFx(() -> done[0] = !vm.curveRunningProperty().get());
            if (done[0]) {
                break;
            }
        }
        Thread.sleep(1000);
        Screenshots.shot(stage[0], new File(out, lang + "-classify-training.png"));
        Platform.exit();
        System.exit(0);
    }

    private static void select(Stage stage, int tab) throws InterruptedException {
        ResponsivenessBenchmark.onFx(() -> ((TabPane) stage.getScene().lookup("#classify-views"))
                .getSelectionModel().select(tab));
    }
}
