package org.lmlens.ui.neural;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Vocabulary;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.neural.lm.LossPoint;
import org.lmlens.engine.neural.lm.NeuralConfig;
import org.lmlens.engine.neural.lm.NeuralModel;
import org.lmlens.engine.neural.lm.NeuralTraining;
import org.lmlens.engine.neural.lm.TrainingOptions;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.LatestOnly;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabViewModel;

/**
 * Training a neural model on the loaded text, as a student watches: start, pause, resume, one step,
 * reset. Training runs in short chunks through the task runner (about a quarter of a second each); each
 * chunk's result — a point of the loss curves and, for the bigram, softmax(W) beside the count table —
 * is shown, and the next chunk is started only while running, so pausing or cancelling takes effect
 * within a chunk and the FX thread never waits on training. The model is trained on the held-out split
 * Evaluate uses (a tenth of the sentences, seeded), on that training part's vocabulary.
 */
public final class NeuralViewModel extends TabViewModel {
    /** Held-out examples behind each point of the live curve (the full held-out text: {@link #evaluate}). */
    static final int CURVE_EXAMPLES = 2_000;
    /** The words the two matrices show: the most frequent ones (ids are most frequent first). */
    static final int MATRIX_WORDS = 7;
    private static final double CHUNK_SECONDS = 0.25;

    public enum State { IDLE, RUNNING, PAUSED }

    /** Rows: {@code <s>} and the most frequent words; columns: the same words and {@code </s>}. */
    public record Matrices(List<String> rows, List<String> columns, double[][] neural, double[][] counts) {
    }

    private final ObjectProperty<NeuralConfig.Kind> kind = new SimpleObjectProperty<>(NeuralConfig.Kind.BIGRAM);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(0.1);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(256);
    private final IntegerProperty steps = new SimpleIntegerProperty(500);
    private final IntegerProperty contextLength = new SimpleIntegerProperty(3);
    private final IntegerProperty embeddingSize = new SimpleIntegerProperty(16);
    private final IntegerProperty hiddenSize = new SimpleIntegerProperty(64);
    private final DoubleProperty l2 = new SimpleDoubleProperty(0);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ObservableList<LossPoint> curve = FXCollections.observableArrayList();
    /** One wrapper, kept: a listener on a wrapper made per call would stop hearing once it is collected. */
    private final ObservableList<LossPoint> readOnlyCurve = FXCollections.unmodifiableObservableList(curve);
    private final ReadOnlyObjectWrapper<Matrices> matrices = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LanguageModel> trained = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<List<Comparison>> comparison = new ReadOnlyObjectWrapper<>(List.of());
    private final LatestOnly comparing;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final LatestOnly job;
    private Run run;
    private int stepsPerChunk = 1;

    public NeuralViewModel(TabContext context) {
        super(context, false);
        this.job = newJob();
        this.comparing = newJob();
    }

    /** A held-out perplexity on the split the model is trained on: the neural model's, or an n-gram method's. */
    public record Comparison(String method, int order, double perplexity) {
    }

    /** The n-gram methods the trained model is compared with. */
    static final List<String> COMPARED = List.of("laplace", "witten-bell", "kneser-ney", "modified-kneser-ney"); // i18n-ok: method names

    /**
     * Scores the whole held-out text with the model as trained so far (a snapshot) and with the n-gram
     * methods at the same order on the same training part and vocabulary, in the background.
     */
    public void compare() {
        Run r = run;
        LanguageModel model = trained.get();
        if (r == null || r.training == null || model == null) {
            return;
        }
        comparing.run(p -> {
            var test = r.training.testCorpus();
            int order = r.config.order();
            List<Comparison> out = new ArrayList<>();
            out.add(new Comparison(model.method().name(), order, model.evaluate(test, p).perplexity()));
            TrainedText counted = TrainedText.of(r.training.trainingCorpus(), order);
            for (String m : COMPARED) {
                p.checkCancelled();
                out.add(new Comparison(m, order, counted.model(order, Methods.byName(m), Parameters.NONE)
                        .evaluate(test, p).perplexity()));
            }
            return List.copyOf(out);
        }, comparison::set, e -> status.set(I18n.get("neural.failed", e.getMessage())));
    }

