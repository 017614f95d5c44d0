package org.lmlens.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.concurrent.Task;
import org.lmlens.engine.Progress;

/**
 * Runs work as {@link Task}s on daemon threads; callbacks arrive on the FX thread. Progress updates are
 * coalesced by {@code Task.updateProgress}, so the engine may report as often as it likes.
 */
public final class FxTaskRunner implements TaskRunner {
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "lmlens-worker-" + threads.incrementAndGet());
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    @Override
    public <T> Handle run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                          DoubleConsumer onProgress) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                Progress progress = new Progress() {
                    @Override
                    public void update(String stage, double fraction) {
                        updateProgress(fraction < 0 ? -1 : fraction, 1.0);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || taskCancelled();
                    }
                };
                return work.call(progress);
            }

            private boolean taskCancelled() {
                return isCancelled();
            }
        };
        task.progressProperty().addListener((obs, old, p) -> {
            if (!task.isCancelled()) {
                onProgress.accept(p.doubleValue());
            }
        });
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            if (!(error instanceof Progress.CancelledException)) {
                onFailure.accept(error);
            }
        });
        executor.execute(task);
        return () -> task.cancel(false);
    }
}
