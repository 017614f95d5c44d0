package org.lmlens.bench;

import java.lang.ref.WeakReference;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.LmLensApp;
import org.lmlens.ui.MainView;
import org.lmlens.ui.common.FxTaskRunner;
import org.lmlens.ui.common.Settings;
import org.lmlens.ui.session.SessionViewModel;

/**
 * How long the FX thread is busy while the main window is built and first shown, in a fresh JVM: every
 * stretch over 20 ms of FX-thread CPU, per round (round 0 is the cold start; each round builds a new window).
 * Per round:
 * <ul>
 *   <li>{@code -Dtabs=true} opens each tab for the first time and prints its node count and longest stretch;</li>
 *   <li>{@code -Dthemes=N} switches the theme N times (dark, light, …) on the Corpus tab, and writes a
 *   snapshot of the window after each to the folder {@code -Dsnapshots=DIR} names, if it does;</li>
 *   <li>{@code -Ddialogs=N} shows an error dialog N times (closing it after each);</li>
 *   <li>{@code -Dswitches=N} switches the language N times (Chinese, English, …).</li>
 * </ul>
 * {@code -Dclose=true} closes each round's window before the next is built, and at the end counts the
 * windows a GC could not collect (something global still holds them). {@code -Dprofile=ID} (a tab id, or
 * {@code themes}) records an async-profiler CPU profile (ap-loader on the class path) of that tab's first
 * opening, or of the theme switches, from round 1 on, to {@code /tmp/probe-*.txt} (collapsed stacks, per
 * thread). Run headless with the surefire system properties (Monocle), for example:
 *
 * <pre>  java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Drounds=3 -Dtabs=true \
 *       -cp target/classes:target/test-classes:$(cat cp.txt) org.lmlens.bench.FirstShowProbe</pre>
 */
public final class FirstShowProbe {
    private static final List<WeakReference<MainView>> WINDOWS = new CopyOnWriteArrayList<>();
    private static final String PROFILE = System.getProperty("profile", "");

    private FirstShowProbe() {
    }

    public static void main(String[] args) throws Exception {
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Platform.setImplicitExit(false); // the probe closes windows and builds new ones
        for (int round = 0; round < Integer.getInteger("rounds", 1); round++) {
            if (Boolean.getBoolean("close") && round > 0) {
                ResponsivenessBenchmark.onFx(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide));
            }
            FxWatchdog.Monitor monitor = FxWatchdog.start(20);
            MainView main = build();
            Thread.sleep(5000);
            System.out.println("round " + round + ": FX-thread stretches over 20 ms of CPU");
            print(monitor);
            if (Boolean.getBoolean("tabs")) {
                openEachTab(main, round);
            }
            switchThemes(main, round);
            showErrors(main);
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
            ResponsivenessBenchmark.onFx(() -> new ArrayList<>(Window.getWindows()).forEach(Window::hide));
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

    private static MainView build() throws Exception {
        MainView[] built = new MainView[1];
        ResponsivenessBenchmark.onFx(() -> {
            I18n.setLocale(Locale.ENGLISH);
            LmLensApp.applyTheme(false);
            Stage stage = new Stage();
            MainView main = new MainView(new SessionViewModel(new FxTaskRunner()),
                    new Settings(Preferences.userRoot().node("org/lmlens/probe")), stage);
            Scene scene = main.createScene(1280, 800);
            stage.setScene(scene);
            stage.show();
            main.loadInitialSample();
            built[0] = main;
        });
        WINDOWS.add(new WeakReference<>(built[0]));
        return built[0];
    }

    private static void openEachTab(MainView main, int round) throws Exception {
        for (int tab = 1; tab < main.tabs().getTabs().size(); tab++) {
            int index = tab;
            String id = main.tabs().getTabs().get(tab).getId();
            boolean profiled = round > 0 && id.equals(PROFILE);
            FxWatchdog.Monitor m = FxWatchdog.start(20);
            profiler(profiled, "start,event=cpu,interval=200us,threads");
            Platform.runLater(() -> main.tabs().getSelectionModel().select(index));
            Thread.sleep(1500);
            profiler(profiled, "stop,file=/tmp/probe-" + id + "-" + round + ".txt,collapsed");
            int[] nodes = new int[2];
            ResponsivenessBenchmark.onFx(() -> count(main.tabs().getTabs().get(index).getContent(), nodes, 0));
            System.out.println("first opening of tab " + tab + " (" + id + "), " + nodes[0] + " nodes, deepest "
                    + nodes[1] + ": longest " + m.longestMillis());
            print(m);
        }
    }

    private static void switchThemes(MainView main, int round) throws Exception {
        Method darkProperty = MainView.class.getDeclaredMethod("darkProperty");
        darkProperty.setAccessible(true);
        BooleanProperty dark = (BooleanProperty) darkProperty.invoke(main);
        for (int i = 0; i < Integer.getInteger("themes", 0); i++) {
            ResponsivenessBenchmark.onFx(() -> main.tabs().getSelectionModel().select(5));
            Thread.sleep(1000);
            boolean profiled = round > 0 && PROFILE.equals("themes");
            FxWatchdog.Monitor m = FxWatchdog.start(10);
            profiler(profiled, "start,event=cpu,interval=200us,threads");
            boolean toDark = i % 2 == 0;
            Platform.runLater(() -> dark.set(toDark));
            Thread.sleep(1500);
            profiler(profiled, "stop,file=/tmp/probe-themes-" + round + "-" + i + ".txt,collapsed");
            System.out.println("theme switch " + i + (toDark ? " to dark" : " to light") + ": longest "
                    + m.longestMillis());
            print(m);
            if (System.getProperty("snapshots") != null) { // look at the window after the switch
                java.io.File png = new java.io.File(System.getProperty("snapshots"), "theme-" + round + "-" + i + ".png");
                ResponsivenessBenchmark.onFx(() -> {
                    try {
                        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                                main.tabs().getScene().snapshot(null), null), "png", png);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        }
    }

    private static void showErrors(MainView main) throws Exception {
        Method showError = MainView.class.getDeclaredMethod("showError", String.class);
        showError.setAccessible(true);
        for (int i = 0; i < Integer.getInteger("dialogs", 0); i++) {
            FxWatchdog.Monitor m = FxWatchdog.start(10);
            Platform.runLater(() -> {
                try {
                    showError.invoke(main, "probe.txt: the file could not be read"); // i18n-ok: probe
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(1500);
            System.out.println("error dialog " + i + ": longest " + m.longestMillis());
            print(m);
            ResponsivenessBenchmark.onFx(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != main.tabs().getScene().getWindow())
                    .forEach(Window::hide));
            Thread.sleep(500);
        }
    }

    private static void print(FxWatchdog.Monitor monitor) {
        for (FxWatchdog.Violation v : monitor.stop()) {
            System.out.println(v.toString().lines().limit(Integer.getInteger("frames", 3)).collect(Collectors.joining("\n")));
        }
    }

    private static void count(Node node, int[] nodes, int depth) {
        nodes[0]++;
        nodes[1] = Math.max(nodes[1], depth);
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                count(child, nodes, depth + 1);
            }
        }
    }

    /** An async-profiler command through ap-loader (looked up by name: not a dependency of the build). */
    private static void profiler(boolean wanted, String command) throws ReflectiveOperationException {
        if (wanted) {
            Object p = Class.forName("one.profiler.AsyncProfilerLoader").getMethod("load").invoke(null);
            p.getClass().getMethod("execute", String.class).invoke(p, command);
        }
    }
}
