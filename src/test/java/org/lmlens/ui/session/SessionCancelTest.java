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
        volatile boolean cancelled;

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
                cancelled = true;
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

        // How many polls a whole load of the big text makes (loaded into throw-away sessions). The count
        // varies a little between runs: the sharded reader polls once per batch still pending when the
        // file ends, and how many are pending depends on the threads' timing. The fewest of three loads
        // is taken, and the last cancel point stays 8 polls before it: the text makes 6 batches of 2,048 lines.
        int polls = Integer.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            CancellingRunner counting = new CancellingRunner();
            SessionViewModel probe = new SessionViewModel(counting);
            probe.load(SessionViewModel.Origin.of(big), TextOptions.defaults().withLowercase(true));
            assertThat(probe.textProperty().get()).isNotNull();
            polls = Math.min(polls, counting.polls.get());
        }
        assertThat(polls).isGreaterThan(20);

        for (int k : new int[] {1, polls / 5, polls / 3, polls / 2, 2 * polls / 3, polls - 8}) {
            runner.cancelAt = Math.max(1, k);
            runner.polls.set(0);
            runner.cancelled = false;
            session.load(SessionViewModel.Origin.of(big), TextOptions.defaults().withLowercase(true));
            session.cancelLoad();
            assertThat(runner.cancelled).as("the load reached poll %d of %d and was cancelled", k, polls).isTrue();
            assertThat(session.textProperty().get()).as("cancelled at poll %d of %d", k, polls).isSameAs(before);
            assertThat(session.modelProperty().get().counts()).isSameAs(before.counts());
            assertThat(session.lowercaseProperty().get()).isEqualTo(before.options().lowercase());
            assertThat(session.loadingProperty().get()).isFalse();
        }
        assertThat(errors).isEmpty();
    }
}
