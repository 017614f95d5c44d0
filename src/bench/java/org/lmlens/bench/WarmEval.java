package org.lmlens.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;
import org.lmlens.cli.LmLensCli;

/**
 * The CLI's {@code eval} command run repeatedly in one JVM (after {@value #WARM_UP} untimed runs): the warm, in-process time of the whole command
 * (read both files, count, estimate, score), which is what the targets compare (bench/compare.sh).
 * Prints the fastest and the median run in seconds on one line.
 *
 * <pre>  java -cp target/benchmarks.jar org.lmlens.bench.WarmEval RUNS eval --train … --test … --order 3 …</pre>
 */
public final class WarmEval {
    /**
     * Runs before timing: the JIT needs hundreds of runs of a command this small. Laplace at order 2 on
     * compare.sh's 108k-word slice, median of 30: 15-18 ms after 25 warm-up runs, 8.5-9.6 ms after 300
     * (2 December 2026); with 3 warm-up runs it was 110-130 ms.
     */
    private static final int WARM_UP = Integer.getInteger("warmEval.warmUp", 300);

    private WarmEval() {
    }

    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        PrintStream out = System.out;
        double[] seconds = new double[runs];
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            for (int warm = 0; warm < WARM_UP; warm++) {
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
