package org.lmlens.ui.generate;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.lmlens.engine.model.GeneratedSentence;
import org.lmlens.i18n.I18n;

/**
 * The Generate tab: options, a Generate button, and the sentences, each word clickable to show the
 * distribution it was drawn from in the Next-word tab. Chinese is joined without spaces.
 */
public final class GenerateView {
    private final GenerateViewModel viewModel;
    private final Consumer<List<String>> showDistribution;
    private final VBox sentences = new VBox(10);
    private final Label error = new Label();
    private final Label hover = new Label();

    public GenerateView(GenerateViewModel viewModel, Consumer<List<String>> showDistribution) {
        this.viewModel = viewModel;
        this.showDistribution = showDistribution;
    }

    public GenerateViewModel viewModel() {
        return viewModel;
    }

    public Node createView() {
        Button generate = new Button();
        generate.textProperty().bind(I18n.bind("generate.button"));
        generate.setGraphic(new FontIcon(Material2MZ.PLAY_ARROW));
        generate.getStyleClass().add("accent");
        generate.setDefaultButton(true);
        generate.setId("generate-button");
        org.lmlens.ui.common.Tips.of(generate, "tip.generate.button");
        generate.setOnAction(e -> viewModel.generate());
        Button dice = new Button();
        dice.setGraphic(new FontIcon(Material2AL.CASINO));
        dice.setTooltip(new Tooltip());
        dice.getTooltip().textProperty().bind(I18n.bind("generate.newSeed"));
        dice.setId("generate-new-seed");
        dice.setOnAction(e -> viewModel.generateWithNewSeed());

        Spinner<Integer> count = org.lmlens.ui.common.Spinners.integer(1, GenerateViewModel.MAX_COUNT, viewModel.countProperty().get());
        count.valueProperty().addListener((o, a, v) -> viewModel.countProperty().set(v));
        count.setPrefWidth(80);
        count.setId("generate-count");
        org.lmlens.ui.common.Tips.of(count, "tip.generate.count");
        Spinner<Integer> seed = org.lmlens.ui.common.Spinners.integer(0, Integer.MAX_VALUE, (int) viewModel.seedProperty().get());
        seed.setEditable(true);
        seed.setPrefWidth(110);
        seed.valueProperty().addListener((o, a, v) -> viewModel.seedProperty().set(v));
        viewModel.seedProperty().addListener((o, a, v) -> seed.getValueFactory().setValue(v.intValue()));
        seed.setId("generate-seed");
        org.lmlens.ui.common.Tips.of(seed, "tip.generate.seed");
        Slider temperature = new Slider(0.1, 3.0, viewModel.temperatureProperty().get());
        temperature.setPrefWidth(140);
        temperature.setId("generate-temperature");
        org.lmlens.ui.common.Tips.of(temperature, "tip.generate.temperature");
        Label tValue = new Label();
        tValue.textProperty().bind(temperature.valueProperty().asString(I18n.locale(), "%.2f"));
        javafx.animation.PauseTransition debounce = new javafx.animation.PauseTransition(javafx.util.Duration.millis(100));
        temperature.valueProperty().addListener((o, a, v) -> {
            debounce.setOnFinished(e -> viewModel.temperatureProperty().set(v.doubleValue()));
            debounce.playFromStart();
        });
        Spinner<Integer> topK = org.lmlens.ui.common.Spinners.integer(0, 1000, viewModel.topKProperty().get());
        topK.setEditable(true);
        topK.setPrefWidth(90);
        topK.valueProperty().addListener((o, a, v) -> viewModel.topKProperty().set(v));
        topK.setId("generate-topk");
        topK.setTooltip(new Tooltip());
        topK.getTooltip().textProperty().bind(I18n.bind("generate.topk.tooltip"));
        CheckBox greedy = new CheckBox();
        greedy.textProperty().bind(I18n.bind("generate.greedy"));
        greedy.selectedProperty().bindBidirectional(viewModel.greedyProperty());
        greedy.setId("generate-greedy");
        org.lmlens.ui.common.Tips.of(greedy, "tip.generate.greedy");
        temperature.disableProperty().bind(greedy.selectedProperty());
        topK.disableProperty().bind(greedy.selectedProperty());

        FlowPane options = new FlowPane(10, 8, generate, dice, label("generate.count"), count, label("generate.seed"), seed,
                label("generate.temperature"), temperature, tValue, label("generate.topk"), topK, greedy);
        options.setAlignment(Pos.CENTER_LEFT);
        Label hint = label("generate.hint");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        sentences.setId("generate-sentences");
        sentences.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(sentences);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        hover.getStyleClass().add("text-muted");
        hover.setId("generate-hover");
        HBox hints = new HBox(16, hint, hover);
        // One line with the measured share; the explanation opens on a click, so the sentences keep their room.
        Label why = new Label();
        why.setWrapText(true);
        why.textProperty().bind(I18n.bind("generate.smoothingNote.why"));
        javafx.scene.control.TitledPane smoothingNote = new javafx.scene.control.TitledPane();
        smoothingNote.setId("generate-smoothing-note");
        smoothingNote.setContent(why);
        smoothingNote.setExpanded(false);
        smoothingNote.setAnimated(false);
        smoothingNote.setPrefWidth(0); // as wide as the tab, never wider: a long title is cut, not the window
        smoothingNote.setMaxWidth(Double.MAX_VALUE);
        smoothingNote.textProperty().bind(I18n.bind(() -> smoothingNote(viewModel.startMassProperty().get()),
                viewModel.startMassProperty()));
        smoothingNote.managedProperty().bind(viewModel.startMassProperty().isNotNull());
        smoothingNote.visibleProperty().bind(viewModel.startMassProperty().isNotNull());
        VBox box = new VBox(10, options, hints, smoothingNote, error, scroll);
        box.setPadding(new Insets(12));
        viewModel.sentencesProperty().addListener((o, a, list) -> render(list));
        viewModel.errorProperty().addListener((o, a, e) -> error.setText(e == null ? "" : e));
        return box;
    }

