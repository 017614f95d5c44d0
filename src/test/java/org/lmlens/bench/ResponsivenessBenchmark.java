package org.lmlens.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.LmLensApp;
import org.lmlens.ui.MainView;
import org.lmlens.ui.common.FxTaskRunner;
import org.lmlens.ui.common.Settings;
import org.lmlens.ui.session.Samples;
import org.lmlens.ui.session.SessionViewModel;

/**
 * Not a test: measures the live app with Brown loaded. Starts the real window (FX task runner), loads
 * Brown as the Samples menu does, then changes order and method many times and records, per change,
 * the time until the shown tab's view-models have published their update (Counts table and bigram
 * matrix; hidden tabs do no work). A probe thread posts to the FX thread every
 * 2 ms; the longest wait is the longest time the FX thread was busy.
 *
 * <p>Run: {@code xvfb-run -a java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.lmlens.bench.ResponsivenessBenchmark} (or with Monocle: -Dglass.platform=Monocle
 * -Dmonocle.platform=Headless -Dprism.order=sw).
 */
public final class ResponsivenessBenchmark {
    private static final AtomicLong maxFxWaitNanos = new AtomicLong();
    private static final AtomicLong maxFxCpuNanos = new AtomicLong();
    private static long lastFxCpu = -1;
    private static volatile boolean probing = true;

    private ResponsivenessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        MainView[] main = new MainView[1];
        SessionViewModel session = new SessionViewModel(new FxTaskRunner());
        onFx(() -> {
            I18n.setLocale(Locale.ENGLISH);
            LmLensApp.applyTheme(false);
            Stage stage = new Stage();
            main[0] = new MainView(session, new Settings(Preferences.userRoot().node("org/lmlens/bench")), stage, scratchRecent());
            Scene scene = main[0].createScene(1320, 840);
            stage.setScene(scene);
            stage.show();
            main[0].view(org.lmlens.ui.tabs.TabRegistry.GENERATE, org.lmlens.ui.generate.GenerateTabView.class).sentencesView().viewModel().generate();
            main[0].view(org.lmlens.ui.tabs.TabRegistry.NEXT, org.lmlens.ui.next.NextWordView.class).viewModel().contextProperty().set("the");
        });
        Thread probe = startProbe();
        // the shown tab's outputs: hidden tabs do no work until they are opened
        var counts = main[0].view(org.lmlens.ui.tabs.TabRegistry.COUNTS, org.lmlens.ui.counts.CountsView.class);
        List<ObservableValue<?>> outputs = List.of(counts.viewModel().tableProperty(),
                counts.matrixViewModel().matrixProperty());

        for (int warm = 0; warm < 2; warm++) {
            long t0 = System.nanoTime();
            awaitAll(outputs, () -> session.load(Samples.byId("brown")), 60);
            System.out.printf(Locale.ROOT, "Brown load (Samples menu -> all views updated), run %d: %.0f ms%n",
                    warm + 1, (System.nanoTime() - t0) / 1e6);
            if (warm == 0) {
                onFx(() -> session.load(Samples.byId("sam")));
                Thread.sleep(500);
            }
        }
        maxFxWaitNanos.set(0);
        maxFxCpuNanos.set(0);
        List<Double> times = new ArrayList<>();
        List<SmoothingMethod> methods = Methods.all();
        for (int i = 0; i < rounds; i++) {
            int order = 2 + i % 3;
            SmoothingMethod method = methods.get(i % methods.size());
            long t0 = System.nanoTime();
            boolean orderChange = i % 2 == 0;
            int next = (i + 1) % methods.size();
            awaitAll(outputs, () -> {
                if (orderChange) {
                    session.orderProperty().set(order == session.orderProperty().get() ? order + 1 : order);
                } else {
                    session.methodProperty().set(method == session.methodProperty().get()
                            ? methods.get(next) : method);
                }
            }, 30);
            times.add((System.nanoTime() - t0) / 1e6);
        }
        probing = false;
        probe.join();
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "order/method change -> every visible view updated: n=%d median %.1f ms, "
                        + "p95 %.1f ms, max %.1f ms%n", times.size(), times.get(times.size() / 2),
                times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1));
        System.out.printf(Locale.ROOT, "longest FX-thread busy period seen by the probe (after warm-up): %.1f ms%n",
                maxFxWaitNanos.get() / 1e6);
        System.out.printf(Locale.ROOT, "largest FX-thread CPU time between two probes (own work, 2 ms apart): %.1f ms%n",
                maxFxCpuNanos.get() / 1e6);
        System.out.printf(Locale.ROOT, "machine load average while measuring: %.2f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        ViewModelCost.measure(rounds);
        Platform.exit();
        System.exit(0);
    }

    private static Thread startProbe() {
        Thread t = new Thread(() -> {
            while (probing) {
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(() -> {
                    maxFxWaitNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                    // CPU the FX thread used since the previous probe ran: its own work, without the time it
                    // merely waited for a core (the machine may be shared).
                    long cpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                    if (lastFxCpu >= 0) {
                        maxFxCpuNanos.accumulateAndGet(cpu - lastFxCpu, Math::max);
                    }
                    lastFxCpu = cpu;
                    ran.countDown();
                });
                try {
                    ran.await();
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-probe");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Runs the change on the FX thread and waits until every output has changed once. */
    private static void awaitAll(List<ObservableValue<?>> outputs, Runnable change, int timeoutSeconds)
            throws Exception {
        CountDownLatch done = new CountDownLatch(outputs.size());
        List<Runnable> removers = new ArrayList<>();
        onFx(() -> {
            for (ObservableValue<?> o : outputs) {
                boolean[] seen = {false};
                javafx.beans.InvalidationListener l = obs -> {
                    if (!seen[0]) {
                        seen[0] = true;
                        done.countDown();
                    }
                };
                o.addListener(l);
                removers.add(() -> o.removeListener(l));
            }
            change.run();
        });
        if (!done.await(timeoutSeconds, TimeUnit.SECONDS)) {
            System.out.println("  (timed out waiting for " + done.getCount() + " view(s))");
        }
        onFx(() -> removers.forEach(Runnable::run));
    }

    /** Runs on the FX thread and waits for it (the bench tools' one helper for it). */
    static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                latch.countDown();
            }
        });
        latch.await();
    }

    /** Recent lists in a scratch folder: never the user's. */
    static org.lmlens.ui.sessionfile.RecentStore scratchRecent() {
        try {
            return new org.lmlens.ui.sessionfile.RecentStore(java.nio.file.Files.createTempDirectory("lmlens-home"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
