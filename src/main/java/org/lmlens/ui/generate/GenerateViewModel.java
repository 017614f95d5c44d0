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
import org.lmlens.engine.model.GeneratedSentence;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.MassSplit;
import org.lmlens.engine.model.Sampler;
import org.lmlens.engine.model.SamplingOptions;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.ui.common.TaskRunner;
import org.lmlens.ui.session.SessionViewModel;

/**
 * The Generate tab: sentences drawn from the current model with a seed, temperature, top-k and greedy
 * option. Once sentences are shown, changing the model or an option draws them again with the same
 * seed, so students see what the change does to the same random draws.
 */
public final class GenerateViewModel {
    public static final int MAX_COUNT = 20;
    public static final int MAX_LENGTH = 40;

    private final SessionViewModel session;
    private final TaskRunner runner;
    private final IntegerProperty count = new SimpleIntegerProperty(5);
    private final LongProperty seed = new SimpleLongProperty(42);
    private final DoubleProperty temperature = new SimpleDoubleProperty(1.0);
    private final IntegerProperty topK = new SimpleIntegerProperty(0);
    private final BooleanProperty greedy = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<List<GeneratedSentence>> sentences = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<String> error = new ReadOnlyObjectWrapper<>();
    private final SplittableRandom seeds = new SplittableRandom();
    private final ReadOnlyObjectWrapper<StartNote> startMass = new ReadOnlyObjectWrapper<>();
    private TaskRunner.Handle handle = TaskRunner.Handle.DONE;
    private long generation;
    private boolean active;

    public GenerateViewModel(SessionViewModel session) {
        this.session = session;
        this.runner = session.runner();
        session.modelProperty().addListener((o, a, b) -> regenerate());
        count.addListener((o, a, b) -> regenerate());
        seed.addListener((o, a, b) -> regenerate());
        temperature.addListener((o, a, b) -> regenerate());
        topK.addListener((o, a, b) -> regenerate());
        greedy.addListener((o, a, b) -> regenerate());
    }

    /** Draws sentences with the current seed. */
    public void generate() {
        active = true;
        regenerate();
    }

    /** Picks a fresh seed and draws. */
    public void generateWithNewSeed() {
        active = true;
        long next = seeds.nextInt(1_000_000);
        if (next == seed.get()) {
            regenerate();
        } else {
            seed.set(next);
        }
    }

    private void regenerate() {
        LanguageModel model = session.modelProperty().get();
        if (!active || model == null) {
            return;
        }
        handle.cancel();
        long gen = ++generation;
        int n = Math.max(1, Math.min(MAX_COUNT, count.get()));
        long s = seed.get();
        double t = temperature.get();
        int k = Math.max(0, topK.get());
        boolean g = greedy.get();
        handle = runner.run(p -> {
            List<GeneratedSentence> drawn = new Sampler(model, new SamplingOptions(t, k, 1.0, g, MAX_LENGTH)).generate(n, s);
            return new Drawn(drawn, unseenWhileDrawing(model, drawn));
        }, result -> {
            if (gen == generation) {
                error.set(null);
                sentences.set(List.copyOf(result.sentences()));
                startMass.set(result.startMass());
            }
        }, failure -> {
            if (gen == generation) {
                error.set(SessionViewModel.messageOf(failure));
            }
        });
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
