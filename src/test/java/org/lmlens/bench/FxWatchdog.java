package org.lmlens.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a UI test when the JavaFX Application Thread is busy for more than {@value #LIMIT_MS} ms of CPU
 * time in one stretch (one task or pulse): the app would freeze in front of a class.
 *
 * <p>CPU time, not wall-clock gaps, so a loaded machine cannot make it flaky: a daemon sampler posts a
 * heartbeat ({@code Platform.runLater}) whenever none is pending, every {@value #SAMPLE_MS} ms; each
 * heartbeat records the FX thread's CPU time when it runs. The FX thread's CPU time spent between two
 * heartbeats is the work of the tasks and pulses queued in one few-millisecond window; more than the
 * limit is a violation. The sampler also reports a stretch still running (heartbeat pending, CPU time
 * growing), with the FX thread's stack at that moment to say where.
 *
 * <p>It watches the test method itself, from just before it runs to just after (JUnit's test execution),
 * not the fixture: TestFX's {@code @Start}, which builds the window, is the app's start-up, measured
 * separately ({@code org.lmlens.bench.FirstShowProbe}). A stretch is reported with its whole CPU time,
 * measured when it ends, and the FX thread's stack while it was running.
 *
 * <p>Registered for every Jupiter test through {@code junit-platform.properties} (extension
 * autodetection); it does nothing where no FX thread runs. A class marked {@link Manual} uses
 * {@link #start(long)} directly instead.
 */
public final class FxWatchdog implements BeforeTestExecutionCallback, AfterTestExecutionCallback {
    public static final long LIMIT_MS = 100;
    /**
     * The limit the suite-wide extension enforces: {@value #LIMIT_MS} ms unless the system property
     * {@code lmlens.fxWatchdog.limitMs} says otherwise (see the surefire configuration for why).
     */
    static final long SUITE_LIMIT_MS = Long.getLong("lmlens.fxWatchdog.limitMs", LIMIT_MS);
    static final long SAMPLE_MS = 5;
    private static final String FX_THREAD = "JavaFX Application Thread";
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(FxWatchdog.class);

    /** A test class that drives the watchdog itself (to prove it can fail) instead of being watched. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    public @interface Manual {
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        if (context.getRequiredTestClass().isAnnotationPresent(Manual.class)) {
            return;
        }
        if (fxThread() != null) {
            // The windows of earlier tests are closed but not yet collected until a GC runs, and their
            // text bindings still follow the language: one switch late in a run relabelled all of them
            // (67 ms). The app has one window; collect the test's leftovers before measuring.
            System.gc();
        }
        Monitor m = start(SUITE_LIMIT_MS);
        if (m != null) {
            context.getStore(NS).put(Monitor.class, m);
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        Monitor m = context.getStore(NS).remove(Monitor.class, Monitor.class);
        if (m == null) {
            return;
        }
        List<Violation> found = m.stop();
        record(context, m.longestMillis());
        if (!found.isEmpty()) {
            throw new AssertionError("The JavaFX Application Thread was busy for more than " + SUITE_LIMIT_MS
                    + " ms of CPU time at once:\n" + found.stream().map(Violation::toString)
                    .collect(Collectors.joining("\n")));
        }
    }

    /**
     * Appends the test's longest FX-thread stretch to {@code target/fx-watchdog.tsv} (when the system
     * property {@code lmlens.fxWatchdog.report} names the file), so a run shows how close each test came.
     */
    private static void record(ExtensionContext context, long longestMillis) {
        String file = System.getProperty("lmlens.fxWatchdog.report");
        if (file == null) {
            return;
        }
        String line = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()
                + "\t" + longestMillis + "\n";
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(file), line, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            // a report only: the test's verdict does not depend on it
        }
    }

    /** One busy stretch: its CPU time and where the FX thread was (its stack top), if sampled. */
    public record Violation(long cpuMillis, List<StackTraceElement> where) {
        @Override
        public String toString() {
            return "  " + cpuMillis + " ms CPU" + (where.isEmpty() ? "" : " at\n    " + where.stream()
                    .map(String::valueOf).collect(Collectors.joining("\n    ")));
        }
    }

    private static Thread fxThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> FX_THREAD.equals(t.getName()))
                .findFirst().orElse(null);
    }

    /** Starts watching the FX thread, or returns null when there is none (a test without JavaFX). */
    public static Monitor start(long limitMillis) {
        Thread fx = fxThread();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (fx == null || !mx.isThreadCpuTimeSupported()) {
            return null;
        }
        if (!mx.isThreadCpuTimeEnabled()) {
            mx.setThreadCpuTimeEnabled(true);
        }
        Monitor m = new Monitor(fx.getId(), limitMillis * 1_000_000L, mx);
        m.sampler.start();
        return m;
    }

    /** A running watch; {@link #stop()} ends it and returns what it found. */
    public static final class Monitor {
        private final long fxId;
        private final long limitNanos;
        private final ThreadMXBean mx;
        private final Thread sampler;
        private final List<Violation> violations = new ArrayList<>();
        private volatile boolean running = true;
        private volatile boolean pending;
        /** FX CPU time when the last heartbeat ran, and whether the current stretch was already reported. */
        private volatile long cpuAtBeat;
        /** The longest stretch that ended so far, in nanoseconds of FX-thread CPU. */
        private volatile long longest;
        private volatile boolean reported;
        /** The FX thread's stack when last sampled in a long stretch (where it was busy). */
        private volatile List<StackTraceElement> lastStack = List.of();

        Monitor(long fxId, long limitNanos, ThreadMXBean mx) {
            this.fxId = fxId;
            this.limitNanos = limitNanos;
            this.mx = mx;
            this.cpuAtBeat = mx.getThreadCpuTime(fxId);
            this.sampler = new Thread(this::sample, "fx-watchdog");
            sampler.setDaemon(true);
        }

        private void sample() {
            while (running) {
                if (!pending) {
                    pending = true;
                    Platform.runLater(this::beat);
                } else {
                    long cpu = mx.getThreadCpuTime(fxId);
                    if (cpu - cpuAtBeat > limitNanos / 2) {
                        ThreadInfo info = mx.getThreadInfo(fxId, 60);
                        lastStack = info == null ? List.of() : Arrays.asList(info.getStackTrace());
                    }
                    stillRunning(cpu);
                }
                try {
                    Thread.sleep(SAMPLE_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /**
         * The sampler's early report of a stretch still running (a frozen FX thread never reaches its
         * heartbeat). Under the lock, against the current stretch's start, so a CPU time read just before
         * a heartbeat cannot be taken for a new stretch.
         */
        private synchronized void stillRunning(long cpu) {
            long busy = cpu - cpuAtBeat;
            if (busy > limitNanos && !reported) {
                reported = true;
                violations.add(new Violation(busy / 1_000_000, lastStack));
            }
        }

        /**
         * On the FX thread: the end of a stretch (everything queued before this heartbeat has run). A stretch
         * over the limit is recorded with its whole CPU time, replacing the sampler's early report of it.
         */
        private synchronized void beat() {
            long now = mx.getCurrentThreadCpuTime();
            long busy = now - cpuAtBeat;
            longest = Math.max(longest, busy);
            if (busy > limitNanos) {
                List<StackTraceElement> where = lastStack;
                if (reported && !violations.isEmpty()) {
                    Violation early = violations.remove(violations.size() - 1);
                    where = early.where().isEmpty() ? where : early.where();
                }
                violations.add(new Violation(busy / 1_000_000, where));
            }
            lastStack = List.of();
            cpuAtBeat = now;
            reported = false;
            pending = false;
        }

        /** The longest stretch measured (ms of FX-thread CPU), once {@link #stop()} returned. */
        public long longestMillis() {
            return longest / 1_000_000;
        }

        /** Stops the sampler (after a last heartbeat, so a stretch in progress is measured) and returns the violations. */
        public List<Violation> stop() {
            java.util.concurrent.CountDownLatch last = new java.util.concurrent.CountDownLatch(1);
            Platform.runLater(last::countDown);
            try {
                last.await(5, java.util.concurrent.TimeUnit.SECONDS);
                Thread.sleep(2 * SAMPLE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running = false;
            sampler.interrupt();
            try {
                sampler.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                return List.copyOf(violations);
            }
        }
    }
}
