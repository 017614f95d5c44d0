package org.lmlens.bench;

import java.io.File;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.LmLensApp;
import org.lmlens.ui.MainView;
import org.lmlens.ui.common.FxTaskRunner;
import org.lmlens.ui.common.Settings;
import org.lmlens.ui.session.Samples;
import org.lmlens.ui.session.SessionViewModel;
import org.lmlens.ui.tabs.TabRegistry;

/**
 * Screenshots of the Neural tab while it trains, in English (I am Sam) and Chinese (唐诗三百首), run under
 * Xvfb as {@link Screenshots} is: {@code java -cp … org.lmlens.bench.NeuralScreenshots OUT_DIR}.
 */
public final class NeuralScreenshots {
    private NeuralScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "assets/screenshots");
        out.mkdirs();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        SessionViewModel session = new SessionViewModel(new FxTaskRunner());
        MainView[] main = new MainView[1];
        Stage[] stage = new Stage[1];
        ResponsivenessBenchmark.onFx(() -> {
            I18n.setLocale(Locale.ENGLISH);
            LmLensApp.applyTheme(false);
            stage[0] = new Stage();
            main[0] = new MainView(session, new Settings(Preferences.userRoot().node("org/lmlens/shots")), stage[0],
                    Screenshots.scratchRecent());
            Scene scene = main[0].createScene(1320, 820);
            stage[0].setScene(scene);
            stage[0].show();
            session.load(Samples.byId("sam"));
        });
        Screenshots.settle(2000);
        train(main[0], 0.3, 400);
        Screenshots.settle(15000);
        compare(main[0]);
        Screenshots.settle(3000);
        Screenshots.shot(stage[0], new File(out, "en-neural.png"));
        ResponsivenessBenchmark.onFx(() -> {
            I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
            session.load(Samples.byId("tang300"));
        });
        Screenshots.settle(4000);
        train(main[0], 0.1, 300);
        Screenshots.settle(25000);
        compare(main[0]);
        Screenshots.settle(8000);
        Screenshots.shot(stage[0], new File(out, "zh-neural.png"));
        System.exit(0);
    }

    private static void compare(MainView main) throws InterruptedException {
        ResponsivenessBenchmark.onFx(() -> main.view(TabRegistry.NEURAL, org.lmlens.ui.neural.NeuralView.class)
                .viewModel().compare());
    }

    private static void train(MainView main, double rate, int steps) throws InterruptedException {
        ResponsivenessBenchmark.onFx(() -> {
            int index = TabRegistry.standard().entries().indexOf(TabRegistry.standard().byId(TabRegistry.NEURAL).orElseThrow());
            main.tabs().getSelectionModel().select(index);
            var vm = main.view(TabRegistry.NEURAL, org.lmlens.ui.neural.NeuralView.class).viewModel();
            vm.learningRateProperty().set(rate);
            vm.stepsProperty().set(steps);
            vm.start();
        });
    }
}
