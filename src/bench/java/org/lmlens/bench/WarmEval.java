package org.lmlens.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import org.lmlens.cli.LmLensCli;

/**
 * The CLI's {@code eval} command run repeatedly in one JVM (after at least 300 untimed runs and ten seconds): the warm, in-process time of the whole command
 * (read both files, count, estimate, score), which is what the targets compare (bench/compare.sh).
 * Prints the fastest and the median run in seconds on one line.
 *
 * <pre>  java -cp target/benchmarks.jar org.lmlens.bench.WarmEval RUNS eval --train … --test … --order 3 …</pre>
 */
public final class WarmEval {
    /**
     * Runs before timing, at least: the JIT needs hundreds of runs of a command this small. Laplace at
     * order 2 on compare.sh's 108k-word slice, median of 30: 15-18 ms after 25 warm-up runs, 8.5-9.6 ms
     * after 300 (2 December 2026); with 3 warm-up runs it was 110-130 ms.
     */
    private static final int WARM_UP = Integer.getInteger("warmEval.warmUp", 300);
    /**
     * Seconds of warm-up, at least: the C2 compiler keeps compiling for seconds after 300 runs, on the
     * cores the timed runs need. Same command, later engine: 642 tier-4 compilations, the last 9.0 s after
     * start (-XX:+PrintCompilation); the median of 30 was 4.5-7.5 ms after 300 warm-up runs (about 2 s)
     * and 4.3-4.6 ms after 1,500 (three alternated runs each, 3 December 2026).
     */
    private static final double WARM_SECONDS = Double.parseDouble(System.getProperty("warmEval.warmSeconds", "10"));

    private WarmEval() {
    }

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        PrintStream out = System.out;
        double[] seconds = new double[runs];
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            long warmUntil = System.nanoTime() + (long) (WARM_SECONDS * 1e9);
            for (int warm = 0; warm < WARM_UP || System.nanoTime() < warmUntil; warm++) {
                check(LmLensCli.execute(command));
            }
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                check(LmLensCli.execute(command));
                seconds[i] = (System.nanoTime() - t0) / 1e9;
            }
        } finally {
            System.setOut(out);
        }
        Arrays.sort(seconds);
        out.printf(Locale.ROOT, "%.5f %.5f%n", seconds[0], seconds[runs / 2]);
    }

    private static void check(int exit) {
        if (exit != 0) {
            throw new IllegalStateException("eval exited with " + exit);
        }
    }
}
