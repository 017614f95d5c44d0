package org.lmlens.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.model.Evaluation;
import org.lmlens.engine.model.GeneratedSentence;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.Sampler;
import org.lmlens.engine.model.SamplingOptions;
import org.lmlens.engine.model.WordProbability;
import org.lmlens.engine.smoothing.EstimationContext;
import org.lmlens.engine.smoothing.Estimator;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine on Brown (train 1.05M tokens, test 121k): count, estimate, score, distribution, generate.
 * {@code method} is filled from {@code Methods.all()} by {@link BenchMain}, so new methods are measured
 * without touching this file.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class EngineBench {

    /** (1) Read + tokenise + build the vocabulary + count orders 1..5 (the whole training stage). */
    @State(Scope.Benchmark)
    public static class Load {
        @Param({"3", "5"})
        int order;
    }

    @Benchmark
    public NgramCounts loadAndCount(Load s) {
        return NgramCounter.count(Brown.trainCorpus(), s.order, Progress.NONE);
    }

    /** Counting alone, from the corpus already read. */
    @State(Scope.Benchmark)
    public static class Counted {
        @Param({"5"})
        int order;
        Corpus train;
        Corpus test;
        NgramCounts counts;

        @Setup(Level.Trial)
        public void setUp() {
            train = Brown.trainCorpus();
            test = Brown.testCorpus(train);
            counts = Brown.counts(train, order);
        }
    }

    @Benchmark
    public NgramCounts countOnly(Counted s) {
        return NgramCounter.count(s.train, s.order, Progress.NONE);
    }

    /** (2) Estimate each method from existing counts at order 5. */
    @State(Scope.Benchmark)
    public static class Estimate {
        @Param({"laplace"})
        String method;
        Counted data;

        @Setup(Level.Trial)
        public void setUp() {
            data = new Counted();
            data.order = 5;
            data.setUp();
        }
    }

    @Benchmark
    public Estimator estimate(Estimate s) {
        return method(s.method).estimate(s.data.counts, 5, Parameters.NONE,
                new EstimationContext(s.data.train, null));
    }

    /** (3) Score test.txt (121,419 tokens incl. </s>) at orders 3 and 5. */
    @State(Scope.Benchmark)
    public static class Score {
        @Param({"laplace"})
        String method;
        @Param({"3", "5"})
        int order;
        Counted data;
        LanguageModel model;

        @Setup(Level.Trial)
        public void setUp() {
            data = new Counted();
            data.order = 5;
            data.setUp();
            model = model(data, order, method);
        }
    }

    static SmoothingMethod method(String name) {
        return BenchInterpolation.NAME.equals(name) ? new BenchInterpolation() : Methods.byName(name);
    }

    static LanguageModel model(Counted data, int order, String method) {
        return LanguageModel.of(data.counts, order, method(method), Parameters.NONE,
                new EstimationContext(data.train, null));
    }

    @Benchmark
    public Evaluation score(Score s) {
        return s.model.evaluate(s.data.test, Progress.NONE);
    }

    /** (4) The full next-word distribution, every outcome sorted, for 100 frequent order-3 contexts (per context). */
    @State(Scope.Benchmark)
    public static class Dist {
        @Param({"laplace"})
        String method;
        LanguageModel model;
        List<List<String>> contexts;

        @Setup(Level.Trial)
        public void setUp() {
            Counted data = new Counted();
            data.order = 3;
            data.setUp();
            model = model(data, 3, method);
            contexts = frequentContexts(data.counts, 100);
        }
    }

    /** The most frequent two-word contexts (followed by an outcome), most frequent first. */
    static List<List<String>> frequentContexts(NgramCounts counts, int n) {
        int size = counts.size(2);
        Integer[] ids = new Integer[size];
        for (int i = 0; i < size; i++) {
            ids[i] = i;
        }
        java.util.Arrays.sort(ids, (a, b) -> Long.compare(counts.contextCount(2, b), counts.contextCount(2, a)));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> words = new ArrayList<>();
            for (int id : counts.ngram(2, ids[i])) {
                words.add(counts.vocabulary().word(id));
            }
            out.add(words);
        }
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(100)
    public int distributionSorted(Dist s) {
        int sink = 0;
        for (List<String> ctx : s.contexts) {
            List<WordProbability> all = s.model.distribution(ctx).top(0);
            sink += all.get(0).id() + all.size();
        }
        return sink;
    }

    /** (5) Generate 1,000 sentences at order 3 (plain sampling, fixed seed). */
    @State(Scope.Benchmark)
    public static class Generate {
        @Param({"laplace"})
        String method;
        Sampler sampler;

        @Setup(Level.Trial)
        public void setUp() {
            Counted data = new Counted();
            data.order = 3;
            data.setUp();
            sampler = new Sampler(model(data, 3, method), SamplingOptions.defaults());
        }
    }

    @Benchmark
    @Warmup(iterations = 2, time = 3)
    @Measurement(iterations = 3, time = 3)
    public List<GeneratedSentence> generate1000(Generate s) {
        return s.sampler.generate(1000, 7);
    }
}
