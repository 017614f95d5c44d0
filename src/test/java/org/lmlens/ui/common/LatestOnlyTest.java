package org.lmlens.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.Progress;
import org.lmlens.ui.common.TaskRunner;

class LatestOnlyTest {
    /** A runner that holds jobs until the test finishes them, in any order, like slow background threads. */
    private static final class ManualRunner implements TaskRunner {
        final List<Runnable> finishers = new ArrayList<>();
        final List<Boolean> cancelled = new ArrayList<>();

        @Override
        public <T> Handle run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                              DoubleConsumer onProgress) {
            int index = cancelled.size();
            cancelled.add(false);
            finishers.add(() -> {
                try {
                    onProgress.accept(0.5);
                    onSuccess.accept(work.call(Progress.NONE));
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return () -> cancelled.set(index, true);
        }
    }

    @Test
    void aNewerRequestCancelsTheOlderAndItsLateResultIsDropped() {
        ManualRunner runner = new ManualRunner();
        LatestOnly job = new LatestOnly(runner);
        List<String> results = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        job.run(p -> "old", results::add, e -> results.add("error"), progress::add);
        job.run(p -> "new", results::add, e -> results.add("error"), progress::add);
        assertThat(runner.cancelled).containsExactly(true, false);
        runner.finishers.get(1).run();
        runner.finishers.get(0).run(); // the old job finishes last, as a slow thread would
        assertThat(results).containsExactly("new");
        assertThat(progress).containsExactly(0.5);
    }

    @Test
    void cancelDropsTheRunningJobsResultAndErrors() {
        ManualRunner runner = new ManualRunner();
        LatestOnly job = new LatestOnly(runner);
        List<String> results = new ArrayList<>();
        job.run(p -> {
            throw new IllegalStateException("boom");
        }, r -> results.add("result"), e -> results.add(e.getMessage()));
        job.cancel();
        runner.finishers.get(0).run();
        assertThat(results).isEmpty();
        assertThat(runner.cancelled).containsExactly(true);
    }
}
