package org.lmlens.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@code java -jar target/benchmarks.jar [JMH options]}: runs the JMH suite with the {@code method}
 * parameter set to every method of {@code Methods.all()} (plus the bench-only interpolated stand-in),
 * unless {@code -p method=…} is given; then prints the peer ratios and the heap report.
 * {@code -memory} alone runs only the heap report.
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("-memory")) {
            MemoryReport.main(new String[0]);
            return;
        }
        CommandLineOptions cmd = new CommandLineOptions(args);
        if (cmd.shouldHelp() || cmd.shouldList() || cmd.shouldListProfilers() || cmd.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        OptionsBuilder builder = new OptionsBuilder();
        builder.parent(cmd);
        if (!cmd.getParameter("method").hasValue()) {
            List<String> names = new ArrayList<>();
            for (SmoothingMethod m : Methods.all()) {
                names.add(m.name());
            }
            names.add(BenchInterpolation.NAME);
            builder.param("method", names.toArray(String[]::new));
        }
        Options options = builder.build();
        Collection<RunResult> results = new Runner(options).run();
        printRatios(results);
        if (cmd.getIncludes().isEmpty()) {
            MemoryReport.main(new String[0]);
        }
    }

    /** LM Lens against its peers on the same work, from the run's mean times. */
    static void printRatios(Collection<RunResult> results) {
        Map<String, Double> ms = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            StringBuilder key = new StringBuilder(name);
            for (String p : r.getParams().getParamsKeys()) {
                key.append(' ').append(p).append('=').append(r.getParams().getParam(p));
            }
            double score = r.getPrimaryResult().getScore();
            String unit = r.getPrimaryResult().getScoreUnit();
            double factor = unit.startsWith("s/") ? 1000 : unit.startsWith("us/") ? 0.001 : 1;
            ms.put(key.toString(), score * factor);
        }
        System.out.println("\nPeer ratios (peer time / LM Lens time; > 1 means LM Lens is faster):");
        for (String order : List.of("3", "5")) {
            ratio(ms, "berkeleyBuildKneserNey order=" + order, "loadAndCount order=" + order,
                    "build: BerkeleyLM KN from text vs LM Lens read+count, order " + order);
            ratio(ms, "openNlpBuild order=" + order, "loadAndCount order=" + order,
                    "build: OpenNLP vs LM Lens read+count, order " + order);
            String lens = ms.keySet().stream().filter(k -> k.startsWith("score method=laplace order=" + order))
                    .findFirst().orElse("");
            ratio(ms, "berkeleyScore order=" + order, lens, "score test.txt: BerkeleyLM KN vs LM Lens laplace, order " + order);
            String interp = ms.keySet().stream()
                    .filter(k -> k.startsWith("score method=" + BenchInterpolation.NAME + " order=" + order))
                    .findFirst().orElse("");
            ratio(ms, "berkeleyScore order=" + order, interp,
                    "score test.txt: BerkeleyLM KN vs LM Lens interpolated, order " + order);
            ratio(ms, "openNlpScore order=" + order, lens, "score test.txt: OpenNLP vs LM Lens laplace, order " + order);
        }
    }

    private static void ratio(Map<String, Double> ms, String peer, String lens, String label) {
        Double a = ms.get(peer);
        Double b = ms.get(lens);
        if (a != null && b != null) {
            System.out.printf(Locale.ROOT, "  %-70s %10.2f ms / %8.2f ms = %6.2f%n", label, a, b, a / b);
        }
    }
}
