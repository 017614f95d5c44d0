package org.lmlens.ui.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.SamplingOptions;
import org.lmlens.engine.model.StepSampler;
import org.lmlens.ui.common.LatestOnly;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabViewModel;
import org.lmlens.ui.common.Texts;

/**
 * Generation one word per press: the current context, the next-word distribution reshaped by the
 * temperature (and top-k), the drawn word highlighted, then appended. The draw is the engine's
 * ({@link StepSampler}, i.e. {@code Sampler}'s), from a {@link SplittableRandom} seeded at each reset, so
 * a class sees the same sentence again after Reset. Moving the temperature slider redraws the chart for
 * the same context without drawing.
 */
public final class StepGenerationViewModel extends TabViewModel {
    public static final int BARS = 10;
    public static final int MAX_LENGTH = 40;

    /** One bar: a word, its model probability and the probability it is actually sampled with. */
    public record Bar(String word, double probability, double shaped) {
    }

    /**
     * What the chart shows.
     *
     * @param drawn the word drawn from this distribution, or null before the draw
     */
    public record Display(List<String> context, List<Bar> bars, String drawn, String error) {
    }

    private final DoubleProperty temperature = new SimpleDoubleProperty(1.0);
    private final IntegerProperty topK = new SimpleIntegerProperty(0);
    private final LongProperty seed = new SimpleLongProperty(42);
    private final ObservableList<String> words = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Display> display = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper();
    private final LatestOnly job;
    private SplittableRandom random;
    /** The words before the last drawn one (the context of the distribution on show), and that word. */
    private List<String> shownPrefix = List.of();
    private String shownDrawn;

    /** A new model starts a new sentence; a new temperature or top-k only redraws the distribution shown. */
    private boolean resetPending = true;

    public StepGenerationViewModel(TabContext context) {
        super(context);
        this.job = newJob();
        context.model().addListener((o, a, b) -> resetPending = true);
        follow(temperature);
        follow(topK);
        seed.addListener((o, a, b) -> {
            resetPending = true;
            inputsChanged();
        });
        inputsChanged();
    }

    @Override
    protected void refresh() {
        if (resetPending) {
            resetPending = false;
            reset();
        } else {
            redraw();
        }
    }

    public DoubleProperty temperatureProperty() {
        return temperature;
    }

    public IntegerProperty topKProperty() {
        return topK;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public ObservableList<String> words() {
        return words;
    }

    public ReadOnlyObjectProperty<Display> displayProperty() {
        return display.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    private SamplingOptions options() {
        return SamplingOptions.defaults().withTemperature(Math.max(0.05, temperature.get()))
                .withTopK(Math.max(0, topK.get())).withMaxLength(MAX_LENGTH);
    }

    /** Starts a new sentence with the generator re-seeded. */
    public void reset() {
        random = new SplittableRandom(seed.get());
        words.clear();
        finished.set(false);
        shownPrefix = List.of();
        shownDrawn = null;
        redraw();
    }

    /**
     * Draws the next word and appends it (synchronously: the draw must consume the random numbers in order;
     * one distribution costs milliseconds even for a large vocabulary).
     */
    public void step() {
        LanguageModel m = model();
        if (m == null || finished.get()) {
            return;
        }
        job.cancel();
        List<String> prefix = List.copyOf(words);
        StepSampler.Step s = new StepSampler(m, options()).step(prefix, random);
        if (s.drawn() < 0) {
            finished.set(true);
            display.set(toDisplay(m, s, null, undefinedMessage(s.context(), m)));
            return;
        }
        String w = m.vocabulary().word(s.drawn());
        shownPrefix = prefix;
        shownDrawn = w;
        display.set(toDisplay(m, s, w, null));
        if (s.isEnd()) {
            finished.set(true);
        } else {
            words.add(w);
            finished.set(words.size() >= MAX_LENGTH);
        }
    }

    private static String undefinedMessage(List<String> context, LanguageModel m) {
        return org.lmlens.i18n.I18n.get("step.undefined", String.join(" ", context), m.method().name());
    }

    /** Recomputes the shown distribution (after a temperature change or a reset) without drawing. */
    private void redraw() {
        LanguageModel m = model();
        if (m == null) {
            return;
        }
        List<String> prefix = shownPrefix;
        String drawn = shownDrawn;
        SamplingOptions o = options();
        job.run(p -> {
            StepSampler.Step s = new StepSampler(m, o).preview(prefix);
            return toDisplay(m, s, drawn, s.original().length > 0 && sum(s.original()) == 0
                    ? undefinedMessage(s.context(), m) : null);
        }, display::set, e -> display.set(new Display(List.of(), List.of(), null, Texts.message(e))));
    }

    private static double sum(double[] p) {
        double s = 0;
        for (double v : p) {
            s += v;
        }
        return s;
    }

    static Display toDisplay(LanguageModel m, StepSampler.Step s, String drawn, String error) {
        List<Integer> ids = new ArrayList<>(StepSampler.top(s.shaped(), BARS));
        if (drawn != null) {
            int id = m.vocabulary().id(drawn);
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        List<Bar> bars = new ArrayList<>();
        for (int id : ids) {
            bars.add(new Bar(m.vocabulary().word(id), s.original()[id], s.shaped()[id]));
        }
        return new Display(s.context(), bars, drawn, error);
    }
}
