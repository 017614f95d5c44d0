package org.lmlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The watchdog can fail: a 300 ms CPU busy loop on the FX thread is reported; short tasks are not. */
@FxWatchdog.Manual
class FxWatchdogTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Runs on the FX thread and spins until it has used {@code millis} of its own CPU time. */
    static void busyOnFxThread(long millis) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long start = mx.getCurrentThreadCpuTime();
            long x = 0;
            while (mx.getCurrentThreadCpuTime() - start < millis * 1_000_000L) {
                x += System.identityHashCode(done) ^ x;
            }
            if (x == 42) {
                System.out.print("");
            }
            done.countDown();
        });
        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aLongTaskOnTheFxThreadIsReportedWithItsCpuTimeAndPlace() throws Exception {
        FxWatchdog.Monitor m = FxWatchdog.start(FxWatchdog.LIMIT_MS);
        assertThat(m).isNotNull();
        busyOnFxThread(300);
        List<FxWatchdog.Violation> found = m.stop();
        assertThat(found).hasSize(1);
        // Reported once, with the whole stretch's CPU time (the task alone used 300 ms of it).
        assertThat(found.get(0).cpuMillis()).isGreaterThanOrEqualTo(300);
        assertThat(found.get(0).where()).anySatisfy(f -> assertThat(f.getClassName()).startsWith(
                FxWatchdogTest.class.getName()));
    }

    @Test
    void shortTasksAreNotReported() throws Exception {
        FxWatchdog.Monitor m = FxWatchdog.start(FxWatchdog.LIMIT_MS);
        for (int i = 0; i < 20; i++) {
            busyOnFxThread(10);
        }
        assertThat(m.stop()).isEmpty();
    }
}
