package org.lmlens.ui.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.eval.HeldOutSplit;
import org.lmlens.engine.eval.OrderSweep;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.engine.text.TextSource;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.LatestOnly;
import org.lmlens.ui.tabs.TabContext;
import org.lmlens.ui.tabs.TabViewModel;
import org.lmlens.ui.common.Texts;

/**
 * Held-out evaluation across orders: a seeded split of the loaded text by sentence (or a second file as
 * the test set), then test and training perplexity for orders 1..{@link #MAX_ORDER} and the selected
 * methods, in the background.
 */
public final class EvaluateViewModel extends TabViewModel {
    public static final int MAX_ORDER = 6;

    private final DoubleProperty testShare = new SimpleDoubleProperty(0.10);
    private final ObjectProperty<Path> testFile = new SimpleObjectProperty<>();
    private final ObservableList<SmoothingMethod> methods = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<OrderSweep.Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final LatestOnly job;

    public EvaluateViewModel(TabContext context) {
        super(context, false);
        this.job = newJob();
        methods.setAll(defaultMethods(Methods.all()));
        testShare.addListener((o, a, b) -> {
            if (testFile.get() == null) {
                inputsChanged();
            }
        });
        follow(testFile);
        methods.addListener((ListChangeListener<SmoothingMethod>) c -> inputsChanged());
        inputsChanged();
    }

    /**
     * The methods that declare themselves part of a default comparison ({@link
     * SmoothingMethod#inDefaultComparison()}); when fewer than two do, every normalised method.
     */
    public static List<SmoothingMethod> defaultMethods(List<SmoothingMethod> available) {
        List<SmoothingMethod> chosen = available.stream().filter(SmoothingMethod::inDefaultComparison).toList();
        if (chosen.size() < 2) {
            chosen = available.stream().filter(SmoothingMethod::isNormalised).toList();
        }
        return chosen;
    }

    /** The session's current model: the view marks its (method, order) row. */
    public ObservableValue<LanguageModel> modelProperty() {
        return context().model();
    }

    public DoubleProperty testShareProperty() {
        return testShare;
    }

    public ObjectProperty<Path> testFileProperty() {
        return testFile;
    }

    /** Whether this point of the sweep is the model chosen in the control panel (its row is marked). */
    public boolean isCurrentModel(OrderSweep.Point point) {
        LanguageModel m = model();
        return m != null && m.method().name().equals(point.method()) && m.order() == point.order();
    }

    /** Every method the app has, for the method choice. */
    public List<SmoothingMethod> availableMethods() {
        return Methods.all();
    }

    public ObservableList<SmoothingMethod> methods() {
        return methods;
    }

    public ReadOnlyObjectProperty<OrderSweep.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void cancel() {
        job.cancel();
        running.set(false);
    }

    @Override
    protected void refresh() {
        TrainedText t = text();
        if (t == null) {
            return;
        }
        double share = Math.max(0.05, Math.min(0.5, testShare.get()));
        Path file = testFile.get();
        List<SmoothingMethod> chosen = List.copyOf(methods);
        running.set(true);
        progress.set(-1);
        job.run(p -> compute(t, share, file, chosen, p), r -> {
            running.set(false);
            error.set(null);
            result.set(r);
        }, e -> {
            running.set(false);
            error.set(Texts.message(e));
        }, progress::set);
    }

    static OrderSweep.Result compute(TrainedText t, double share, Path testFile, List<SmoothingMethod> methods,
                                     Progress progress) {
        Corpus training;
        Corpus test;
        if (testFile == null) {
            HeldOutSplit split = HeldOutSplit.of(t.corpus(), share, HeldOutSplit.DEFAULT_SEED, t.minCount());
            training = split.training();
            test = split.test();
        } else {
            training = t.corpus();
            test = HeldOutSplit.testSet(TextSource.ofFile(testFile), t.options(), training.vocabulary(), progress);
        }
        return OrderSweep.run(training, test, methods, MAX_ORDER, progress);
    }

    /** The table as CSV: one row per (method, order). */
    public static String csv(OrderSweep.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", I18n.get("evaluate.column.method"), I18n.get("evaluate.column.order"),
                I18n.get("evaluate.column.test"), I18n.get("evaluate.column.training"),
                I18n.get("evaluate.column.testExclOov"), I18n.get("evaluate.column.zeros"),
                I18n.get("evaluate.column.oov"), I18n.get("evaluate.column.perCharacter"),
                I18n.get("evaluate.column.bitsPerCharacter"))).append("\r\n"); // i18n-ok: method ids, CSV format
        for (OrderSweep.Point p : r.points()) {
            sb.append(p.method()).append(',').append(p.order()).append(',').append(csvNumber(p.testPerplexity()))
                    .append(',').append(csvNumber(p.trainingPerplexity())).append(',')
                    .append(csvNumber(p.testPerplexityExcludingOov())).append(',').append(p.zeroProbabilityTokens())
                    .append(',').append(csvNumber(r.oovRate())).append(',')
                    .append(csvNumber(p.testPerplexityPerCharacter())).append(',')
                    .append(csvNumber(p.testBitsPerCharacter())).append("\r\n"); // i18n-ok: method ids, CSV format
        }
        return sb.toString();
    }

    private static String csvNumber(double v) {
        return Double.isInfinite(v) ? "inf" : String.format(Locale.ROOT, "%.6g", v); // i18n-ok: method ids, CSV format
    }

    /** Writes the CSV in UTF-8 with a byte-order mark, which spreadsheet programs need to read Chinese. */
    public static void writeCsv(OrderSweep.Result r, Path file) {
        try {
            Files.writeString(file, "\uFEFF" + csv(r), StandardCharsets.UTF_8); // i18n-ok: method ids, CSV format
        } catch (IOException e) {
            throw new LmLensException(I18n.get("export.error.write", file, e.getMessage()), e);
        }
    }
}