    public ReadOnlyObjectProperty<List<Comparison>> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** One training run: its setup is made on first use, in the background, and never shared with another run. */
    private static final class Run {
        final NeuralConfig config;
        final TrainingOptions options;
        NeuralTraining training;
        LanguageModel counts;

        Run(NeuralConfig config, TrainingOptions options) {
            this.config = config;
            this.options = options;
        }
    }

    private record Chunk(LossPoint point, Matrices matrices, LanguageModel model, int steps, double secondsPerStep) {
    }

    @Override
    protected void refresh() {
        // Nothing is computed until the student starts training.
    }

    /** Any new reading of the text (other options too) has another vocabulary: the model belonged to the old one. */
    @Override
    protected void textReplaced(TrainedText old, TrainedText now) {
        reset();
    }

    public void start() {
        if (!ensureRun()) {
            return;
        }
        state.set(State.RUNNING);
        nextChunk(Integer.MAX_VALUE);
    }

    /** Makes the run from the controls if there is none yet; false when there is no text or a control is invalid. */
    private boolean ensureRun() {
        if (text() == null) {
            return false;
        }
        if (run == null) {
            try {
                NeuralConfig config = kind.get() == NeuralConfig.Kind.BIGRAM ? NeuralConfig.bigram()
                        : NeuralConfig.mlp(contextLength.get(), embeddingSize.get(), hiddenSize.get());
                TrainingOptions options = TrainingOptions.adamw(batchSize.get(), learningRate.get(), 1).withL2(l2.get());
                run = new Run(config, options);
            } catch (LmLensException e) {
                status.set(e.getMessage());
                return false;
            }
        }
        return true;
    }

    public void pause() {
        if (state.get() == State.RUNNING) {
            state.set(State.PAUSED);
        }
    }

    public void resume() {
        if (state.get() == State.PAUSED) {
            start();
        }
    }

    /** One gradient step, then paused. */
    public void stepOnce() {
        if (state.get() == State.RUNNING || busy.get() || !ensureRun()) {
            return;
        }
        state.set(State.PAUSED);
        nextChunk(1);
    }

    /** Stops at once and forgets the model (cancel and reset in one). */
    public void reset() {
        job.cancel();
        comparing.cancel();
        comparison.set(List.of());
        run = null;
        stepsPerChunk = 1;
        busy.set(false);
        curve.clear();
        matrices.set(null);
        trained.set(null);
        state.set(State.IDLE);
        status.set("");
    }

    private void nextChunk(int limit) {
        Run r = run;
        TrainedText t = text();
        int remaining = steps.get() - (curve.isEmpty() ? 0 : curve.get(curve.size() - 1).step());
        if (remaining <= 0) {
            state.set(State.PAUSED);
            return;
        }
        int n = Math.max(1, Math.min(Math.min(limit, remaining), stepsPerChunk));
        busy.set(true);
        double rate = learningRate.get();
        job.run(p -> train(r, t, n, rate, p), this::show, e -> {
            busy.set(false);
            state.set(State.PAUSED);
            status.set(e instanceof LmLensException ? e.getMessage() : I18n.get("neural.failed", e.getMessage()));
        });
    }

    private static Chunk train(Run r, TrainedText t, int n, double rate, Progress progress) {
        if (r.training == null) {
            r.training = NeuralTraining.of(t.corpus(), null, 0.1, t.minCount(), t.options(), r.config, r.options,
                    CURVE_EXAMPLES);
            r.counts = TrainedText.of(r.training.trainingCorpus(), 2).model(2, Methods.byName("mle"), Parameters.NONE); // i18n-ok: method name
        }
        var trainer = r.training.trainer();
        trainer.setLearningRate(rate);
        long start = System.nanoTime();
        double loss = 0;
        for (int i = 0; i < n; i++) {
            progress.checkCancelled();
            loss = trainer.step();
        }
        double perStep = (System.nanoTime() - start) / 1e9 / n;
        if (!Double.isFinite(loss)) {
            throw new LmLensException(org.lmlens.engine.EngineMessages.get("neural.diverged", trainer.steps()));
        }
        LossPoint point = trainer.record(loss);
        NeuralModel snapshot = trainer.model().snapshot();
        Matrices m = r.config.kind() == NeuralConfig.Kind.BIGRAM ? matrices(snapshot, r.counts) : null;
        return new Chunk(point, m, snapshot.languageModel(), n, perStep);
    }

