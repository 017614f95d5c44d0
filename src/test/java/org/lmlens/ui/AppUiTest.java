package org.lmlens.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.FxTaskRunner;
import org.lmlens.ui.common.Settings;
import org.lmlens.ui.session.Samples;
import org.lmlens.ui.session.SessionViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window, headless (TestFX + Monocle): sample, order, method, chart, generation, bad files. */
@ExtendWith(ApplicationExtension.class)
class AppUiTest {
    /** The recent lists are written in the background: let them finish before temporary folders go. */
    @org.junit.jupiter.api.AfterEach
    void recentWritesDone() {
        org.lmlens.ui.sessionfile.RecentStore.awaitWrites();
    }

    private SessionViewModel session;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        LmLensApp.applyTheme(false);
        session = new SessionViewModel(new FxTaskRunner());
        Settings settings = new Settings(Preferences.userRoot().node("org/lmlens/test-ui"));
        MainView main = new MainView(session, settings, stage, scratchRecent());
        Scene scene = main.createScene(1280, 800);
        stage.setScene(scene);
        stage.show();
        main.loadInitialSample();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) throws Exception {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != robot.targetWindow()
                && !(w instanceof Stage s && s.getScene() != null && s.getScene().lookup("#main-tabs") != null))
                .forEach(Window::hide));
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Node> T find(FxRobot robot, String id) {
        return (T) robot.lookup(id).query();
    }

    private double tableProbability(TableView<Integer> table, String ngram, int column) {
        for (Integer row : table.getItems()) {
            Object text = table.getColumns().get(0).getCellObservableValue(row).getValue();
            if (ngram.equals(text)) {
                return ((Number) table.getColumns().get(column).getCellObservableValue(row).getValue()).doubleValue();
            }
        }
        throw new AssertionError("no row " + ngram);
    }

    @Test
    void countsTableAndNextWordChartFollowOrderAndMethod(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        TableView<Integer> table = find(robot, "#counts-table");
        waitFor(() -> table.getItems().size() == 15);
        assertThat(tableProbability(table, "I am", 2)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(tableProbability(table, "I am", 3)).isCloseTo(2.0 / 3, within(1e-12));

        // Next word: P(am | I) = 2/3 in the chart dataset
        robot.interact(() -> ((TabPane) find(robot, "#main-tabs")).getSelectionModel().select(1));
        TextField context = find(robot, "#next-context");
        robot.interact(() -> context.setText("I"));
        ChartViewer viewer = find(robot, "#next-chart");
        waitFor(() -> viewer.getChart() != null && viewer.getChart().getCategoryPlot().getDataset()
                .getColumnKeys().contains("am"));
        CategoryDataset data = viewer.getChart().getCategoryPlot().getDataset();
        assertThat(data.getValue(0, data.getColumnIndex("am")).doubleValue()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(data.getValue(0, data.getColumnIndex("do")).doubleValue()).isCloseTo(1.0 / 3, within(1e-12));

        // Laplace through the combo box: the table and the chart change to the engine's numbers
        SmoothingMethod laplace = Methods.byName("laplace");
        ComboBox<SmoothingMethod> method = find(robot, "#method");
        robot.interact(() -> method.getSelectionModel().select(laplace));
        double expected = session.textProperty().get().model(2, laplace, Parameters.NONE)
                .probability(List.of("I"), "am");
        waitFor(() -> Math.abs(viewer.getChart().getCategoryPlot().getDataset().getValue(0, 0).doubleValue()
                - expected) < 1e-12);
        // a hidden tab does no work: the table catches up when its tab is shown again
        robot.interact(() -> ((TabPane) find(robot, "#main-tabs")).getSelectionModel().select(0));
        waitFor(() -> Math.abs(tableProbability(table, "I am", 3) - expected) < 1e-12);
        assertThat(tableProbability(table, "I am", 3)).isCloseTo(expected, within(1e-12));
        assertThat(tableProbability(table, "I am", 2)).isCloseTo(2.0 / 3, within(1e-12));

        // Order 3 through the spinner: trigram rows
        Spinner<Integer> order = find(robot, "#order");
        robot.interact(() -> order.getValueFactory().setValue(3));
        waitFor(() -> table.getItems().size() == 14);
        assertThat(table.getColumns().get(0).getCellObservableValue(table.getItems().get(0)).getValue().toString()
                .split(" ")).hasSize(3);
    }

    @Test
    void mleWithAnUnseenContextShowsAMessage(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        robot.interact(() -> session.orderProperty().set(3));
        // Only the shown tab's content is in the scene graph (HiddenTabsDetached)
        robot.interact(() -> ((TabPane) find(robot, "#main-tabs")).getSelectionModel().select(1));
        TextField context = find(robot, "#next-context");
        robot.interact(() -> context.setText("am I"));
        javafx.scene.control.Label message = find(robot, "#next-message");
        waitFor(() -> message.isVisible() && message.getText().contains("am I"));
        assertThat(((ChartViewer) find(robot, "#next-chart")).isVisible()).isFalse();
    }

    @Test
    void generatedSentencesChangeWithTheMethodAndLinkToTheChart(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        robot.interact(() -> ((TabPane) find(robot, "#main-tabs")).getSelectionModel().select(2));
        robot.clickOn("#generate-button");
        VBox sentences = find(robot, "#generate-sentences");
        waitFor(() -> sentences.getChildren().size() == 5);
        String mle = text(sentences);
        assertThat(mle).startsWith("<s>").contains("</s>");
        robot.interact(() -> session.methodProperty().set(Methods.byName("laplace")));
        waitFor(() -> !text(sentences).equals(mle));

        // clicking a word (here the second of the first sentence) shows its distribution in the Next-word tab
        TextFlow first = (TextFlow) sentences.getChildren().get(0);
        Text words = (Text) first.getChildren().get(1);
        String[] tokens = words.getText().strip().split(" ");
        assertThat(tokens.length).isGreaterThan(1);
        int start = words.getText().indexOf(" " + tokens[1] + " ") + 1;
        javafx.geometry.Bounds b = new javafx.scene.shape.Path(words.rangeShape(start, start + tokens[1].length()))
                .getBoundsInLocal();
        javafx.geometry.Point2D p = words.localToScreen(b.getCenterX(), b.getCenterY());
        robot.clickOn(p);
        TabPane tabs = find(robot, "#main-tabs");
        waitFor(() -> tabs.getSelectionModel().getSelectedIndex() == 1);
        ChartViewer viewer = find(robot, "#next-chart");
        TextField context = find(robot, "#next-context");
        assertThat(context.getText()).isEqualTo(tokens[0]);
        List<String> expectedContext = List.of("<s>", tokens[0]);
        double top = session.modelProperty().get().distribution(expectedContext).top(1).get(0).probability();
        waitFor(() -> viewer.getChart() != null && Math.abs(viewer.getChart().getCategoryPlot().getDataset()
                .getValue(0, 0).doubleValue() - top) < 1e-12);
    }

    private static String text(VBox sentences) {
        StringBuilder sb = new StringBuilder();
        for (Node n : sentences.getChildren()) {
            for (Node t : ((TextFlow) n).getChildren()) {
                sb.append(((Text) t).getText());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void aBadFileShowsADialogAndKeepsThePreviousText(FxRobot robot, @TempDir Path dir) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        TrainedText before = session.textProperty().get();
        Path binary = dir.resolve("photo.jpg");
        Files.write(binary, new byte[] {0x50, 0x4b, 3, 4, 0, (byte) 0xc3, 0x28, (byte) 0x80, (byte) 0xff, 10});
        robot.interact(() -> session.load(SessionViewModel.Origin.of(binary), TextOptions.defaults()));
        waitFor(() -> dialog(robot) != null);
        assertThat(dialog(robot).getContentText()).contains("photo.jpg");
        assertThat(session.textProperty().get()).isSameAs(before);
        robot.interact(() -> dialog(robot).getScene().getWindow().hide());

        Path empty = Files.createFile(dir.resolve("empty.txt"));
        robot.interact(() -> session.load(SessionViewModel.Origin.of(empty), TextOptions.defaults()));
        waitFor(() -> dialog(robot) != null);
        assertThat(dialog(robot).getContentText()).isNotBlank();
        assertThat(session.textProperty().get()).isSameAs(before);
        TableView<Integer> table = find(robot, "#counts-table");
        assertThat(table.getItems()).hasSize(15);
    }

    @Test
    void aSampleLoadsFromTheClasspathWithItsOptions(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        robot.interact(() -> session.load(Samples.byId("tang300")));
        waitFor(() -> session.textProperty().get() != null && session.textProperty().get().source().name()
                .equals("tang300.txt"));
        assertThat(session.tokenizerProperty().get().name()).isEqualTo("char");
        assertThat(robot.targetWindow() instanceof Stage s ? s.getTitle() : "").isNotNull();
        assertThat(((Stage) ((Node) find(robot, "#main-tabs")).getScene().getWindow()).getTitle())
                .isEqualTo("LM Lens \u2014 tang300.txt");
    }

    @Test
    void theViewMenuSwitchesLanguageLiveAndRemembersIt(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        javafx.scene.control.MenuBar bar = find(robot, "#menu-bar");
        javafx.scene.control.MenuItem zh = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> "language.zh".equals(i.getId())).findFirst().orElseThrow();
        try {
            robot.interact(zh::fire);
            TabPane tabs = find(robot, "#main-tabs");
            assertThat(tabs.getTabs().get(0).getText()).isEqualTo("计数");
            assertThat(bar.getMenus().get(0).getText()).isEqualTo("文件");
            TableView<Integer> table = find(robot, "#counts-table");
            assertThat(table.getColumns().get(1).getText()).isEqualTo("计数 c");
            ComboBox<SmoothingMethod> method = find(robot, "#method");
            assertThat(method.getConverter().toString(Methods.byName("laplace"))).contains("加一平滑");
            // the shown choice too, not only the converter
            assertThat(method.getButtonCell().getText()).isEqualTo(
                    method.getConverter().toString(method.getValue())).matches(".*\\p{IsHan}.*");
            assertThat(new Settings(Preferences.userRoot().node("org/lmlens/test-ui")).locale().getLanguage())
                    .isEqualTo("zh");
        } finally {
            robot.interact(() -> I18n.setLocale(Locale.ENGLISH));
            new Settings(Preferences.userRoot().node("org/lmlens/test-ui")).setLocale(Locale.ENGLISH);
        }
        assertThat(((TabPane) find(robot, "#main-tabs")).getTabs().get(0).getText()).isEqualTo("Counts");
    }

    @Test
    void parameterSlidersAppearOnlyForMethodsWithParametersAndRebuildTheModel(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        assertThat(robot.lookup("#param-k").tryQuery()).isEmpty();
        ComboBox<SmoothingMethod> method = find(robot, "#method");
        robot.interact(() -> method.getSelectionModel().select(Methods.byName("lidstone")));
        waitFor(() -> robot.lookup("#param-k").tryQuery().isPresent());
        javafx.scene.control.Slider k = find(robot, "#param-k");
        // the k slider is logarithmic: log10(0.5)
        robot.interact(() -> k.setValue(Math.log10(0.5)));
        waitFor(() -> session.modelProperty().get().parameters().get("k").orElse(0) > 0.49
                && session.modelProperty().get().parameters().get("k").orElse(0) < 0.51);
        double expected = session.modelProperty().get().probability(List.of("I"), "am");
        TableView<Integer> table = find(robot, "#counts-table");
        waitFor(() -> Math.abs(tableProbability(table, "I am", 3) - expected) < 1e-12);
        robot.interact(() -> method.getSelectionModel().select(Methods.byName("mle")));
        waitFor(() -> robot.lookup("#param-k").tryQuery().isEmpty());
    }

    @Test
    void theContextFieldCompletesWordsFromTheVocabulary(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        robot.interact(() -> ((TabPane) find(robot, "#main-tabs")).getSelectionModel().select(1));
        robot.clickOn("#next-context").write("I S");
        waitFor(() -> suggestions(robot).contains("I Sam"));
        assertThat(suggestions(robot)).allMatch(s -> s.startsWith("I S"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> suggestions(FxRobot robot) {
        // the completion popup: a showing popup window whose list holds strings (combo popups hold engine objects)
        return Window.getWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing())
                .filter(w -> w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".list-view").stream())
                .flatMap(n -> ((javafx.scene.control.ListView<Object>) n).getItems().stream())
                .filter(String.class::isInstance).map(String.class::cast).toList();
    }

    private static DialogPane dialog(FxRobot robot) {
        return robot.lookup("#error-dialog").tryQuery().map(n -> (DialogPane) n).orElse(null);
    }

    /** Recent lists in a scratch folder: never the user's. */
    static org.lmlens.ui.sessionfile.RecentStore scratchRecent() {
        try {
            return new org.lmlens.ui.sessionfile.RecentStore(java.nio.file.Files.createTempDirectory("lmlens-home"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
