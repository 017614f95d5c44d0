package org.lmlens.engine.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextReader;
import org.lmlens.engine.text.TextSource;

/**
 * The training lines of every class over one shared vocabulary: the union of all classes' words, so that
 * a word id means the same in every class model and every model predicts the same outcomes (SLP3 §4.2:
 * V is the union of all classes' words). A word seen in one class only has count 0 in the others, which
 * their smoothing handles; a word seen in no class is {@code <unk>} for all of them. Each line is one
 * item (the sentence mode is always one sentence per line). Immutable.
 */
public final class ClassData {
    private final List<String> labels;
    private final TextOptions options;
    private final Corpus all;
    private final List<Corpus> perClass;

    private ClassData(List<String> labels, TextOptions options, Corpus all, List<Corpus> perClass) {
        this.labels = List.copyOf(labels);
        this.options = options;
        this.all = all;
        this.perClass = List.copyOf(perClass);
    }

    /**
     * Reads the classes' training texts. An {@code auto} tokenizer is resolved once, on all the texts
     * together, so that every class is cut the same way.
     *
     * @throws LmLensException for fewer than two classes, a name used twice, or an unreadable text
     */
    public static ClassData read(List<LabelledText> classes, TextOptions options, Progress progress) {
        checkLabels(classes.stream().map(LabelledText::label).toList());
        List<Path> files = new ArrayList<>();
        long typed = classes.stream().filter(c -> c.source().isString()).count();
        if (typed > 0 && typed < classes.size()) {
            throw new LmLensException(EngineMessages.get("classify.mixedSources"));
        }
        for (LabelledText c : classes) {
            files.addAll(c.source().files());
        }
        TextSource union = files.isEmpty() ? joinedStrings(classes) : TextSource.ofFiles(files);
        TextOptions lines = options.withSentenceMode(SentenceMode.LINE);
        TextOptions resolved = lines.withTokenizer(TextReader.inspect(union, lines).tokenizer());
        progress.update(EngineMessages.get("classify.stage.vocabulary"), -1);
        Corpus all = CorpusBuilder.train(union, resolved, 1, progress);
        List<Corpus> perClass = new ArrayList<>();
        for (LabelledText c : classes) {
            progress.checkCancelled();
            perClass.add(CorpusBuilder.encode(c.source(), resolved, all.vocabulary(), progress));
        }
        return new ClassData(classes.stream().map(LabelledText::label).toList(), resolved, all, perClass);
    }

    /** Training lines given as tokens (tests, examples typed in): one list of lines per label. */
    public static ClassData of(List<String> labels, List<List<List<String>>> lines) {
        checkLabels(labels);
        List<List<String>> everything = new ArrayList<>();
        lines.forEach(everything::addAll);
        Corpus all = CorpusBuilder.train(everything, 1);
        List<Corpus> perClass = new ArrayList<>();
        for (List<List<String>> l : lines) {
            perClass.add(CorpusBuilder.encode(l, all.vocabulary()));
        }
        return new ClassData(labels, TextOptions.defaults(), all, perClass);
    }

    private static TextSource joinedStrings(List<LabelledText> classes) {
        StringBuilder sb = new StringBuilder();
        for (LabelledText c : classes) {
            sb.append(c.source().text()).append('\n');
        }
        return TextSource.ofString("classes", sb.toString());
    }

    private static void checkLabels(List<String> labels) {
        if (labels.size() < 2) {
            throw new LmLensException(EngineMessages.get("classify.fewClasses", labels.size()));
        }
        Set<String> seen = new HashSet<>();
        for (String label : labels) {
            if (label.isBlank() || !seen.add(label)) {
                throw new LmLensException(EngineMessages.get("classify.duplicateClass", label));
            }
        }
    }

    /** The same classes with a subset of each class's lines (indexes into each class's corpus). */
    public ClassData select(int[][] linesPerClass) {
        List<Corpus> chosen = new ArrayList<>();
        for (int c = 0; c < perClass.size(); c++) {
            chosen.add(perClass.get(c).select(linesPerClass[c]));
        }
        return new ClassData(labels, options, all, chosen);
    }

    public List<String> labels() {
        return labels;
    }

    public int classCount() {
        return labels.size();
    }

    /** The options the lines were read with (tokenizer resolved, one sentence per line). */
    public TextOptions options() {
        return options;
    }

    public Vocabulary vocabulary() {
        return all.vocabulary();
    }

    /** Every class's full training lines in one corpus (the source of the vocabulary). */
    public Corpus allLines() {
        return all;
    }

    public Corpus lines(int classIndex) {
        return perClass.get(classIndex);
    }

    /** Training lines per class. */
    public int[] lineCounts() {
        int[] n = new int[perClass.size()];
        for (int c = 0; c < n.length; c++) {
            n[c] = perClass.get(c).sentenceCount();
        }
        return n;
    }

    /** The index of a class name, or -1. */
    public int indexOf(String label) {
        return labels.indexOf(label);
    }
}
