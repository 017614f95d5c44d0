package org.lmlens.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/** What the job cost, from Spark's task metrics: bytes shuffled, spilled, and the largest execution memory of a task. */
final class JobMetrics extends SparkListener {
    final AtomicLong shuffleWritten = new AtomicLong();
    final AtomicLong shuffleRead = new AtomicLong();
    final AtomicLong spilledToDisk = new AtomicLong();
    final AtomicLong peakTaskMemory = new AtomicLong();
    final AtomicLong tasks = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        TaskMetrics m = end.taskMetrics();
        if (m == null) {
            return;
        }
        tasks.incrementAndGet();
        shuffleWritten.addAndGet(m.shuffleWriteMetrics().bytesWritten());
        shuffleRead.addAndGet(m.shuffleReadMetrics().localBytesRead() + m.shuffleReadMetrics().remoteBytesRead());
        spilledToDisk.addAndGet(m.diskBytesSpilled());
        peakTaskMemory.accumulateAndGet(m.peakExecutionMemory(), Math::max);
    }
}
