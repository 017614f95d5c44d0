package org.lmlens.engine.model;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;

/**
 * A test text being encoded with a training text's vocabulary on a pool thread, for
 * {@link TrainedText#loadWithTests}. Its failure is kept and rethrown as it was (the same exception, the
 * same message) by {@link #result}, on the caller's thread; a task no pool thread has started yet runs
 * there.
 */
final class TestEncoding {
    private final ForkJoinTask<Corpus> task;
    private Throwable failure;

    private TestEncoding(TextSource test, TextOptions options, Corpus training) {
        task = ForkJoinTask.adapt(() -> {
            try {
                return CorpusBuilder.encode(test, options, training.vocabulary(), Progress.NONE);
            } catch (RuntimeException | Error e) {
                failure = e;
                return null;
            }
        });
    }

    static TestEncoding start(TextSource test, TextOptions options, Corpus training) {
        TestEncoding e = new TestEncoding(test, options, training);
        ForkJoinPool.commonPool().execute(e.task);
        return e;
    }

    /** The encoded test text, once done; throws what encoding it threw. */
    Corpus result() {
        Corpus corpus = task.join();
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        return corpus;
    }
}
