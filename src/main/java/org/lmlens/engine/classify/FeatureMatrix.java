package org.lmlens.engine.classify;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import org.lmlens.engine.count.Corpus;

/**
 * Lines as sparse n-gram count vectors with their class (compressed rows: the features of line i are
 * {@code feature[rowStart[i] .. rowStart[i+1])}, sorted, with their counts in {@code value}). Built once
 * per training or test set, so that every epoch of training only reads arrays.
 */
final class FeatureMatrix {
    final int[] rowStart;
    final int[] feature;
    final float[] value;
    final int[] label;

    private FeatureMatrix(int[] rowStart, int[] feature, float[] value, int[] label) {
        this.rowStart = rowStart;
        this.feature = feature;
        this.value = value;
        this.label = label;
    }

    int rows() {
        return label.length;
    }

    /** The lines of several corpora, line i of corpus s labelled {@code labels[s][i]}. */
    static FeatureMatrix of(NgramFeatures features, Corpus[] lines, int[][] labels) {
        IntArrayList starts = new IntArrayList();
        IntArrayList ids = new IntArrayList();
        IntArrayList counts = new IntArrayList();
        IntArrayList gold = new IntArrayList();
        Int2IntOpenHashMap row = new Int2IntOpenHashMap();
        for (int s = 0; s < lines.length; s++) {
            Corpus corpus = lines[s];
            int[] tokens = corpus.tokenArray();
            for (int i = 0; i < corpus.sentenceCount(); i++) {
                features.extract(tokens, corpus.sentenceStart(i), corpus.sentenceEnd(i), row);
                starts.add(ids.size());
                int[] keys = row.keySet().toIntArray();
                Arrays.sort(keys);
                for (int f : keys) {
                    ids.add(f);
                    counts.add(row.get(f));
                }
                gold.add(labels[s][i]);
            }
        }
        starts.add(ids.size());
        float[] v = new float[counts.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = counts.getInt(i);
        }
        return new FeatureMatrix(starts.toIntArray(), ids.toIntArray(), v, gold.toIntArray());
    }

    /** The training lines of every class, labelled with their class index. */
    static FeatureMatrix training(NgramFeatures features, ClassData data) {
        Corpus[] lines = new Corpus[data.classCount()];
        int[][] labels = new int[lines.length][];
        for (int c = 0; c < lines.length; c++) {
            lines[c] = data.lines(c);
            labels[c] = new int[lines[c].sentenceCount()];
            Arrays.fill(labels[c], c);
        }
        return of(features, lines, labels);
    }

    /** Held-out lines with their true classes. */
    static FeatureMatrix test(NgramFeatures features, TestLines test) {
        int[] gold = new int[test.size()];
        for (int i = 0; i < gold.length; i++) {
            gold[i] = test.gold(i);
        }
        return of(features, new Corpus[] {test.encoded()}, new int[][] {gold});
    }
}
