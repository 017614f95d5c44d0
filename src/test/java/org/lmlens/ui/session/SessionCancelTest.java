package org.lmlens.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.Progress;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.ui.common.TaskRunner;

/**
 * Cancelling a load at any stage (reading, tokenising, counting each order) leaves the session as it
 * was: the previous text, its model and its options, and no error message.
 */
class SessionCancelTest {
    /** Runs work on the calling thread; its progress turns cancelled at poll K (when K > 0), as a user's click would. */
    static final class CancellingRunner implements TaskRunner {
        int cancelAt;
        final AtomicInteger polls = new AtomicInteger();

        @Override
        public <T> Handle run(Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                              DoubleConsumer onProgress) {
            int k = cancelAt;
            Progress progress = new Progress() {
                @Override
                public void update(String stage, double fraction) {
                }

                @Override
                public boolean isCancelled() {
                    return polls.incrementAndGet() >= k && k > 0;
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

    @Test
    void aLoadCancelledAtAnyStageKeepsThePreviousTextAndOptions(@TempDir Path dir) throws IOException {
        Random r = new Random(5);
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < 12_000; s++) {
            for (int i = 0; i < 20; i++) {
                b.append(i == 0 ? "" : " ").append("W").append(r.nextInt(3000));
            }
            b.append('\n');
        }
        Path big = Files.writeString(dir.resolve("big.txt"), b);

        CancellingRunner runner = new CancellingRunner();
        SessionViewModel session = new SessionViewModel(runner);
        List<String> errors = new ArrayList<>();
        session.setErrorHandler(errors::add);
        session.load(Samples.byId("sam"));
        TrainedText before = session.textProperty().get();
        assertThat(before).isNotNull();

        // How many polls a whole load of the big text makes (loaded into a throw-away session).
        CancellingRunner counting = new CancellingRunner();
        SessionViewModel probe = new SessionViewModel(counting);
        probe.load(SessionViewModel.Origin.of(big), TextOptions.defaults().withLowercase(true));
        int polls = counting.polls.get();
        assertThat(probe.textProperty().get()).isNotNull();
        assertThat(polls).isGreaterThan(10);

        for (int k : new int[] {1, polls / 5, polls / 3, polls / 2, 2 * polls / 3, polls - 1}) {
            runner.cancelAt = Math.max(1, k);
            runner.polls.set(0);
            session.load(SessionViewModel.Origin.of(big), TextOptions.defaults().withLowercase(true));
            session.cancelLoad();
            assertThat(session.textProperty().get()).as("cancelled at poll %d of %d", k, polls).isSameAs(before);
            assertThat(session.modelProperty().get().counts()).isSameAs(before.counts());
            assertThat(session.lowercaseProperty().get()).isEqualTo(before.options().lowercase());
            assertThat(session.loadingProperty().get()).isFalse();
        }
        assertThat(errors).isEmpty();
    }
}
