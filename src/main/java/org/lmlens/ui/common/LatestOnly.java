package org.lmlens.ui.common;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.lmlens.ui.common.TaskRunner;

/**
 * Runs a view-model's recomputation through the task runner so that only the newest request counts: a
 * new request cancels the previous one, and results of an older generation are dropped even if they
 * arrive after a newer one started.
 */
public final class LatestOnly {
    private final TaskRunner runner;
    private TaskRunner.Handle handle = TaskRunner.Handle.DONE;
    private long generation;

    public LatestOnly(TaskRunner runner) {
        this.runner = runner;
    }

    public <T> void run(TaskRunner.Work<T> work, Consumer<? super T> onResult, Consumer<Throwable> onError,
                        DoubleConsumer onProgress) {
        handle.cancel();
        long gen = ++generation;
        handle = runner.run(work, r -> {
            if (gen == generation) {
                onResult.accept(r);
            }
        }, e -> {
            if (gen == generation) {
                onError.accept(e);
            }
        }, p -> {
            if (gen == generation) {
                onProgress.accept(p);
            }
        });
    }

    public <T> void run(TaskRunner.Work<T> work, Consumer<? super T> onResult, Consumer<Throwable> onError) {
        run(work, onResult, onError, p -> { });
    }

    /** Cancels the running work, if any; its callbacks will not run. */
    public void cancel() {
        handle.cancel();
        generation++;
    }
}
