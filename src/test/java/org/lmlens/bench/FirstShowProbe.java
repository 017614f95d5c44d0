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
    private static final java.util.List<java.lang.ref.WeakReference<MainView>> WINDOWS = new java.util.concurrent.CopyOnWriteArrayList<>();

    private FirstShowProbe() {
    }

    private static void print(FxWatchdog.Monitor monitor) {
        for (FxWatchdog.Violation v : monitor.stop()) {
            System.out.println(v.toString().lines().limit(Integer.getInteger("frames", 3)).collect(Collectors.joining("\n")));
        }
    }

    private static void count(javafx.scene.Node node, int[] nodes, int depth) {
        nodes[0]++;
        nodes[1] = Math.max(nodes[1], depth);
        if (node instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                count(child, nodes, depth + 1);
            }
        }
    }

    /** async-profiler through ap-loader, when it is on the class path (-Dprofile=true). */
    private static void profiler(String command) throws Exception {
        if (Boolean.getBoolean("profile")) {
            Object p = Class.forName("one.profiler.AsyncProfilerLoader").getMethod("load").invoke(null);
            p.getClass().getMethod("execute", String.class).invoke(p, command);
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
            MainView[] built = new MainView[1];
            SessionViewModel[] sessions = new SessionViewModel[1];
            if (Boolean.getBoolean("close") && built[0] == null && round > 0) {
                Platform.runLater(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).forEach(javafx.stage.Window::hide));
            }
            Platform.runLater(() -> {
                I18n.setLocale(Locale.ENGLISH);
                LmLensApp.applyTheme(false);
                Stage stage = new Stage();
                sessions[0] = new SessionViewModel(new FxTaskRunner());
                MainView main = new MainView(sessions[0],
                        new Settings(Preferences.userRoot().node("org/lmlens/probe")), stage);
                Scene scene = main.createScene(1280, 800);
                if (System.getProperty("extraCss") != null) {
                    scene.getStylesheets().add("data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(
                            System.getProperty("extraCss").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                }
                stage.setScene(scene);
                stage.show();
                main.loadInitialSample();
                built[0] = main;
                WINDOWS.add(new java.lang.ref.WeakReference<>(main));
                shown.countDown();
            });
            shown.await();
            MainView main = built[0];
            Thread.sleep(5000);
            System.out.println("round " + round + ": FX-thread stretches over 20 ms of CPU");
            print(monitor);
            if (Boolean.getBoolean("rebuild")) {
                // As MainWindowIntegrationTest.quittingSavesTheScreenAsTheLastSession: a new model and a tab, at once.
                FxWatchdog.Monitor m = FxWatchdog.start(20);
                Platform.runLater(() -> {
                    sessions[0].orderProperty().set(4);
                    sessions[0].methodProperty().set(org.lmlens.engine.smoothing.Methods.byName("witten-bell"));
                    if (!Boolean.getBoolean("split")) {
                        main.tabs().getSelectionModel().select(5);
                    }
                });
                if (Boolean.getBoolean("split")) {
                    Thread.sleep(3000);
                    System.out.println("order 4 and Witten-Bell:");
                    print(m);
                    m = FxWatchdog.start(20);
                    Platform.runLater(() -> main.tabs().getSelectionModel().select(5));
                }
                Thread.sleep(3000);
                System.out.println("order 4, Witten-Bell and the corpus tab:");
                print(m);
            }
            for (int again = 0; again < Integer.getInteger("reopen", 0); again++) {
                Platform.runLater(() -> main.tabs().getSelectionModel().select(0));
                Thread.sleep(1000);
                FxWatchdog.Monitor m = FxWatchdog.start(Integer.getInteger("limit", 20));
                Platform.runLater(() -> main.tabs().getSelectionModel().select(5));
                Thread.sleep(1000);
                System.out.println("corpus tab opened again (" + again + "): longest " + m.longestMillis());
                print(m);
            }
            for (int tab = 1; Boolean.getBoolean("tabs") && tab < main.tabs().getTabs().size(); tab++) {
                FxWatchdog.Monitor m = FxWatchdog.start(20);
                int index = tab;
                boolean profiled = round > 0 && main.tabs().getTabs().get(tab).getId().equals(System.getProperty("profileTab"));
                if (profiled) {
                    profiler("start,event=cpu,interval=200us,threads");
                }
                Platform.runLater(() -> main.tabs().getSelectionModel().select(index));
                Thread.sleep(1500);
                if (profiled) {
                    profiler("stop,file=/tmp/tab-" + round + ".txt,collapsed");
                }
                int[] nodes = new int[2];
                CountDownLatch counted = new CountDownLatch(1);
                Platform.runLater(() -> {
                    count(main.tabs().getTabs().get(index).getContent(), nodes, 0);
                    if (Boolean.getBoolean("rows")) {
                        System.out.println("row heights " + main.tabs().getTabs().get(index).getContent().lookupAll(".table-row-cell")
                                .stream().map(n -> String.valueOf(((javafx.scene.layout.Region) n).getHeight())).distinct().toList()
                                + " font " + javafx.scene.text.Font.getDefault().getSize());
                    }
                    counted.countDown();
                });
                counted.await();
                System.out.println("first opening of tab " + tab + " (" + main.tabs().getTabs().get(tab).getId() + "), "
                        + nodes[0] + " nodes, deepest " + nodes[1] + ": longest " + m.longestMillis());
                print(m);
            }
            java.lang.reflect.Method darkProperty = MainView.class.getDeclaredMethod("darkProperty");
            darkProperty.setAccessible(true);
            for (int i = 0; i < Integer.getInteger("themes", 0); i++) {
                Platform.runLater(() -> main.tabs().getSelectionModel().select(5));
                Thread.sleep(1000);
                FxWatchdog.Monitor m = FxWatchdog.start(10);
                if (i >= 2) {
                    profiler("start,event=cpu,interval=200us,threads");
                }
                boolean toDark = i % 2 == 0;
                Platform.runLater(() -> {
                    try {
                        ((javafx.beans.property.BooleanProperty) darkProperty.invoke(main)).set(toDark);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                });
                Thread.sleep(1500);
                if (i >= 2) {
                    profiler("stop,file=/tmp/theme-" + i + ".txt,collapsed");
                }
                System.out.println("theme switch " + i + (toDark ? " to dark" : " to light") + ": longest " + m.longestMillis());
                print(m);
            }
            for (int i = 0; i < Integer.getInteger("switches", 0); i++) {
                FxWatchdog.Monitor m = FxWatchdog.start(20);
                Locale to = i % 2 == 0 ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
                Platform.runLater(() -> I18n.setLocale(to));
                Thread.sleep(1500);
                System.out.println("language switch " + i + " to " + to + ":");
                print(m);
            }
        }
        if (Boolean.getBoolean("close")) {
            Platform.runLater(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).forEach(javafx.stage.Window::hide));
            Thread.sleep(500);
            for (int i = 0; i < 20; i++) {
                System.gc();
                Thread.sleep(50);
            }
            System.out.println("main windows still reachable after closing all: "
                    + WINDOWS.stream().filter(w -> w.get() != null).count() + " of " + WINDOWS.size());
        }
        Platform.exit();
        System.exit(0);
    }
}
