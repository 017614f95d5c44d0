package org.lmlens.engine.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * How well a classifier did on held-out lines (SLP3 §4.7): accuracy, per class precision = tp / (tp + fp),
 * recall = tp / (tp + fn) and F1 = 2PR / (P + R), their macro-average (each class weighs the same, which
 * matters when classes differ in size), and the confusion matrix (row = true class, column = predicted),
 * with the lines behind every cell. A precision with no prediction of the class, or a recall with no
 * line of it, is 0 (scikit-learn's convention). Immutable.
 */
public final class ClassificationReport {
    private final List<String> labels;
    private final int[][] confusion;
    private final List<List<List<Integer>>> cells;
    private final TestLines lines;

    private ClassificationReport(List<String> labels, int[][] confusion, List<List<List<Integer>>> cells,
                                 TestLines lines) {
        this.labels = labels;
        this.confusion = confusion;
        this.cells = cells;
        this.lines = lines;
    }

    public static ClassificationReport of(List<String> labels, TestLines lines, int[] predicted) {
        int k = labels.size();
        int[][] confusion = new int[k][k];
        List<List<List<Integer>>> cells = new ArrayList<>();
        for (int g = 0; g < k; g++) {
            List<List<Integer>> row = new ArrayList<>();
            for (int p = 0; p < k; p++) {
                row.add(new ArrayList<>());
            }
            cells.add(row);
        }
        for (int i = 0; i < predicted.length; i++) {
            confusion[lines.gold(i)][predicted[i]]++;
            cells.get(lines.gold(i)).get(predicted[i]).add(i);
        }
        return new ClassificationReport(List.copyOf(labels), confusion, cells, lines);
    }

    public List<String> labels() {
        return labels;
    }

    public int total() {
        int n = 0;
        for (int[] row : confusion) {
            for (int v : row) {
                n += v;
            }
        }
        return n;
    }

    public int correct() {
        int n = 0;
        for (int c = 0; c < confusion.length; c++) {
            n += confusion[c][c];
        }
        return n;
    }

    public double accuracy() {
        int total = total();
        return total == 0 ? 0 : (double) correct() / total;
    }

    /** Lines of class {@code gold} predicted as {@code predicted}. */
    public int count(int gold, int predicted) {
        return confusion[gold][predicted];
    }

    /** A copy of the confusion matrix, row = true class, column = predicted class. */
    public int[][] confusion() {
        int[][] copy = new int[confusion.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = confusion[i].clone();
        }
        return copy;
    }

    public double precision(int c) {
        int predicted = 0;
        for (int[] row : confusion) {
            predicted += row[c];
        }
        return predicted == 0 ? 0 : (double) confusion[c][c] / predicted;
    }

    public double recall(int c) {
        int actual = 0;
        for (int v : confusion[c]) {
            actual += v;
        }
        return actual == 0 ? 0 : (double) confusion[c][c] / actual;
    }

    public double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double sum = 0;
        for (int c = 0; c < labels.size(); c++) {
            sum += f1(c);
        }
        return sum / labels.size();
    }

    /** The test lines (indexes into {@link TestLines}) of class {@code gold} predicted as {@code predicted}. */
    public List<Integer> lineIndexes(int gold, int predicted) {
        return List.copyOf(cells.get(gold).get(predicted));
    }

    /** The text of those lines, as read. */
    public List<String> lines(int gold, int predicted) {
        return cells.get(gold).get(predicted).stream().map(lines::text).toList();
    }
}
