package org.lmlens.ui.session;

import java.nio.charset.Charset;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.lmlens.engine.smoothing.ParameterSpec;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.Tokenizer;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.Converters;
import org.lmlens.ui.common.Names;

/**
 * The left panel: text options (reload the text) and model options (rebuild the estimator only). No Apply
 * button: every control writes the session directly; parameter sliders are debounced.
 */
public final class ControlPanelView {
    static final Duration DEBOUNCE = Duration.millis(100);
    /** Encodings offered for files without a byte-order mark: UTF-8 first, then the common Chinese ones. */
    static final List<Charset> ENCODINGS = java.util.stream.Stream.of("UTF-8", "GB18030", "GBK", // i18n-ok: charsets
                    "Big5", "UTF-16", "ISO-8859-1", "windows-1252") // i18n-ok: charset names
            .filter(Charset::isSupported).map(Charset::forName).toList();

    private final SessionViewModel session;
    private final VBox parameterBox = new VBox(8);
    private final Label methodDescription = new Label();

    public ControlPanelView(SessionViewModel session) {
        this.session = session;
    }

    private static String encodingName(Charset cs) {
        return cs == null ? SessionViewModel.AUTO_ENCODING : cs.name();
    }

    public Node createView() {
        ComboBox<Tokenizer> tokenizer = new ComboBox<>();
        tokenizer.getItems().setAll(session.tokenizers());
        Converters.show(tokenizer, Names::tokenizer, null);
        tokenizer.valueProperty().bindBidirectional(session.tokenizerProperty());
        tokenizer.setId("tokenizer");
        org.lmlens.ui.common.Tips.of(tokenizer, "tip.control.tokenizer");

        Node bpeMerges = bpeMerges();

        CheckBox lowercase = new CheckBox();
        lowercase.textProperty().bind(I18n.bind("control.lowercase"));
        lowercase.selectedProperty().bindBidirectional(session.lowercaseProperty());
        lowercase.setId("lowercase");
        org.lmlens.ui.common.Tips.of(lowercase, "tip.control.lowercase");

        ComboBox<SentenceMode> mode = new ComboBox<>();
        mode.getItems().setAll(SentenceMode.values());
        Converters.show(mode, Names::sentenceMode, null);
        mode.valueProperty().bindBidirectional(session.sentenceModeProperty());
        mode.setId("sentence-mode");
        org.lmlens.ui.common.Tips.of(mode, "tip.control.sentenceMode");

        // Choices by name, "auto" first: a ComboBox cannot show a null value, which means "detect".
        ComboBox<String> encoding = new ComboBox<>();
        encoding.getItems().add(SessionViewModel.AUTO_ENCODING);
        ENCODINGS.forEach(cs -> encoding.getItems().add(cs.name()));
        Converters.show(encoding, name -> SessionViewModel.AUTO_ENCODING.equals(name)
                ? I18n.get("control.encoding.auto") : name, null);
        encoding.setValue(encodingName(session.encodingProperty().get()));
        encoding.valueProperty().addListener((o, a, name) -> session.encodingProperty().set(
                name == null || SessionViewModel.AUTO_ENCODING.equals(name) ? null : Charset.forName(name)));
        session.encodingProperty().addListener((o, a, cs) -> encoding.setValue(encodingName(cs)));
        encoding.setId("encoding");
        tooltip(encoding, "control.encoding.tooltip");

        Spinner<Integer> minCount = org.lmlens.ui.common.Spinners.integer(1, 100, session.minCountProperty().get());
        minCount.valueProperty().addListener((o, a, v) -> session.minCountProperty().set(v));
        session.minCountProperty().addListener((o, a, v) -> minCount.getValueFactory().setValue(v.intValue()));
        minCount.setId("min-count");
        tooltip(minCount, "control.minCount.tooltip");

        Spinner<Integer> order = org.lmlens.ui.common.Spinners.integer(1, SessionViewModel.MAX_ORDER, session.orderProperty().get());
        order.valueProperty().addListener((o, a, v) -> session.orderProperty().set(v));
        session.orderProperty().addListener((o, a, v) -> order.getValueFactory().setValue(v.intValue()));
        order.setId("order");
        tooltip(order, "control.order.tooltip");

        ComboBox<SmoothingMethod> method = new ComboBox<>();
        method.getItems().setAll(session.methods());
        Converters.show(method, Names::method, Names::description);
        method.valueProperty().bindBidirectional(session.methodProperty());
        method.setId("method");
        org.lmlens.ui.common.Tips.of(method, "tip.control.method");
        method.setMaxWidth(Double.MAX_VALUE);

        methodDescription.setWrapText(true);
        methodDescription.getStyleClass().add("method-description");
        methodDescription.textProperty().bind(I18n.bind(() -> Names.description(session.methodProperty().get()),
                session.methodProperty()));

        VBox box = new VBox(6,
                heading("control.text"),
                label("control.tokenizer"), tokenizer, bpeMerges, label("control.userDict"),
                new UserDictionaryControl(session).createView(), lowercase,
                label("control.sentenceMode"), mode,
                label("control.encoding"), encoding,
                label("control.minCount"), minCount,
                new Separator(),
                heading("control.model"),
                label("control.order"), order,
                label("control.method"), method, methodDescription,
                parameterBox);
        for (Node n : box.getChildren()) {
            if (n instanceof ComboBox<?> c) {
                c.setMaxWidth(Double.MAX_VALUE);
            } else if (n instanceof Spinner<?> s) {
                s.setMaxWidth(Double.MAX_VALUE);
                s.setEditable(true);
            }
        }
        box.setPadding(new Insets(12));
        box.getStyleClass().add("control-panel");
        session.methodProperty().addListener((o, a, m) -> buildParameters(m));
        org.lmlens.ui.common.LanguageListener.attach(box, () -> buildParameters(session.methodProperty().get()));
        buildParameters(session.methodProperty().get());
        return box;
    }

