package org.lmlens.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.text.Sentences;
import org.lmlens.engine.text.TextOptions;
import scala.Tuple2;

/**
 * The counting stage: lines → the engine's sentences and tokens (on the executors, with the engine's own
 * tokenizer classes) → the vocabulary (every word seen; ids most frequent first, ties by spelling) → the
 * count of every n-gram of orders 1..N, windows of {@code <s> w1 … wn </s>} that never reach before
 * {@code <s>}, as the engine's {@code NgramCounter} counts them. One shuffle for the words, one for the n-grams.
 */
final class Counting {
    /** The vocabulary (words by id, ids 0..2 the specials) and the counts of orders 1..N, cached. */
    record Counted(List<String> words, JavaPairRDD<Gram, Long> counts) {
    }

    private Counting() {
    }

    static Counted count(JavaSparkContext sc, JobOptions job) {
        JavaRDD<String> lines = job.partitions() > 0 ? sc.textFile(String.join(",", job.inputs()), job.partitions())
                : sc.textFile(String.join(",", job.inputs()));
        JavaRDD<List<String>> sentences = lines.flatMap(line -> sentences(line, job).iterator());
        List<Tuple2<String, Long>> wordCounts = sentences.flatMap(List::iterator)
                .mapToPair(w -> new Tuple2<>(w, 1L)).reduceByKey(Long::sum).collect();
        List<String> words = vocabulary(wordCounts);
        Map<String, Integer> ids = new HashMap<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            ids.put(words.get(i), i);
        }
        Broadcast<Map<String, Integer>> vocabulary = sc.broadcast(ids);
        int order = job.order();
        JavaPairRDD<Gram, Long> counts = sentences.flatMapToPair(tokens -> {
            Map<String, Integer> v = vocabulary.value();
            int[] s = new int[tokens.size() + 2];
            s[0] = Vocabulary.BOS;
            for (int i = 0; i < tokens.size(); i++) {
                s[i + 1] = v.get(tokens.get(i));
            }
            s[s.length - 1] = Vocabulary.EOS;
            List<Tuple2<Gram, Long>> out = new ArrayList<>(s.length * order);
            for (int i = 0; i < s.length; i++) {
                for (int k = 1; k <= order && i + k <= s.length; k++) {
                    out.add(new Tuple2<>(Gram.of(s, i, i + k), 1L));
                }
            }
            return out.iterator();
        }).reduceByKey(Long::sum);
        counts.persist(StorageLevel.MEMORY_AND_DISK_SER());
        return new Counted(words, counts);
    }

    /** Words by id: the specials, then by count (most frequent first) and spelling; a literal <unk> is the unknown word. */
    static List<String> vocabulary(List<Tuple2<String, Long>> wordCounts) {
        List<Tuple2<String, Long>> sorted = new ArrayList<>(wordCounts);
        sorted.removeIf(t -> t._1().equals(Vocabulary.UNK_WORD));
        sorted.sort((a, b) -> a._2().equals(b._2()) ? a._1().compareTo(b._1()) : Long.compare(b._2(), a._2()));
        List<String> words = new ArrayList<>(sorted.size() + 3);
        words.add(Vocabulary.UNK_WORD);
        words.add(Vocabulary.BOS_WORD);
        words.add(Vocabulary.EOS_WORD);
        for (Tuple2<String, Long> t : sorted) {
            words.add(t._1());
        }
        return words;
    }

    /**
     * The sentences of a line as the engine's corpus builder takes them: {@code <s>} and {@code </s>} in the
     * text are markup and dropped, a literal {@code <unk>} is the unknown word.
     */
    static List<List<String>> sentences(String line, JobOptions job) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> tokens : Sentences.of(line, options(job))) {
            List<String> kept = new ArrayList<>(tokens);
            kept.removeIf(t -> t.equals(Vocabulary.BOS_WORD) || t.equals(Vocabulary.EOS_WORD));
            if (!kept.isEmpty()) {
                out.add(kept);
            }
        }
        return out;
    }

    private static final Map<String, TextOptions> OPTIONS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The text options on an executor, made once per JVM (a Chinese segmenter loads its dictionary once). */
    private static TextOptions options(JobOptions job) {
        String key = job.tokenizer() + "/" + job.lowercase() + "/" + job.sentenceMode();
        return OPTIONS.computeIfAbsent(key, k -> job.textOptions());
    }
}
