package org.lmlens.ui.common;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.lmlens.engine.Progress;

/** Runs work at once on the calling thread: view-model tests and benchmarks need no FX toolkit. */
public final class SameThreadTaskRunner implements TaskRunner {
    @Override
    public <T> Handle run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                          DoubleConsumer onProgress) {
        Progress progress = new Progress() {
            @Override
            public void update(String stage, double fraction) {
                onProgress.accept(fraction);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        T result;
        try {
            result = work.call(progress);
        } catch (Progress.CancelledException e) {
            return Handle.DONE;
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return Handle.DONE;
        }
        onSuccess.accept(result);
        return Handle.DONE;
    }
}
