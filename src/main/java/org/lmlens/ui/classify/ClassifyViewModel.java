package org.lmlens.ui.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lmlens.engine.Progress;
import org.lmlens.engine.classify.ClassData;
import org.lmlens.engine.classify.ClassificationReport;
import org.lmlens.engine.classify.ClassifierSettings;
import org.lmlens.engine.classify.GenerativeClassifier;
import org.lmlens.engine.classify.IndicativeNgrams;
import org.lmlens.engine.classify.LabelledText;
import org.lmlens.engine.classify.LearningCurve;
import org.lmlens.engine.classify.LogLinearClassifier;
import org.lmlens.engine.classify.LogLinearOptions;
import org.lmlens.engine.classify.LossPoint;
import org.lmlens.engine.classify.NgramFeatures;
import org.lmlens.engine.classify.Prior;
import org.lmlens.engine.classify.TestLines;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;
import org.lmlens.engine.text.TypedText;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabViewModel;
import org.lmlens.ui.common.LatestOnly;
import org.lmlens.ui.common.Texts;

/**
 * The Classify tab: a class set (the Tang poets or the user's files), both classifiers trained on it and
 * evaluated on its held-out files, a typed line's decision, the log-linear loss as it trains, and the
 * learning curve of both models. Work runs through the task runner; results that arrive while work is
 * still running (the generative classifier before the log-linear one, each epoch's loss, each point of
 * the learning curve) are handed to the UI thread through {@code ui}.
 */
public final class ClassifyViewModel extends TabViewModel {
    private final Executor ui;
    private final LatestOnly trainJob;
    private final LatestOnly curveJob;
    private final LatestOnly sentenceJob;
    private final ObservableList<ClassEntry> classes = FXCollections.observableArrayList();
    private final IntegerProperty order = new SimpleIntegerProperty(1);
    private final ObjectProperty<SmoothingMethod> method = new SimpleObjectProperty<>(Methods.byName("laplace")); // i18n-ok: method name
    private final BooleanProperty sizePrior = new SimpleBooleanProperty(true);
    private final StringProperty tokenizer = new SimpleStringProperty("auto"); // i18n-ok: tokenizer name
    private final IntegerProperty epochs = new SimpleIntegerProperty(LogLinearOptions.defaults().epochs());
    private final DoubleProperty l2 = new SimpleDoubleProperty(LogLinearOptions.defaults().l2());
    private final StringProperty sentence = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ClassifyResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SentenceResult> sentenceResult = new ReadOnlyObjectWrapper<>(SentenceResult.EMPTY);
    private final ObservableList<LossPoint> loss = FXCollections.observableArrayList();
    private final ObservableList<LearningCurve.Point> curve = FXCollections.observableArrayList();
    private final ObservableList<String> cellLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper cellTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper curveRunning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private long generation;

    /**
     * @param ui runs a result computed during longer work on the UI thread ({@code Platform::runLater} in the
     *           app, {@code Runnable::run} in tests)
     */
    public ClassifyViewModel(TabContext context, Executor ui) {
        super(context, false);
        this.ui = ui;
        this.trainJob = newJob();
        this.curveJob = newJob();
        this.sentenceJob = newJob();
        sentence.addListener((o, a, b) -> decide());
    }

    /**
     * Nothing to bring up to date: the tab works on its own class set, not on the loaded text, and every
     * change of its own (training, a typed line) is computed when it is made.
     */
    @Override
    protected void refresh() {
    }

    /** The smoothing methods a class model can use. */
    public List<SmoothingMethod> methods() {
        return Methods.all();
    }

    /** The tokenizers' names. */
    public List<String> tokenizers() {
        return Tokenizers.all().stream().map(t -> t.name()).toList();
    }

    /** A tokenizer's name for the user. */
    public String tokenizerName(String name) {
        return org.lmlens.ui.common.Names.tokenizer(Tokenizers.byName(name));
    }

    public ObservableList<ClassEntry> classes() {
        return classes;
    }

    public IntegerProperty orderProperty() {
        return order;
    }

    public ObjectProperty<SmoothingMethod> methodProperty() {
        return method;
    }

    public BooleanProperty sizePriorProperty() {
        return sizePrior;
    }

