package org.lmlens.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.LmLensApp;
import org.lmlens.ui.MainView;
import org.lmlens.ui.common.FxTaskRunner;
import org.lmlens.ui.common.Settings;
import org.lmlens.ui.session.Samples;
import org.lmlens.ui.session.SessionViewModel;

/**
 * Not a test: the longest stretch of FX-thread CPU time per user action, in the real window with the FX task
 * runner (the target is 100 ms for each: longer, the window freezes in front of a class). Each action is
 * repeated; every stretch from the action until the app is idle again counts (a stretch is one FX event or
 * pulse, measured by {@link FxWatchdog}). Round 1 of each action meets cold code, so the maximum is the
 * first-time figure and the median the usual one.
 *
 * <pre>  java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw \
 *       -cp target/classes:target/test-classes:$(cat cp.txt) org.lmlens.bench.FxActionBenchmark [rounds]</pre>
 */
public final class FxActionBenchmark {
    private static final long SETTLE_MS = 1500;

    private FxActionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        java.util.concurrent.CountDownLatch up = new java.util.concurrent.CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        SessionViewModel session = new SessionViewModel(new FxTaskRunner());
        MainView[] main = new MainView[1];
        ResponsivenessBenchmark.onFx(() -> {
            I18n.setLocale(Locale.ENGLISH);
            LmLensApp.applyTheme(false);
            Stage stage = new Stage();
            main[0] = new MainView(session, new Settings(Preferences.userRoot().node("org/lmlens/bench")), stage,
                    ResponsivenessBenchmark.scratchRecent());
            Scene scene = main[0].createScene(1280, 800);
            stage.setScene(scene);
            stage.show();
        });
        Map<String, List<Long>> figures = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            boolean odd = round % 2 == 1;
            measure(figures, "load a sample (Brown)", () -> session.load(Samples.byId(odd ? "sam" : "brown")), 8000);
            measure(figures, "change order", () -> session.orderProperty().set(odd ? 3 : 4), SETTLE_MS);
            measure(figures, "change method", () -> session.methodProperty().set(
                    Methods.byName(odd ? "witten-bell" : "modified-kneser-ney")), SETTLE_MS);
            for (int tab = 1; tab < main[0].tabs().getTabs().size(); tab++) {
                int t = tab;
                measure(figures, "switch tab", () -> main[0].tabs().getSelectionModel().select(t), SETTLE_MS);
            }
            measure(figures, "switch tab", () -> main[0].tabs().getSelectionModel().select(0), SETTLE_MS);
            measure(figures, "switch language", () -> I18n.setLocale(odd ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE),
                    SETTLE_MS);
            measure(figures, "switch theme", () -> LmLensApp.applyTheme(!odd), SETTLE_MS);
            measure(figures, "presenter mode on", () -> main[0].presenter().setActive(true), SETTLE_MS);
            ResponsivenessBenchmark.onFx(() -> main[0].presenter().setActive(false));
            Thread.sleep(SETTLE_MS);
        }
        System.out.printf(Locale.ROOT, "%-24s %6s %8s %6s%n", "action", "n", "median", "max");
        for (Map.Entry<String, List<Long>> e : figures.entrySet()) {
            List<Long> ms = new ArrayList<>(e.getValue());
            Collections.sort(ms);
            System.out.printf(Locale.ROOT, "%-24s %6d %5d ms %3d ms%n", e.getKey(), ms.size(), ms.get(ms.size() / 2),
                    ms.get(ms.size() - 1));
        }
        System.out.printf(Locale.ROOT, "load average %.2f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        Platform.exit();
        System.exit(0);
    }

    private static void measure(Map<String, List<Long>> figures, String action, Runnable change, long settleMs)
            throws Exception {
        FxWatchdog.Monitor monitor = FxWatchdog.start(Long.MAX_VALUE / 2_000_000L);
        ResponsivenessBenchmark.onFx(change);
        Thread.sleep(settleMs);
        ResponsivenessBenchmark.onFx(() -> { });
        monitor.stop();
        figures.computeIfAbsent(action, k -> new ArrayList<>()).add(monitor.longestMillis());
    }
}
