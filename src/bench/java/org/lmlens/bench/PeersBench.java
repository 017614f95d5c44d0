package org.lmlens.bench;

import edu.berkeley.nlp.lm.ArrayEncodedProbBackoffLm;
import edu.berkeley.nlp.lm.ConfigOptions;
import edu.berkeley.nlp.lm.StringWordIndexer;
import edu.berkeley.nlp.lm.io.LmReaders;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.languagemodel.NGramLanguageModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Java peers on the same Brown files, for ratios against {@link EngineBench}: BerkeleyLM 1.1.2 (its own
 * Kneser-Ney estimation from text, then scoring each test token through its array-encoded query, the
 * same per-token work as LM Lens's evaluate) and Apache OpenNLP's {@code NGramLanguageModel} (counts in a
 * hash map of string lists, stupid back-off; scored per sentence with {@code calculateProbability}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class PeersBench {

    static StringWordIndexer berkeleyIndexer() {
        StringWordIndexer indexer = new StringWordIndexer();
        indexer.setStartSymbol("<s>");
        indexer.setEndSymbol("</s>");
        indexer.setUnkSymbol("<unk>");
        return indexer;
    }

    static ArrayEncodedProbBackoffLm<String> berkeleyKneserNey(int order) {
        return LmReaders.readKneserNeyLmFromTextFile(List.of(Brown.train().toString()), berkeleyIndexer(), order,
                new ConfigOptions(), false);
    }

    static NGramLanguageModel openNlp(int order, List<String[]> sentences) {
        NGramLanguageModel lm = new NGramLanguageModel(order);
        for (String[] s : sentences) {
            String[] padded = new String[s.length + 2];
            padded[0] = "<s>";
            System.arraycopy(s, 0, padded, 1, s.length);
            padded[s.length + 1] = "</s>";
            lm.add(padded);
        }
        return lm;
    }

    @State(Scope.Benchmark)
    public static class Order {
        @Param({"3", "5"})
        int order;
    }

    /** BerkeleyLM: read the text, count and estimate Kneser-Ney (its whole training stage). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
    public Object berkeleyBuildKneserNey(Order s) {
        return berkeleyKneserNey(s.order);
    }

    /** OpenNLP: add every sentence's n-grams of orders 1..N (input already split, as its API takes it). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    @Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
    public Object openNlpBuild(Order s, OpenNlpText text) {
        return openNlp(s.order, text.train);
    }

    @State(Scope.Benchmark)
    public static class OpenNlpText {
        List<String[]> train;
        List<String[]> test;

        @Setup(Level.Trial)
        public void setUp() {
            train = Brown.sentences(Brown.train());
            test = Brown.sentences(Brown.test());
        }
    }

    @State(Scope.Benchmark)
    public static class BerkeleyModel {
        @Param({"3", "5"})
        int order;
        ArrayEncodedProbBackoffLm<String> lm;
        int[][] test;

        @Setup(Level.Trial)
        public void setUp() {
            lm = berkeleyKneserNey(order);
            StringWordIndexer indexer = (StringWordIndexer) lm.getWordIndexer();
            List<String[]> sentences = Brown.sentences(Brown.test());
            test = new int[sentences.size()][];
            for (int i = 0; i < test.length; i++) {
                String[] s = sentences.get(i);
                int[] ids = new int[s.length + 2];
                ids[0] = indexer.getIndexPossiblyUnk("<s>");
                for (int j = 0; j < s.length; j++) {
                    ids[j + 1] = indexer.getIndexPossiblyUnk(s[j]);
                }
                ids[s.length + 1] = indexer.getIndexPossiblyUnk("</s>");
                test[i] = ids;
            }
        }
    }

    /** BerkeleyLM: log10 P of every test token (words + </s>), one array-encoded query per token. */
    @Benchmark
    public double berkeleyScore(BerkeleyModel s) {
        double total = 0;
        int order = s.order;
        for (int[] ids : s.test) {
            for (int i = 1; i < ids.length; i++) {
                total += s.lm.getLogProb(ids, Math.max(0, i - order + 1), i + 1);
            }
        }
        return total;
    }

    @State(Scope.Benchmark)
    public static class OpenNlpModel {
        @Param({"3", "5"})
        int order;
        NGramLanguageModel lm;
        List<String[]> test;

        @Setup(Level.Trial)
        public void setUp() {
            OpenNlpText text = new OpenNlpText();
            text.setUp();
            lm = openNlp(order, text.train);
            test = text.test;
        }
    }

    /** OpenNLP: the probability of every test sentence (padded like the training sentences). */
    @Benchmark
    public double openNlpScore(OpenNlpModel s) {
        double total = 0;
        for (String[] sentence : s.test) {
            String[] padded = new String[sentence.length + 2];
            padded[0] = "<s>";
            System.arraycopy(sentence, 0, padded, 1, sentence.length);
            padded[sentence.length + 1] = "</s>";
            total += s.lm.calculateProbability(padded);
        }
        return total;
    }
}
