package org.lmlens.ui.counts;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lmlens.engine.count.NgramCounts;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.ui.common.LatestOnly;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabViewModel;

/**
 * The classic bigram matrix (SLP3 Fig. 3.1): rows are the previous word, columns the next word; cells
 * show c(w_{i-1} w_i), P(w_i | w_{i-1}) under the current method, or the reconstituted count
 * c* = P · c(w_{i-1}). The words default to the most frequent ones and can be edited.
 */
public final class BigramMatrixViewModel extends TabViewModel {
    public static final int MIN_WORDS = 2;
    public static final int MAX_WORDS = 12;
    public static final int DEFAULT_WORDS = 7;

    /** What the cells show. */
    public enum Mode { COUNTS, PROBABILITIES, ADJUSTED }

    /** One computed matrix: values[row][column], row = previous word. */
    public record Matrix(List<String> words, double[][] values, Mode mode, double max) {
    }

    private final StringProperty words = new SimpleStringProperty("");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.COUNTS);
    private final ReadOnlyObjectWrapper<Matrix> matrix = new ReadOnlyObjectWrapper<>();
    private final LatestOnly job = newJob();

    public BigramMatrixViewModel(TabContext context) {
        super(context);
        words.set(String.join(" ", defaultWords(text())));
        follow(words);
        follow(mode);
        inputsChanged();
    }

    @Override
    protected void textReplaced(TrainedText old, TrainedText text) {
        words.set(String.join(" ", defaultWords(text)));
    }

    /** The most frequent words of the text that contain a letter or digit (punctuation makes a dull matrix). */
    public static List<String> defaultWords(TrainedText text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Vocabulary v = text.corpus().vocabulary();
        List<Integer> ids = new ArrayList<>();
        for (int id = Vocabulary.EOS + 1; id < v.size(); id++) {
            ids.add(id);
        }
        NgramCounts c = text.counts();
        ids.sort((a, b) -> c.count(1, b) != c.count(1, a) ? Integer.compare(c.count(1, b), c.count(1, a))
                : Integer.compare(a, b));
        for (int id : ids) {
            String w = v.word(id);
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(w);
            }
            if (out.size() == DEFAULT_WORDS) {
                break;
            }
        }
        return out;
    }

    /** The words typed in the field, split like the text, unknown ones kept (they show as zero rows). */
    static List<String> parse(String text, org.lmlens.engine.text.TextOptions options) {
        List<String> out = new ArrayList<>();
        for (String w : org.lmlens.engine.text.TypedText.tokens(text, options)) {
            if (!out.contains(w) && out.size() < MAX_WORDS) {
                out.add(w);
            }
        }
        return out;
    }

    @Override
    protected void refresh() {
        TrainedText text = text();
        LanguageModel current = model();
        List<String> chosen = text == null ? List.of() : parse(words.get(), text.options());
        if (text == null || current == null || chosen.isEmpty() || text.maxOrder() < 2) {
            job.cancel();
            matrix.set(null);
            return;
        }
        Mode m = mode.get();
        job.run(p -> compute(text, current, chosen, m), matrix::set, error -> matrix.set(null));
    }

    static Matrix compute(TrainedText text, LanguageModel current, List<String> chosen, Mode mode) {
        LanguageModel bigram = text.model(2, current.method(), current.parameters());
        NgramCounts counts = text.counts();
        Vocabulary v = counts.vocabulary();
        int n = chosen.size();
        double[][] values = new double[n][n];
        double max = 0;
        for (int r = 0; r < n; r++) {
            int prev = v.id(chosen.get(r));
            int ctx = counts.child(0, 0, prev);
            long contextCount = ctx < 0 ? 0 : counts.contextCount(1, ctx);
            boolean defined = bigram.isDefined(List.of(chosen.get(r)));
            for (int c = 0; c < n; c++) {
                int next = v.id(chosen.get(c));
                int child = ctx < 0 ? -1 : counts.child(1, ctx, next);
                long count = child < 0 ? 0 : counts.count(2, child);
                double p = defined ? bigram.probability(List.of(chosen.get(r)), chosen.get(c)) : Double.NaN;
                values[r][c] = switch (mode) {
                    case COUNTS -> count;
                    case PROBABILITIES -> p;
                    case ADJUSTED -> p * contextCount;
                };
                if (!Double.isNaN(values[r][c])) {
                    max = Math.max(max, values[r][c]);
                }
            }
        }
        return new Matrix(List.copyOf(chosen), values, mode, max);
    }

    public StringProperty wordsProperty() {
        return words;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyObjectProperty<Matrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }
}
