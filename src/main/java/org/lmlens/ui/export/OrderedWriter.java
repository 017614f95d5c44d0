package org.lmlens.ui.export;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.lmlens.engine.io.AtomicFiles;

/**
 * The app's own small files (settings, recent lists) written in the background, in the order the changes
 * were made, each atomically ({@link AtomicFiles}). Changes come from the FX thread, which must do neither
 * file I/O nor the JSON encoding (Jackson's first use in a JVM takes over 100 ms). A write that fails is
 * dropped: these files only remember preferences, and the app keeps working with the values in memory.
 */
public final class OrderedWriter {
    private final ExecutorService thread;
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    public OrderedWriter(String threadName) {
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Encodes and writes {@code file} after every write asked for before; returns at once. */
    public synchronized void write(Path file, Callable<byte[]> content) {
        last = last.thenRunAsync(() -> {
            try {
                AtomicFiles.writeBytes(file, content.call());
            } catch (Exception e) {
                // a preference not remembered is harmless (see the class comment)
            }
        }, thread);
    }

    /** Waits (up to 5 s) until every write asked for so far is done; a write that failed or hangs is given up. */
    public void awaitPending() {
        try {
            pending().get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the file keeps its previous content (see the class comment)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Completes once every write asked for so far is done. */
    public synchronized CompletableFuture<Void> pending() {
        return last;
    }
}
