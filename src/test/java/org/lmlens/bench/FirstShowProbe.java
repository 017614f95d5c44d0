package org.lmlens.bench;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.FxWatchdog;
import org.lmlens.ui.LmLensApp;
import org.lmlens.ui.MainView;
import org.lmlens.ui.Prewarm;
import org.lmlens.ui.common.FxTaskRunner;
import org.lmlens.ui.common.Settings;
import org.lmlens.ui.session.SessionViewModel;

/**
 * How long the FX thread is busy while the main window is built and first shown, in a fresh JVM: every
 * stretch over 20 ms of FX-thread CPU, per round (round 0 is the cold start). With {@code prewarm} as
 * argument, {@link Prewarm} runs first, as {@code LmLensApp.init()} does; {@code -Dswitches=N} then switches
 * the language N times (Chinese, English, …) and prints each switch's stretches. Run headless with the surefire
 * system properties (Monocle), for example:
 *
 * <pre>  java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Drounds=3 \
 *       -cp target/classes:target/test-classes:$(cat cp.txt) org.lmlens.bench.FirstShowProbe prewarm</pre>
 */
public final class FirstShowProbe {
    private FirstShowProbe() {
    }

    private static void print(FxWatchdog.Monitor monitor) {
        for (FxWatchdog.Violation v : monitor.stop()) {
            System.out.println(v.toString().lines().limit(Integer.getInteger("frames", 3)).collect(Collectors.joining("\n")));
        }
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        if (args.length > 0 && args[0].equals("prewarm")) {
            long t0 = System.nanoTime();
            Prewarm.run();
            System.out.printf(Locale.ROOT, "prewarm %.0f ms (off the FX thread)%n", (System.nanoTime() - t0) / 1e6);
        }
        for (int round = 0; round < Integer.getInteger("rounds", 1); round++) {
            FxWatchdog.Monitor monitor = FxWatchdog.start(20);
            CountDownLatch shown = new CountDownLatch(1);
            Platform.runLater(() -> {
                I18n.setLocale(Locale.ENGLISH);
                LmLensApp.applyTheme(false);
                Stage stage = new Stage();
                MainView main = new MainView(new SessionViewModel(new FxTaskRunner()),
                        new Settings(Preferences.userRoot().node("org/lmlens/probe")), stage);
                Scene scene = main.createScene(1280, 800);
                stage.setScene(scene);
                stage.show();
                main.loadInitialSample();
                shown.countDown();
            });
            shown.await();
            Thread.sleep(5000);
            System.out.println("round " + round + ": FX-thread stretches over 20 ms of CPU");
            print(monitor);
            for (int i = 0; i < Integer.getInteger("switches", 0); i++) {
                FxWatchdog.Monitor m = FxWatchdog.start(20);
                Locale to = i % 2 == 0 ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
                Platform.runLater(() -> I18n.setLocale(to));
                Thread.sleep(1500);
                System.out.println("language switch " + i + " to " + to + ":");
                print(m);
            }
        }
        Platform.exit();
        System.exit(0);
    }
}
