package org.lmlens.bench;

import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Locale;

/**
 * Two builds of the CLI in one JVM, each in its own class loader, run in alternation on the same command:
 * the way to compare a change on a machine whose speed drifts by ±30 % within minutes (run-to-run
 * comparisons of {@link WarmEval} could not tell 0.2 ms apart). Prints each build's fastest, first-quartile
 * and median time and the median of the paired differences.
 *
 * <pre>  java -cp target/benchmarks.jar org.lmlens.bench.PairedEval before.jar,after.jar 300 eval --train … </pre>
 */
public final class PairedEval {
    private static final int WARM_UP = 300;

    private PairedEval() {
    }

    public static void main(String[] args) throws Exception {
        String[] jars = args[0].split(",");
        int runs = Integer.parseInt(args[1]);
        String[] command = Arrays.copyOfRange(args, 2, args.length);
        Method[] execute = new Method[jars.length];
        for (int j = 0; j < jars.length; j++) {
            URLClassLoader loader = new URLClassLoader(new URL[] {new File(jars[j]).toURI().toURL()},
                    ClassLoader.getPlatformClassLoader());
            execute[j] = loader.loadClass("org.lmlens.cli.LmLensCli").getMethod("execute", String[].class);
        }
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        double[][] ms = new double[jars.length][runs];
        try {
            for (int i = 0; i < WARM_UP; i++) {
                for (Method m : execute) {
                    run(m, command);
                }
            }
            for (int i = 0; i < runs; i++) {
                for (int k = 0; k < jars.length; k++) {
                    int j = (k + i) % jars.length; // who goes first alternates
                    long t0 = System.nanoTime();
                    run(execute[j], command);
                    ms[j][i] = (System.nanoTime() - t0) / 1e6;
                }
            }
        } finally {
            System.setOut(out);
        }
        double[] diff = new double[runs];
        for (int i = 0; i < runs; i++) {
            diff[i] = ms[jars.length - 1][i] - ms[0][i];
        }
        Arrays.sort(diff);
        for (int j = 0; j < jars.length; j++) {
            double[] s = ms[j].clone();
            Arrays.sort(s);
            out.printf(Locale.ROOT, "%-24s fastest %.3f ms, q1 %.3f, median %.3f%n", new File(jars[j]).getName(), s[0],
                    s[runs / 4], s[runs / 2]);
        }
        out.printf(Locale.ROOT, "paired difference (last - first): median %.3f ms, q1 %.3f, q3 %.3f%n",
                diff[runs / 2], diff[runs / 4], diff[3 * runs / 4]);
    }

    private static void run(Method execute, String[] command) throws Exception {
        Object exit = execute.invoke(null, (Object) command);
        if (!Integer.valueOf(0).equals(exit)) {
            throw new IllegalStateException("the command exited with " + exit);
        }
    }
}