    public StringProperty tokenizerProperty() {
        return tokenizer;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public DoubleProperty l2Property() {
        return l2;
    }

    public StringProperty sentenceProperty() {
        return sentence;
    }

    public ReadOnlyObjectProperty<ClassifyResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SentenceResult> sentenceResultProperty() {
        return sentenceResult.getReadOnlyProperty();
    }

    public ObservableList<LossPoint> loss() {
        return loss;
    }

    public ObservableList<LearningCurve.Point> curve() {
        return curve;
    }

    public ObservableList<String> cellLines() {
        return cellLines;
    }

    public ReadOnlyStringProperty cellTitleProperty() {
        return cellTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty curveRunningProperty() {
        return curveRunning.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the generative classifier is exactly multinomial Naive Bayes (order 1, add-one). */
    public boolean isNaiveBayes() {
        return order.get() == 1 && "laplace".equals(method.get().name()); // i18n-ok: method name
    }

    /** Replaces the class set with the Tang poets (read off the FX thread), with the tokenizer that suits them. */
    public void loadSample() {
        error.set("");
        trainJob.run(p -> SampleClassSet.load(), loaded -> {
            classes.setAll(loaded);
            tokenizer.set(SampleClassSet.TOKENIZER);
            train();
        }, e -> error.set(Texts.message(e)));
    }

    public ClassEntry addClass() {
        ClassEntry e = new ClassEntry(I18n.get("classify.class.defaultName", classes.size() + 1));
        classes.add(e);
        return e;
    }

    public void removeClass(ClassEntry entry) {
        classes.remove(entry);
    }

    /** Adds dropped or chosen files to a class, as training files or as held-out files. */
    public void addFiles(ClassEntry entry, List<Path> files, boolean heldOut) {
        List<Path> target = heldOut ? entry.test() : entry.training();
        for (Path f : files) {
            if (!target.contains(f)) {
                target.add(f);
            }
        }
    }

    ClassifierSettings settings() {
        LogLinearOptions ll = LogLinearOptions.defaults().withEpochs(Math.max(1, epochs.get()))
                .withL2(Math.max(0, l2.get()));
        return new ClassifierSettings(order.get(), method.get(), Parameters.NONE,
                sizePrior.get() ? Prior.TRAINING_SIZES : Prior.UNIFORM, ll).withOrder(order.get());
    }

    private TextOptions textOptions() {
        return new TextOptions(Tokenizers.byName(tokenizer.get()), SentenceMode.LINE, false, null);
    }

    /** Reads the class set, trains and evaluates both classifiers; the loss arrives epoch by epoch. */
    public void train() {
        List<LabelledText> training = new ArrayList<>();
        List<LabelledText> tests = new ArrayList<>();
        for (ClassEntry e : classes) {
            if (!e.training().isEmpty()) {
                training.add(new LabelledText(e.name(), TextSource.ofFiles(List.copyOf(e.training()))));
            }
            if (!e.test().isEmpty()) {
                tests.add(new LabelledText(e.name(), TextSource.ofFiles(List.copyOf(e.test()))));
            }
        }
        ClassifierSettings settings = settings();
        TextOptions options = textOptions();
        long gen = ++generation;
        curveJob.cancel();
        curveRunning.set(false);
        curve.clear();
        loss.clear();
        cellLines.clear();
        cellTitle.set("");
        error.set("");
        running.set(true);
        status.set(I18n.get("classify.status.training"));
        trainJob.run(p -> run(training, tests, settings, options, gen, p), r -> {
            running.set(false);
            result.set(r);
            status.set(I18n.get("classify.status.done"));
            decide();
        }, e -> {
            running.set(false);
            status.set("");
            error.set(Texts.message(e));
        }, progress::set);
    }

    private ClassifyResult run(List<LabelledText> training, List<LabelledText> tests, ClassifierSettings settings,
                               TextOptions options, long gen, Progress p) {
        ClassData data = ClassData.read(training, options, p);
        TestLines test = tests.isEmpty() ? null : TestLines.read(data, tests, p);
        GenerativeClassifier generative = settings.trainGenerative(data, p);
        ClassificationReport report = test == null ? null
                : ClassificationReport.of(data.labels(), test, generative.predict(test.encoded(), p));
        List<List<IndicativeNgrams.Entry>> indicative = IndicativeNgrams.of(generative, ClassifyResult.MIN_COUNT,
                ClassifyResult.TOP);
        NgramFeatures features = settings.features(data);
        ClassifyResult first = new ClassifyResult(data, test, settings, generative, report, indicative, features,
                null, null, null);
        ui.execute(() -> {
            if (gen == generation) {
                result.set(first);
                decide();
            }
        });
        LogLinearClassifier logLinear = settings.trainLogLinear(data, features, test,
                point -> ui.execute(() -> {
                    if (gen == generation) {
                        loss.add(point);
                    }
                }), p);
        ClassificationReport llReport = test == null ? null
                : ClassificationReport.of(data.labels(), test, logLinear.predict(test.encoded(), p));
        return first.withLogLinear(logLinear, llReport);
    }

    /** Trains both models on 1 % … 100 % of the training lines; the points arrive one by one. */
    public void learningCurve() {
        ClassifyResult r = result.get();
        if (r == null || r.test() == null) {
            error.set(I18n.get("classify.error.noTest"));
            return;
        }
        curve.clear();
        curveRunning.set(true);
        long gen = generation;
        curveJob.run(p -> LearningCurve.run(r.data(), r.test(), r.features(), r.settings(), LearningCurve.SHARES,
                point -> ui.execute(() -> {
                    if (gen == generation) {
                        curve.add(point);
                    }
                }), p), points -> {
                    curveRunning.set(false);
                    curve.setAll(points);
                }, e -> {
                    curveRunning.set(false);
                    error.set(Texts.message(e));
                });
    }

    /** Shows the held-out lines of one confusion-matrix cell (of the log-linear model's matrix or the generative one's). */
    public void selectCell(boolean logLinear, int gold, int predicted) {
        ClassifyResult r = result.get();
        ClassificationReport report = r == null ? null : logLinear ? r.logLinearReport() : r.generativeReport();
        if (report == null) {
            cellLines.clear();
            cellTitle.set("");
            return;
        }
        List<String> labels = report.labels();
        List<String> lines = report.lines(gold, predicted);
        cellTitle.set(I18n.get("classify.cell.title", labels.get(gold), labels.get(predicted), lines.size()));
        cellLines.setAll(lines);
    }

    private void decide() {
        ClassifyResult r = result.get();
        String typed = sentence.get();
        if (r == null || typed == null || typed.isBlank()) {
            sentenceJob.cancel();
            sentenceResult.set(SentenceResult.EMPTY);
            return;
        }
        sentenceJob.run(p -> {
            List<String> words = new ArrayList<>();
            TypedText.sentences(typed.replace('\n', ' '), r.data().options()).forEach(words::addAll);
            double[] ll = r.logLinear() == null ? null : r.logLinear().posterior(words, r.data().vocabulary());
            return new SentenceResult(r.generative().decide(words), ll, null);
        }, sentenceResult::set, e -> sentenceResult.set(SentenceResult.error(Texts.message(e))));
    }
}
