package org.lmlens.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.TokenizerChooser;

/**
 * The Spark job: counts a text of any size on a cluster (or {@code local[*]}) and estimates the engine's
 * interpolated modified Kneser-Ney model from it ({@link Counting}, {@link Estimation}), then writes it as
 * ARPA and as a compact model file ({@link ModelFiles}). Run with {@code spark-submit}; see the README.
 *
 * <pre>
 *   SparkLm [--order N] [--prune T1 T2 ...] [--tokenizer NAME] [--lowercase] [--sentences line|punct]
 *           [--partitions P] [--arpa OUT.arpa[.gz]] [--model OUT.lmc] INPUT...
 * </pre>
 */
public final class SparkLm {
    private SparkLm() {
    }

    /** A parsed command line: the job and where its model goes. */
    record Command(JobOptions job, String arpa, Path model) {
    }

    public static void main(String[] args) throws IOException {
        Command command;
        try {
            command = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("lm-lens spark: " + e.getMessage());
            System.err.println("usage: SparkLm [--order N] [--prune T1 T2 ...] [--tokenizer auto|word|whitespace|char|zh-word]"
                    + " [--lowercase] [--sentences line|punct] [--partitions P] [--arpa OUT.arpa[.gz]] [--model OUT.lmc] INPUT...");
            System.exit(2);
            return;
        }
        SparkConf conf = conf(new SparkConf().setAppName("lm-lens modified Kneser-Ney").setIfMissing("spark.master", "local[*]"));
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            System.out.println(run(sc, command));
        }
    }

    /** Kryo with the job's classes registered: smaller shuffles than Java serialization. */
    static SparkConf conf(SparkConf conf) {
        return conf.set("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                .registerKryoClasses(new Class<?>[] {Gram.class, int[].class, long[].class, double[].class, float[].class});
    }

    static Command parse(String[] args) {
        int order = 3;
        List<Long> prune = new ArrayList<>();
        String tokenizer = "auto";
        boolean lowercase = false;
        SentenceMode mode = SentenceMode.LINE;
        int partitions = 0;
        String arpa = null;
        Path model = null;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--order" -> order = Integer.parseInt(value(args, ++i, a));
                case "--prune" -> {
                    while (i + 1 < args.length && args[i + 1].matches("\\d+")) {
                        prune.add(Long.parseLong(args[++i]));
                    }
                }
                case "--tokenizer" -> tokenizer = value(args, ++i, a);
                case "--lowercase" -> lowercase = true;
                case "--sentences" -> mode = SentenceMode.byName(value(args, ++i, a));
                case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
                case "--arpa" -> arpa = value(args, ++i, a);
                case "--model" -> model = Path.of(value(args, ++i, a));
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    inputs.add(a);
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input text given");
        }
        if (arpa == null && model == null) {
            throw new IllegalArgumentException("give --arpa and/or --model: where the model goes");
        }
        long[] thresholds = prune.stream().mapToLong(Long::longValue).toArray();
        return new Command(new JobOptions(inputs, order, thresholds, tokenizer, lowercase, mode, partitions), arpa, model);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** Runs the job; returns the report printed for the user. */
    static String run(JavaSparkContext sc, Command command) throws IOException {
        long t0 = System.nanoTime();
        JobMetrics metrics = new JobMetrics();
        sc.sc().addSparkListener(metrics);
        JobOptions job = resolveTokenizer(sc, command.job());
        Counting.Counted counted = Counting.count(sc, job);
        Estimation.Model model = Estimation.estimate(sc, counted, job.order(), job.prune());
        ModelFiles files = new ModelFiles(model);
        files.write(sc, command.arpa(), command.model());
        double seconds = (System.nanoTime() - t0) / 1e9;
        StringBuilder out = new StringBuilder();
        out.append("tokenizer ").append(job.tokenizer()).append(", order ").append(job.order())
                .append(", prune ").append(Arrays.toString(Arrays.copyOfRange(job.prune(), 1, job.order() + 1))).append('\n');
        long[] n = files.ngrams();
        for (int k = 1; k <= job.order(); k++) {
            out.append(String.format(Locale.ROOT, "%d-grams %,d   D1 %s D2 %s D3+ %s%n", k, n[k], model.discounts()[k][1],
                    model.discounts()[k][2], model.discounts()[k][3]));
        }
        model.notices().forEach(s -> out.append("note: ").append(s).append('\n'));
        out.append(String.format(Locale.ROOT, "time %.1f s, shuffle written %,d bytes, read %,d bytes, spilled %,d bytes,"
                        + " largest task execution memory %,d bytes, %d tasks", seconds, metrics.shuffleWritten.get(),
                metrics.shuffleRead.get(), metrics.spilledToDisk.get(), metrics.peakTaskMemory.get(), metrics.tasks.get()));
        sc.sc().removeSparkListener(metrics);
        counted.counts().unpersist(false);
        return out.toString();
    }

    /** {@code auto} becomes the engine's choice for the first 64 KB of the text, as the engine chooses. */
    static JobOptions resolveTokenizer(JavaSparkContext sc, JobOptions job) {
        if (!job.tokenizer().equalsIgnoreCase("auto")) {
            return job;
        }
        StringBuilder sample = new StringBuilder();
        for (String line : sc.textFile(String.join(",", job.inputs())).take(4000)) {
            if (sample.length() > 64 * 1024) {
                break;
            }
            sample.append(line).append('\n');
        }
        return job.withTokenizer(TokenizerChooser.choose(sample).tokenizer().name());
    }
}
