package org.lmlens.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.neural.MatMul;
import org.lmlens.engine.neural.lm.LossPoint;
import org.lmlens.engine.neural.lm.NeuralConfig;
import org.lmlens.engine.neural.lm.NeuralTraining;
import org.lmlens.engine.neural.lm.Trainer;
import org.lmlens.engine.neural.lm.TrainingOptions;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;

/**
 * Speed of the neural core, run by hand (figures in BENCHMARKS.md):
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.lmlens.bench.NeuralBenchmark PHASE [steps]}
 * with PHASE one of {@code matmul}, {@code bigram}, {@code mlp-brown}, {@code mlp-tang}. Wall-clock and
 * process CPU seconds are both printed: on a shared machine the CPU time says what the code costs.
 */
public final class NeuralBenchmark {
    private NeuralBenchmark() {
    }

    public static void main(String[] args) {
        String phase = args.length > 0 ? args[0] : "matmul";
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path corpora = Path.of(System.getProperty("lmlens.corpora", "../shared/corpora"));
        switch (phase) {
            case "matmul" -> matmul();
            case "bigram" -> train(corpora.resolve("brown/train.txt"), corpora.resolve("brown/test.txt"), 18,
                    NeuralConfig.bigram(), TrainingOptions.adamw(1024, 0.1, 1), steps, "whitespace");
            case "mlp-brown" -> train(corpora.resolve("brown/train.txt"), corpora.resolve("brown/test.txt"), 18,
                    NeuralConfig.mlp(3, 30, 200), TrainingOptions.adamw(256, 0.003, 1), steps, "whitespace");
            case "mlp-tang" -> train(corpora.resolve("tang/tang300.txt"), null, 1, NeuralConfig.mlp(4, 24, 200),
                    TrainingOptions.adamw(256, 0.003, 1), steps, "char");
            default -> throw new IllegalArgumentException(phase);
        }
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** The multiply-add rate of the kernel at the MLP's shapes (forward and backward). */
    private static void matmul() {
        int[][] shapes = {{256, 90, 200}, {256, 200, 5030}, {256, 5030, 200}, {200, 256, 5030}, {512, 512, 512}};
        for (int[] s : shapes) {
            int n = s[0];
            int k = s[1];
            int m = s[2];
            float[] a = new float[n * k];
            float[] b = new float[k * m];
            float[] out = new float[n * m];
            java.util.Arrays.fill(a, 0.5f);
            java.util.Arrays.fill(b, 0.25f);
            double flops = 2.0 * n * k * m;
            int reps = (int) Math.max(3, 4e9 / flops);
            for (int i = 0; i < reps; i++) {
                MatMul.multiply(a, b, out, n, k, m); // warm-up
            }
            double best = Double.MAX_VALUE;
            double cpu0 = cpuSeconds();
            long w0 = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                long t = System.nanoTime();
                MatMul.multiply(a, b, out, n, k, m);
                best = Math.min(best, (System.nanoTime() - t) / 1e9);
            }
            double wall = (System.nanoTime() - w0) / 1e9;
            double cpu = cpuSeconds() - cpu0;
            System.out.printf(Locale.ROOT, "matmul %d×%d·%d×%d: best %.2f GFLOP/s wall, mean %.2f GFLOP/s wall,"
                            + " %.2f GFLOP/s per CPU-second (%d reps)%n", n, k, k, m, flops / best / 1e9,
                    flops * reps / wall / 1e9, flops * reps / cpu / 1e9, reps);
        }
    }

    private static void train(Path train, Path test, int minCount, NeuralConfig config, TrainingOptions options,
                              int steps, String tokenizer) {
        TextOptions text = TextOptions.defaults().withTokenizer(org.lmlens.engine.text.Tokenizers.byName(tokenizer));
        Corpus full = CorpusBuilder.train(TextSource.ofFile(train), text, minCount, Progress.NONE);
        Corpus testCorpus = test == null ? null
                : CorpusBuilder.encode(TextSource.ofFile(test), text, full.vocabulary(), Progress.NONE);
        // The curve's held-out points on a 10,000-example sample; the whole held-out text at the end.
        NeuralTraining run = NeuralTraining.of(full, testCorpus, 0.1, minCount, text, config, options, 10_000);
        Trainer trainer = run.trainer();
        long matmulParams = config.kind() == NeuralConfig.Kind.BIGRAM ? 0
                : (long) config.contextLength() * config.embeddingSize() * config.hiddenSize()
                + (long) config.hiddenSize() * run.trainingCorpus().vocabulary().size();
        System.out.printf(Locale.ROOT, "%s on %s: vocabulary %d, %d training tokens, %d test tokens, %d parameters%n",
                trainer.model().name(), train.getFileName(), run.trainingCorpus().vocabulary().size(),
                run.trainingTokens(), run.testCorpus().wordTokens() + run.testCorpus().sentenceCount(),
                trainer.model().parameterCount());
        ngramBaselines(run, config.order());
        int every = Math.max(1, steps / 8);
        double trainWall = 0;
        double trainCpu = 0;
        while (trainer.steps() < steps) {
            double c0 = cpuSeconds();
            long w0 = System.nanoTime();
            double loss = 0;
            for (int i = 0; i < every && trainer.steps() < steps; i++) {
                loss = trainer.step();
            }
            trainWall += (System.nanoTime() - w0) / 1e9;
            trainCpu += cpuSeconds() - c0;
            LossPoint p = trainer.record(loss);
            double rate = matmulParams * 6.0 * trainer.tokensSeen() / trainCpu / 1e9;
            System.out.printf(Locale.ROOT, "step %5d tokens %9d train %.4f held-out ppl %9.2f | training %.1f s wall"
                            + " %.1f s CPU, %.0f tokens/s wall, %.0f tokens/CPU-s, %.2f GFLOP/s per CPU-s (6·params)%n",
                    p.step(), p.tokens(), p.trainLoss(), p.validationPerplexity(), trainWall, trainCpu,
                    p.tokens() / trainWall, p.tokens() / trainCpu, rate);
        }
        System.out.printf(Locale.ROOT, "whole held-out text after %d steps: perplexity %.2f%n", trainer.steps(),
                run.evaluate().perplexity());
    }

    /** Held-out perplexity of the n-gram methods on the same vocabulary and split. */
    private static void ngramBaselines(NeuralTraining run, int order) {
        TrainedText t = TrainedText.of(run.trainingCorpus(), Math.max(order, 3));
        for (String m : List.of("laplace", "witten-bell", "kneser-ney", "modified-kneser-ney")) {
            for (int n = 2; n <= Math.max(order, 3); n++) {
                double ppl = t.model(n, Methods.byName(m), Parameters.NONE).evaluate(run.testCorpus(), Progress.NONE)
                        .perplexity();
                System.out.printf(Locale.ROOT, "  n-gram %-20s order %d: held-out perplexity %.2f%n", m, n, ppl);
            }
        }
    }
}