    /** Why a smoothed model's samples look worse than maximum likelihood's, with the share it moved while drawing. */
    private static String smoothingNote(GenerateViewModel.StartNote note) {
        if (note == null) {
            return "";
        }
        return I18n.get("generate.smoothingNote", org.lmlens.ui.common.Names.method(note.method()),
                org.lmlens.ui.common.Texts.percent(note.meanUnseenMass()), note.steps());
    }

    private static Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(I18n.bind(key));
        return l;
    }

    /**
     * One TextFlow of three Texts per sentence (markers and the words), not one node per word: hundreds
     * of nodes cost the FX thread tens of milliseconds of CSS and layout. A click is mapped to its word
     * through {@link TextFlow#hitTest}.
     */
    private void render(List<GeneratedSentence> list) {
        sentences.getChildren().clear();
        hover.setText("");
        int n = 0;
        for (GeneratedSentence s : list) {
            StringBuilder text = new StringBuilder(" ");
            int[] starts = new int[s.words().size() + 1];
            for (int i = 0; i < s.words().size(); i++) {
                String w = s.words().get(i);
                if (i > 0 && GenerateViewModel.spaceBefore(s.words(), i)) {
                    text.append(' ');
                }
                starts[i] = text.length();
                text.append(w);
            }
            starts[s.words().size()] = Integer.MAX_VALUE;
            text.append(' ');
            Text words = new Text(text.toString());
            words.getStyleClass().add("generated-words");
            TextFlow flow = new TextFlow(marker(GenerateViewModel.START), words,
                    marker(s.finished() ? GenerateViewModel.END : I18n.get("generate.truncated")));
            flow.getStyleClass().add("generated-sentence");
            flow.setId("sentence-" + n++);
            flow.setCursor(Cursor.HAND);
            flow.setOnMouseClicked(e -> {
                int word = wordAt(words, e.getSceneX(), e.getSceneY(), starts, s);
                if (word >= 0) {
                    showDistribution.accept(s.contexts().get(word));
                }
            });
            flow.setOnMouseMoved(e -> {
                int word = wordAt(words, e.getSceneX(), e.getSceneY(), starts, s);
                hover.setText(word < 0 ? "" : I18n.get("generate.word.tooltip", s.words().get(word),
                        s.probabilities().get(word)));
            });
            sentences.getChildren().add(flow);
        }
    }

    /** The index of the word under a scene point, or -1 (markers, spaces, outside the words). */
    static int wordAt(Text words, double sceneX, double sceneY, int[] starts, GeneratedSentence s) {
        // Text.hitTest takes the Text's own coordinates (TextFlow.hitTest proved unreliable across children).
        javafx.geometry.Point2D local = words.sceneToLocal(sceneX, sceneY);
        if (local == null || !words.getLayoutBounds().contains(local)) {
            return -1;
        }
        int c = words.hitTest(local).getCharIndex();
        for (int i = 0; i < s.words().size(); i++) {
            if (c >= starts[i] && c < starts[i] + s.words().get(i).length()) {
                return i;
            }
        }
        return -1;
    }

    /** The context a word of a shown sentence was drawn from (for tests: what a click on it shows). */
    public List<String> contextOf(int sentence, int word) {
        return viewModel.sentencesProperty().get().get(sentence).contexts().get(word);
    }

    private static Text marker(String text) {
        Text t = new Text(text);
        t.getStyleClass().add("sentence-marker");
        return t;
    }

    /** The sentence as plain text, joined by the Detokenizer rules (for tests and copying). */
    public static String plain(GeneratedSentence s) {
        return GenerateViewModel.plain(s);
    }
}