    /** softmax(W) and the MLE table on the same few rows and columns. */
    static Matrices matrices(NeuralModel model, LanguageModel mle) {
        Vocabulary v = model.vocabulary();
        int words = Math.min(MATRIX_WORDS, v.size() - 3);
        List<String> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        int[] rowIds = new int[words + 1];
        int[] columnIds = new int[words + 1];
        rowIds[0] = Vocabulary.BOS;
        rows.add(Vocabulary.BOS_WORD);
        for (int i = 0; i < words; i++) {
            rowIds[i + 1] = 3 + i;
            columnIds[i] = 3 + i;
            rows.add(v.word(3 + i));
            columns.add(v.word(3 + i));
        }
        columnIds[words] = Vocabulary.EOS;
        columns.add(Vocabulary.EOS_WORD);
        double[][] neural = new double[rowIds.length][columnIds.length];
        double[][] counts = new double[rowIds.length][columnIds.length];
        double[] p = new double[v.size()];
        for (int r = 0; r < rowIds.length; r++) {
            model.distribution(new int[] {rowIds[r]}, 0, 1, p);
            List<String> h = List.of(v.word(rowIds[r]));
            boolean seen = mle.isDefined(h);
            for (int c = 0; c < columnIds.length; c++) {
                neural[r][c] = p[columnIds[c]];
                counts[r][c] = seen ? mle.probability(h, v.word(columnIds[c])) : Double.NaN;
            }
        }
        return new Matrices(rows, columns, neural, counts);
    }

    private void show(Chunk c) {
        busy.set(false);
        curve.add(c.point());
        if (c.matrices() != null) {
            matrices.set(c.matrices());
        }
        trained.set(c.model());
        status.set(I18n.get("neural.status", c.point().step(), c.point().tokens(),
                String.format(java.util.Locale.ROOT, "%.3f", c.point().trainLoss()),
                String.format(java.util.Locale.ROOT, "%.1f", c.point().validationPerplexity())));
        // About a quarter of a second per chunk, growing at most twofold, and at least 100 points per run.
        int byTime = (int) Math.max(1, CHUNK_SECONDS / Math.max(1e-6, c.secondsPerStep()));
        stepsPerChunk = Math.max(1, Math.min(Math.min(byTime, 2 * stepsPerChunk), steps.get() / 100));
        if (state.get() == State.RUNNING) {
            nextChunk(Integer.MAX_VALUE);
        }
    }

    public ObjectProperty<NeuralConfig.Kind> kindProperty() {
        return kind;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public IntegerProperty stepsProperty() {
        return steps;
    }

    public IntegerProperty contextLengthProperty() {
        return contextLength;
    }

    public IntegerProperty embeddingSizeProperty() {
        return embeddingSize;
    }

    public IntegerProperty hiddenSizeProperty() {
        return hiddenSize;
    }

    public DoubleProperty l2Property() {
        return l2;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The loss curve so far (training batch loss and held-out loss per chunk). */
    public ObservableList<LossPoint> curve() {
        return readOnlyCurve;
    }

    public ReadOnlyObjectProperty<Matrices> matricesProperty() {
        return matrices.getReadOnlyProperty();
    }

    /** The trained model as a language model (a snapshot after the last chunk), or null before training. */
    public ReadOnlyObjectProperty<LanguageModel> trainedProperty() {
        return trained.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a chunk of training is running in the background. */
    public BooleanProperty busyProperty() {
        return busy;
    }
}
