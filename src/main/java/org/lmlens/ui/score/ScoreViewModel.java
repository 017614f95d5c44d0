package org.lmlens.ui.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.SentenceScore;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.text.Detokenizer;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.ui.common.LatestOnly;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabViewModel;
import org.lmlens.ui.common.Texts;

/**
 * Scores typed sentences with the chain rule (one row per predicted token), and in compare mode a second
 * sentence beside the first: the same words shuffled show why word order matters.
 */
public final class ScoreViewModel extends TabViewModel {
    private final StringProperty first = new SimpleStringProperty("");
    private final StringProperty second = new SimpleStringProperty("");
    private final BooleanProperty compare = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ScoreResult> firstResult = new ReadOnlyObjectWrapper<>(ScoreResult.EMPTY);
    private final ReadOnlyObjectWrapper<ScoreResult> secondResult = new ReadOnlyObjectWrapper<>(ScoreResult.EMPTY);
    private final LatestOnly firstJob;
    private final LatestOnly secondJob;
    private long shuffleSeed = 1;

    public ScoreViewModel(TabContext context) {
        super(context);
        this.firstJob = newJob();
        this.secondJob = newJob();
        follow(first);
        follow(second);
        follow(compare);
        inputsChanged();
    }

    public StringProperty firstProperty() {
        return first;
    }

    public StringProperty secondProperty() {
        return second;
    }

    public BooleanProperty compareProperty() {
        return compare;
    }

    public ReadOnlyObjectProperty<ScoreResult> firstResultProperty() {
        return firstResult.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScoreResult> secondResultProperty() {
        return secondResult.getReadOnlyProperty();
    }

    /** Fills the second sentence with the first one's tokens in a shuffled order (a new seeded order each press). */
    public void shuffle() {
        TrainedText t = text();
        TextOptions options = t == null ? TextOptions.defaults() : t.options();
        List<String> lines = new ArrayList<>();
        Random random = new Random(shuffleSeed++);
        for (List<String> sentence : Texts.sentences(first.get(), options)) {
            List<String> words = new ArrayList<>(sentence);
            Collections.shuffle(words, random);
            lines.add(Detokenizer.join(words));
        }
        compare.set(true);
        second.set(String.join("\n", lines)); // i18n-ok: line break
    }

    @Override
    protected void refresh() {
        score(first.get(), firstJob, firstResult);
        score(second.get(), secondJob, secondResult);
    }

    private void score(String typed, LatestOnly job, ReadOnlyObjectWrapper<ScoreResult> out) {
        TrainedText t = text();
        LanguageModel m = model();
        if (t == null || m == null || typed == null || typed.isBlank() || (out == secondResult && !compare.get())) {
            job.cancel();
            out.set(ScoreResult.EMPTY);
            return;
        }
        job.run(p -> compute(t.options(), m, typed), out::set, e -> out.set(ScoreResult.error(Texts.message(e))));
    }

    static ScoreResult compute(TextOptions options, LanguageModel model, String typed) {
        List<SentenceScore> scores = new ArrayList<>();
        for (List<String> sentence : Texts.sentences(typed, options)) {
            scores.add(model.score(sentence));
        }
        return new ScoreResult(scores, model.order(), null, model.method().isNormalised());
    }
}
