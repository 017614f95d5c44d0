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
import org.lmlens.ui.session.SessionViewModel;
import org.lmlens.ui.session.Samples;
import org.lmlens.ui.tabs.TabRegistry;
import org.lmlens.ui.tokenizer.TokenizerLabView;

/**
 * Not a test: PNGs of the Tokenizer tab, in English (KJV) and Chinese (唐诗三百首), with a chip clicked.
 *
 * <pre>xvfb-run -a -s "-screen 0 1400x900x24" java -cp target/classes:target/test-classes:$(cat cp.txt) org.lmlens.bench.TokenizerLabShots OUT</pre>
 */
public final class TokenizerLabShots {
    private TokenizerLabShots() {
    }

    public static void main(String[] args) throws Exception {
        File out = new File(args.length > 0 ? args[0] : "bench/out");
        out.mkdirs();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        SessionViewModel session = new SessionViewModel(new FxTaskRunner());
        MainView[] main = new MainView[1];
        Stage[] stage = new Stage[1];
        int tab = TabRegistry.standard().entries().indexOf(TabRegistry.standard().byId(TabRegistry.TOKENIZER).orElseThrow());
        ResponsivenessBenchmark.onFx(() -> {
            I18n.setLocale(Locale.ENGLISH);
            LmLensApp.applyTheme(false);
            stage[0] = new Stage();
            main[0] = new MainView(session, new Settings(Preferences.userRoot().node("org/lmlens/shots")), stage[0],
                    Screenshots.scratchRecent());
            Scene scene = main[0].createScene(1320, 820);
            stage[0].setScene(scene);
            stage[0].show();
            session.load(Samples.byId("kjv"));
        });
        Screenshots.settle(6000);
        ResponsivenessBenchmark.onFx(() -> main[0].tabs().getSelectionModel().select(tab));
        Screenshots.settle(20000);
        ResponsivenessBenchmark.onFx(() -> main[0].view(TabRegistry.TOKENIZER, TokenizerLabView.class).viewModel().select(0, 3));
        Screenshots.settle(1000);
        Screenshots.shot(stage[0], new File(out, "en-tokenizer.png"));
        ResponsivenessBenchmark.onFx(() -> {
            I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
            session.load(Samples.byId("tang300"));
        });
        Screenshots.settle(45000);
        ResponsivenessBenchmark.onFx(() -> main[0].view(TabRegistry.TOKENIZER, TokenizerLabView.class).viewModel().select(1, 0));
        Screenshots.settle(1000);
        Screenshots.shot(stage[0], new File(out, "zh-tokenizer.png"));
        Platform.exit();
        System.exit(0);
    }
}
