package org.lmlens.ui.common;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.lmlens.engine.Progress;

/**
 * The one way view-models run work off the FX thread. The work receives a {@link Progress} (the
 * engine's callback, cancellable); the callbacks run on the UI thread and are skipped once the handle is
 * cancelled. {@link FxTaskRunner} runs on background threads; {@link SameThreadTaskRunner} runs
 * immediately (unit tests, benchmarks).
 */
public interface TaskRunner {
    /** Work that may take a while; it should call {@link Progress#checkCancelled()} now and then. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** A running job. */
    interface Handle {
        Handle DONE = () -> { };

        void cancel();
    }

    <T> Handle run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                   DoubleConsumer onProgress);

    default <T> Handle run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return run(work, onSuccess, onFailure, p -> { });
    }
}
