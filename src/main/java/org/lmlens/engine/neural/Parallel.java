package org.lmlens.engine.neural;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Row-parallel loops on the common fork/join pool. Each row is handled by exactly one task, and what a
 * task computes for a row does not depend on which thread runs it, so results are the same to the bit
 * on one core or many (reproducible training).
 */
public final class Parallel {
    /** Below about this many multiply-adds a loop runs on the calling thread: forking costs more. */
    static final long MIN_PARALLEL_WORK = 1L << 16;

    private Parallel() {
    }

    /** A loop body over rows {@code [from, to)}. */
    @FunctionalInterface
    public interface RowRange {
        void run(int from, int to);
    }

    /**
     * Runs {@code body} over rows 0..rows-1, split into fork/join tasks when the work
     * ({@code rows × workPerRow}) is large enough and more than one core is available.
     */
    public static void forRows(int rows, long workPerRow, RowRange body) {
        int threads = ForkJoinPool.getCommonPoolParallelism() + 1;
        if (threads < 2 || rows < 2 || rows * workPerRow < MIN_PARALLEL_WORK) {
            body.run(0, rows);
            return;
        }
        int grain = (int) Math.max(1, Math.min((rows + threads * 4 - 1) / (threads * 4L),
                Math.max(1, MIN_PARALLEL_WORK / Math.max(1, workPerRow))));
        ForkJoinPool.commonPool().invoke(new Split(body, 0, rows, grain));
    }

    private static final class Split extends RecursiveAction {
        private final RowRange body;
        private final int from;
        private final int to;
        private final int grain;

        Split(RowRange body, int from, int to, int grain) {
            this.body = body;
            this.from = from;
            this.to = to;
            this.grain = grain;
        }

        @Override
        protected void compute() {
            if (to - from <= grain) {
                body.run(from, to);
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Split(body, from, mid, grain), new Split(body, mid, to, grain));
        }
    }
}
