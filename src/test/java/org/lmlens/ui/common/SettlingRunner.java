package org.lmlens.ui.common;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's background runner for UI tests, with a way to wait until every job has finished and its
 * callback ran on the FX thread. A test that ran the work on the FX thread itself (a same-thread runner
 * inside {@code robot.interact}) would put file writing on the FX thread, which the app never does.
 */
public final class SettlingRunner implements TaskRunner {
    private final TaskRunner runner = new FxTaskRunner();
    private final AtomicInteger inFlight = new AtomicInteger();

    @Override
    public <T> Handle run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                          DoubleConsumer onProgress) {
        inFlight.incrementAndGet();
        Handle h = runner.run(work, r -> {
            try {
                onSuccess.accept(r);
            } finally {
                inFlight.decrementAndGet();
            }
        }, e -> {
            try {
                onFailure.accept(e);
            } finally {
                inFlight.decrementAndGet();
            }
        }, onProgress);
        return () -> {
            h.cancel();
        };
    }

    /** Waits (up to 10 s) until no job is running and the FX thread has run their callbacks. */
    public void settle() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> inFlight.get() == 0);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
