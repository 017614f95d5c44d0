package org.lmlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;
import org.lmlens.engine.Progress;
import org.lmlens.engine.text.Tokenizers;
import org.lmlens.ui.common.TaskRunner;
import org.lmlens.ui.session.Samples;
import org.lmlens.ui.session.SessionViewModel;

/** A newer request wins: older loads are cancelled and their late results ignored; Cancel restores the options. */
class SupersedeTest {
    /** Holds submitted jobs until the test runs them, in any order, like slow background threads. */
    static final class ManualRunner implements TaskRunner {
        final Deque<Runnable> pending = new ArrayDeque<>();
        final List<boolean[]> cancelled = new ArrayList<>();

        @Override
        public <T> Handle run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                              DoubleConsumer onProgress) {
            boolean[] flag = {false};
            cancelled.add(flag);
            pending.add(() -> {
                try {
                    T result = work.call(new Progress() {
                        @Override
                        public void update(String stage, double fraction) {
                        }

                        @Override
                        public boolean isCancelled() {
                            return false; // simulate a job that finishes anyway, late
                        }
                    });
                    onSuccess.accept(result);
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
            return () -> flag[0] = true;
        }

        void runAll() {
            while (!pending.isEmpty()) {
                pending.removeLast().run(); // newest first: the old job finishes last
            }
        }
    }

    @Test
    void aNewLoadCancelsTheOldOneAndALateResultIsIgnored() {
        ManualRunner runner = new ManualRunner();
        SessionViewModel session = new SessionViewModel(runner);
        session.load(Samples.byId("tang300"));
        session.load(Samples.byId("sam"));
        assertThat(runner.cancelled.get(0)[0]).as("first load cancelled").isTrue();
        assertThat(session.loadingProperty().get()).isTrue();
        runner.runAll();
        assertThat(session.textProperty().get().source().name()).isEqualTo("sam.txt");
        assertThat(session.loadingProperty().get()).isFalse();
    }

    @Test
    void cancelKeepsTheLoadedTextAndPutsItsOptionsBack() {
        ManualRunner runner = new ManualRunner();
        SessionViewModel session = new SessionViewModel(runner);
        session.load(Samples.byId("sam"));
        runner.runAll();
        var loaded = session.textProperty().get();
        session.tokenizerProperty().set(Tokenizers.byName("char"));
        assertThat(session.loadingProperty().get()).isTrue();
        session.cancelLoad();
        runner.runAll();
        assertThat(session.textProperty().get()).isSameAs(loaded);
        assertThat(session.tokenizerProperty().get().name()).isEqualTo("word");
        assertThat(session.loadingProperty().get()).isFalse();
    }
}
