package org.lmlens.ui.generate;

import java.util.List;
import java.util.SplittableRandom;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.GeneratedSentence;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.MassSplit;
import org.lmlens.engine.model.Sampler;
import org.lmlens.engine.model.SamplingOptions;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.ui.common.LatestOnly;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabViewModel;
import org.lmlens.ui.session.SessionViewModel;
import org.lmlens.engine.text.Detokenizer;

/**
 * The Generate tab: sentences drawn from the current model with a seed, temperature, top-k and greedy
 * option. Once sentences are shown, changing the model or an option draws them again with the same
 * seed, so students see what the change does to the same random draws.
 */
public final class GenerateViewModel extends TabViewModel {
    public static final int MAX_COUNT = 20;
    public static final int MAX_LENGTH = 40;
    /** The sentence markers shown around a generated sentence. */
    public static final String START = Vocabulary.BOS_WORD;
    public static final String END = Vocabulary.EOS_WORD;

    private final IntegerProperty count = new SimpleIntegerProperty(5);
    private final LongProperty seed = new SimpleLongProperty(42);
    private final DoubleProperty temperature = new SimpleDoubleProperty(1.0);
    private final IntegerProperty topK = new SimpleIntegerProperty(0);
    private final BooleanProperty greedy = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<List<GeneratedSentence>> sentences = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();
    private final SplittableRandom seeds = new SplittableRandom();
    private final ReadOnlyObjectWrapper<StartNote> startMass = new ReadOnlyObjectWrapper<>();
    private final LatestOnly job = newJob();
    private boolean active;

    public GenerateViewModel(TabContext context) {
        super(context);
        follow(count);
        follow(seed);
        follow(temperature);
        follow(topK);
        follow(greedy);
    }

    /** Whether a space goes before word {@code i} when the words are shown as text, as {@link Detokenizer#join} sets them. */
    public static boolean spaceBefore(List<String> words, int i) {
        return Detokenizer.spaceBetween(words.get(i - 1), words.get(i));
    }

    /** The sentence as plain text, joined by the detokenizer's rules. */
    public static String plain(GeneratedSentence s) {
        return Detokenizer.join(s.words());
    }

    /** Draws sentences with the current seed. */
    public void generate() {
        active = true;
        inputsChanged();
    }

    /** Picks a fresh seed and draws. */
    public void generateWithNewSeed() {
        active = true;
        long next = seeds.nextInt(1_000_000);
        if (next == seed.get()) {
            inputsChanged();
        } else {
            seed.set(next);
        }
    }

    @Override
    protected void refresh() {
        LanguageModel model = model();
        if (!active || model == null) {
            return;
        }
        int n = Math.max(1, Math.min(MAX_COUNT, count.get()));
        long s = seed.get();
        double t = temperature.get();
        int k = Math.max(0, topK.get());
        boolean g = greedy.get();
        job.run(p -> {
            List<GeneratedSentence> drawn = new Sampler(model, new SamplingOptions(t, k, 1.0, g, MAX_LENGTH)).generate(n, s);
            return new Drawn(drawn, unseenWhileDrawing(model, drawn));
        }, result -> {
            error.set(null);
            sentences.set(List.copyOf(result.sentences()));
            startMass.set(result.startMass());
        }, failure -> error.set(SessionViewModel.messageOf(failure)));
    }

    public IntegerProperty countProperty() {
        return count;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public DoubleProperty temperatureProperty() {
        return temperature;
    }

    public IntegerProperty topKProperty() {
        return topK;
    }

    public BooleanProperty greedyProperty() {
        return greedy;
    }

    public ReadOnlyObjectProperty<List<GeneratedSentence>> sentencesProperty() {
        return sentences.getReadOnlyProperty();
    }

    /**
     * For a smoothing method that gave, on average over the steps of the drawn sentences, at least
     * {@value #NOTE_MIN_UNSEEN} of the probability to continuations never seen after the step's context: that
     * share, so the view can say why its samples look worse than maximum likelihood's; otherwise null.
     */
    public ReadOnlyObjectProperty<StartNote> startMassProperty() {
        return startMass.getReadOnlyProperty();
    }

    static final double NOTE_MIN_UNSEEN = 0.05;

    private record Drawn(List<GeneratedSentence> sentences, StartNote startMass) {
    }

    /** A smoothing method and the mean share of probability it moved to unseen continuations while drawing. */
    public record StartNote(SmoothingMethod method, double meanUnseenMass, int steps) {
    }

    private static StartNote unseenWhileDrawing(LanguageModel model, List<GeneratedSentence> drawn) {
        if (model.order() < 2 || !model.method().isNormalised() || model.method().name().equals("mle")) { // i18n-ok: method id
            return null;
        }
        double sum = 0;
        int steps = 0;
        for (GeneratedSentence s : drawn) {
            for (List<String> context : s.contexts()) {
                MassSplit m = model.massSplit(context);
                if (m.defined()) {
                    sum += m.unseenMass();
                    steps++;
                }
            }
        }
        return steps > 0 && sum / steps >= NOTE_MIN_UNSEEN ? new StartNote(model.method(), sum / steps, steps) : null;
    }

    public ReadOnlyObjectProperty<String> errorProperty() {
        return error.getReadOnlyProperty();
    }
}
