package org.lmlens.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.lmlens.engine.compact.CompactModelWriter;
import org.lmlens.engine.count.Vocabulary;
import scala.Tuple2;

/**
 * Writes the job's model from the driver, streaming each order sorted by word ids ({@code toLocalIterator}:
 * one partition in memory at a time): an ARPA file to any path Hadoop's file systems reach (local, HDFS,
 * S3; gzipped when the name ends in {@code .gz}) and a compact model file to the driver's disk (it is
 * memory-mapped by whoever opens it, so it must be a local file). Both hold the same values.
 */
final class ModelFiles {
    private final Estimation.Model model;
    private final List<JavaPairRDD<Gram, float[]>> sorted = new java.util.ArrayList<>();
    private final long[] ngrams;

    ModelFiles(Estimation.Model model) {
        this.model = model;
        sorted.add(null);
        ngrams = new long[model.order() + 1];
        for (int k = 1; k <= model.order(); k++) {
            JavaPairRDD<Gram, float[]> level = model.levels().get(k).sortByKey().persist(StorageLevel.MEMORY_AND_DISK_SER());
            sorted.add(level);
            ngrams[k] = level.count();
        }
    }

    /** Stored n-grams per order, index 1..N (unigrams: the whole vocabulary). */
    long[] ngrams() {
        return ngrams.clone();
    }

    void writeArpa(JavaSparkContext sc, String path) throws IOException {
        Path target = new Path(path);
        FileSystem fs = target.getFileSystem(sc.hadoopConfiguration());
        Path temp = new Path(target.getParent(), "." + target.getName() + ".part");
        OutputStream raw = fs.create(temp, true);
        OutputStream stream = path.endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
        List<String> words = model.words();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("\\data\\\n");
            for (int k = 1; k <= model.order(); k++) {
                out.write("ngram " + k + "=" + ngrams[k] + "\n");
            }
            StringBuilder line = new StringBuilder();
            for (int k = 1; k <= model.order(); k++) {
                out.write("\n\\" + k + "-grams:\n");
                Iterator<Tuple2<Gram, float[]>> it = sorted.get(k).toLocalIterator();
                while (it.hasNext()) {
                    Tuple2<Gram, float[]> t = it.next();
                    line.setLength(0);
                    line.append(number(t._2()[0])).append('\t');
                    int[] ids = t._1().ids;
                    for (int j = 0; j < ids.length; j++) {
                        line.append(j == 0 ? "" : " ").append(words.get(ids[j]));
                    }
                    boolean bosWithBow = k == 1 && ids[0] == Vocabulary.BOS && model.order() > 1;
                    if (k < model.order() && (t._2()[1] != 0f || bosWithBow)) {
                        line.append('\t').append(number(t._2()[1]));
                    }
                    out.write(line.append('\n').toString());
                }
            }
            out.write("\n\\end\\\n");
        }
        if (fs.exists(target) && !fs.delete(target, false)) {
            throw new IOException("cannot replace " + target);
        }
        if (!fs.rename(temp, target)) {
            throw new IOException("cannot move " + temp + " to " + target);
        }
    }

    /** A float as the shortest text that reads back as the same float; "0" for zero, as ARPA files write it. */
    private static String number(float v) {
        return v == 0f ? "0" : Float.toString(v);
    }

    /**
     * Writes the compact model file: each order streamed in sorted order beside the order below it, whose
     * position gives each n-gram's prefix index (a merge of two sorted streams, no lookup).
     */
    void writeCompact(java.nio.file.Path file) throws IOException {
        try (CompactModelWriter out = new CompactModelWriter(file, model.order(), ngrams)) {
            out.vocabulary(model.words());
            for (int k = 1; k <= model.order(); k++) {
                Iterator<Tuple2<Gram, float[]>> it = sorted.get(k).toLocalIterator();
                Iterator<Gram> parents = k == 1 ? null : sorted.get(k - 1).keys().toLocalIterator();
                Gram parent = null;
                long parentIndex = -1;
                while (it.hasNext()) {
                    Tuple2<Gram, float[]> t = it.next();
                    long prefix = 0;
                    if (k > 1) {
                        Gram wanted = t._1().prefix();
                        while (parent == null || parent.compareTo(wanted) < 0) {
                            parent = parents.next();
                            parentIndex++;
                        }
                        if (!parent.equals(wanted)) {
                            throw new IllegalStateException("the context of " + t._1() + " is not stored");
                        }
                        prefix = parentIndex;
                    }
                    out.add(k, prefix, t._1().last(), t._2()[0], t._2()[1]);
                }
            }
        }
    }
}
