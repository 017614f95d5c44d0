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
import org.apache.hadoop.fs.LocalFileSystem;
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
        ngrams = model.ngrams().clone();
        for (int k = 1; k <= model.order(); k++) {
            sorted.add(model.levels().get(k).sortByKey().persist(StorageLevel.MEMORY_AND_DISK_SER()));
        }
    }

    /** Stored n-grams per order, index 1..N (unigrams: the whole vocabulary). */
    long[] ngrams() {
        return ngrams.clone();
    }

    /**
     * Writes the ARPA file and/or the compact model file (either may be null) in one pass over the sorted
     * orders. The compact file needs each n-gram's prefix index: the order below is streamed beside it (a
     * merge of two sorted streams, no lookup).
     */
    void write(JavaSparkContext sc, String arpaPath, java.nio.file.Path compactFile) throws IOException {
        Writer arpa = arpaPath == null ? null : openArpa(sc, arpaPath);
        CompactModelWriter compact = compactFile == null ? null
                : new CompactModelWriter(compactFile, model.order(), ngrams);
        boolean complete = false;
        try {
            if (compact != null) {
                compact.vocabulary(model.words());
            }
            if (arpa != null) {
                arpa.write("\\data\\\n");
                for (int k = 1; k <= model.order(); k++) {
                    arpa.write("ngram " + k + "=" + ngrams[k] + "\n");
                }
            }
            for (int k = 1; k <= model.order(); k++) {
                if (arpa != null) {
                    arpa.write("\n\\" + k + "-grams:\n");
                }
                Iterator<Tuple2<Gram, float[]>> it = sorted.get(k).toLocalIterator();
                Iterator<Gram> parents = k == 1 || compact == null ? null : sorted.get(k - 1).keys().toLocalIterator();
                Gram parent = null;
                long parentIndex = -1;
                while (it.hasNext()) {
                    Tuple2<Gram, float[]> t = it.next();
                    if (arpa != null) {
                        arpa.write(arpaLine(k, t._1().ids, t._2()));
                    }
                    if (compact == null) {
                        continue;
                    }
                    if (k > 1) {
                        Gram wanted = t._1().prefix();
                        while (parent == null || parent.compareTo(wanted) < 0) {
                            parent = parents.next();
                            parentIndex++;
                        }
                        if (!parent.equals(wanted)) {
                            throw new IllegalStateException("the context of " + t._1() + " is not stored");
                        }
                    }
                    compact.add(k, k == 1 ? 0 : parentIndex, t._1().last(), t._2()[0], t._2()[1]);
                }
            }
            if (arpa != null) {
                arpa.write("\n\\end\\\n");
            }
            complete = true;
        } finally {
            if (compact != null) {
                if (complete) {
                    compact.close();
                } else {
                    compact.discard();
                }
            }
            if (arpa != null) {
                arpa.close();
                if (complete) {
                    moveArpa(sc, arpaPath);
                } else {
                    fileSystem(sc, new Path(arpaPath)).delete(partPath(new Path(arpaPath)), false);
                }
            }
        }
    }

    private final StringBuilder line = new StringBuilder();

    private String arpaLine(int k, int[] ids, float[] values) {
        List<String> words = model.words();
        line.setLength(0);
        line.append(number(values[0])).append('\t');
        for (int j = 0; j < ids.length; j++) {
            line.append(j == 0 ? "" : " ").append(words.get(ids[j]));
        }
        boolean bosWithBow = k == 1 && ids[0] == Vocabulary.BOS && model.order() > 1;
        if (k < model.order() && (values[1] != 0f || bosWithBow)) {
            line.append('\t').append(number(values[1]));
        }
        return line.append('\n').toString();
    }

    /** Hadoop's file system for a path; the raw one for local files (no .crc checksum files beside the model). */
    private static FileSystem fileSystem(JavaSparkContext sc, Path path) throws IOException {
        FileSystem fs = path.getFileSystem(sc.hadoopConfiguration());
        return fs instanceof LocalFileSystem local ? local.getRaw() : fs;
    }

    private static Path partPath(Path target) {
        return new Path(target.getParent(), "." + target.getName() + ".part");
    }

    private static Writer openArpa(JavaSparkContext sc, String path) throws IOException {
        Path target = new Path(path);
        OutputStream raw = fileSystem(sc, target).create(partPath(target), true);
        OutputStream stream = path.endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    /** The complete file replaces the target only now, so a reader never sees half a model. */
    private static void moveArpa(JavaSparkContext sc, String path) throws IOException {
        Path target = new Path(path);
        FileSystem fs = fileSystem(sc, target);
        if (fs.exists(target) && !fs.delete(target, false)) {
            throw new IOException("cannot replace " + target);
        }
        if (!fs.rename(partPath(target), target)) {
            throw new IOException("cannot move " + partPath(target) + " to " + target);
        }
    }

    /** A float as the shortest text that reads back as the same float; "0" for zero, as ARPA files write it. */
    private static String number(float v) {
        return v == 0f ? "0" : Float.toString(v);
    }
}