    /** The number of BPE merges to learn, shown while the tokenizer is {@code bpe}. */
    private Node bpeMerges() {
        Spinner<Integer> merges = org.lmlens.ui.common.Spinners.integer(0, 20_000, session.bpeMergesProperty().get());
        merges.setEditable(true);
        merges.setMaxWidth(Double.MAX_VALUE);
        merges.setId("bpe-merges");
        org.lmlens.ui.common.Tips.of(merges, "tip.control.bpeMerges");
        PauseTransition debounce = new PauseTransition(Duration.millis(400));
        merges.valueProperty().addListener((o, a, v) -> {
            debounce.setOnFinished(e -> session.bpeMergesProperty().set(v));
            debounce.playFromStart();
        });
        session.bpeMergesProperty().addListener((o, a, v) -> merges.getValueFactory().setValue(v.intValue()));
        VBox box = new VBox(4, label("control.bpeMerges"), merges);
        box.visibleProperty().bind(session.bpeChosenProperty());
        box.managedProperty().bind(session.bpeChosenProperty());
        return box;
    }

    /** One slider per parameter of the method, shown only for methods that have parameters. */
    private void buildParameters(SmoothingMethod m) {
        parameterBox.getChildren().clear();
        for (ParameterSpec spec : m.parameters()) {
            parameterBox.getChildren().add(parameterSlider(m, spec));
        }
    }

    private Node parameterSlider(SmoothingMethod m, ParameterSpec spec) {
        boolean log = spec.min() > 0 && spec.max() / spec.min() >= 100;
        double current = session.parameter(spec);
        Slider slider = log ? new Slider(Math.log10(spec.min()), Math.log10(spec.max()), Math.log10(current))
                : new Slider(spec.min(), spec.max(), current);
        slider.setId("param-" + spec.name());
        Label value = new Label(format(current));
        value.getStyleClass().add("param-value");
        value.setId("param-value-" + spec.name());
        PauseTransition debounce = new PauseTransition(DEBOUNCE);
        slider.valueProperty().addListener((o, a, v) -> {
            double x = log ? Math.pow(10, v.doubleValue()) : v.doubleValue();
            x = Math.min(spec.max(), Math.max(spec.min(), x));
            value.setText(format(x));
            double chosen = x;
            debounce.setOnFinished(e -> session.setParameter(spec.name(), chosen));
            debounce.playFromStart();
        });
        Label name = new Label(Names.parameter(m, spec));
        name.setTooltip(new Tooltip(Names.parameterDescription(m, spec)));
        slider.setTooltip(new Tooltip(Names.parameterDescription(m, spec)));
        HBox title = new HBox(6, name, value);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        return new VBox(2, title, slider);
    }

    static String format(double x) {
        return x >= 0.01 || x == 0 ? String.format(I18n.locale(), "%.3f", x) : String.format(I18n.locale(), "%.2e", x);
    }

    private static Label heading(String key) {
        Label l = label(key);
        l.getStyleClass().addAll("title-4", "panel-heading");
        return l;
    }

    private static Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.bind(key));
        return l;
    }

    private static void tooltip(javafx.scene.control.Control c, String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(I18n.bind(key));
        c.setTooltip(t);
    }
}
