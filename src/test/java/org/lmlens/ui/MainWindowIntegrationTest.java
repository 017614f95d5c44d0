package org.lmlens.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.arpa.ArpaWriter;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.SentenceScore;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.text.Tokenizers;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.FxTaskRunner;
import org.lmlens.ui.common.Settings;
import org.lmlens.ui.sessionfile.RecentStore;
import org.lmlens.ui.sessionfile.SessionFile;
import org.lmlens.ui.sessionfile.SessionStore;
import org.lmlens.ui.session.SessionViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wired window, headless: the seven tabs with the engine's numbers for the SLP3 mini-corpus, tab keys,
 * presenter mode, sessions, ARPA export and the guide.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowIntegrationTest {
    /** The recent lists are written in the background: let them finish before temporary folders go. */
    @org.junit.jupiter.api.AfterEach
    void recentWritesDone() {
        org.lmlens.ui.sessionfile.RecentStore.awaitWrites();
    }

    private static final Preferences PREFS = Preferences.userRoot().node("org/lmlens/test-integration");
    private SessionViewModel session;
    private MainView main;
    private Stage stage;
    private Path home;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        I18n.setLocale(Locale.ENGLISH);
        LmLensApp.applyTheme(false);
        PREFS.clear();
        session = new SessionViewModel(new FxTaskRunner());
        home = Files.createTempDirectory("lmlens-home");
        main = new MainView(session, new Settings(PREFS), stage, new RecentStore(home));
        stage.setScene(main.createScene(1280, 800));
        stage.show();
        main.loadInitialSample();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
            main.presenter().setActive(false);
            main.presenter().setScale(1.0);
            I18n.setLocale(Locale.ENGLISH);
        });
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private LanguageModel engine(int order, String method) {
        return session.textProperty().get().model(order, Methods.byName(method), Parameters.NONE);
    }

    private void select(FxRobot robot, String tabId) {
        robot.interact(() -> main.tabs().getTabs().stream().filter(t -> t.getId().equals(tabId)).findFirst()
                .ifPresent(t -> main.tabs().getSelectionModel().select(t)));
    }

    private MenuItem menuItem(String id) {
        return ((MenuBar) stage.getScene().lookup("#menu-bar")).getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void everyTabIsThereInOrderAndShowsTheEnginesNumbers(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        assertThat(main.tabs().getTabs()).extracting(Tab::getId).containsExactly("counts", "next",
                "generate", "score", "evaluate", "corpus", "explain", "tokenizer", "neural", "classify");
        assertThat(main.tabs().getTabs()).allSatisfy(t -> {
            assertThat(t.getGraphic()).isNotNull();
            assertThat(t.getTooltip().getText()).isNotBlank();
        });
        TrainedText text = session.textProperty().get();

        // Counts: 15 bigram types in the mini-corpus
        waitFor(() -> main.view(org.lmlens.ui.tabs.TabRegistry.COUNTS, org.lmlens.ui.counts.CountsView.class).table().getItems().size() == 15);

        // Next word: P(am | I) = 2/3, and Smoothing explained follows the selected word
        select(robot, "next");
        robot.interact(() -> main.view(org.lmlens.ui.tabs.TabRegistry.NEXT, org.lmlens.ui.next.NextWordView.class).viewModel().contextProperty().set("I"));
        ChartViewer next = main.view(org.lmlens.ui.tabs.TabRegistry.NEXT, org.lmlens.ui.next.NextWordView.class).chartViewer();
        waitFor(() -> next.getChart() != null && next.getChart().getCategoryPlot().getDataset().getColumnKeys().contains("am"));
        var nextData = next.getChart().getCategoryPlot().getDataset();
        assertThat(nextData.getValue(0, nextData.getColumnIndex("am")).doubleValue()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(main.view(org.lmlens.ui.tabs.TabRegistry.NEXT, org.lmlens.ui.next.NextWordView.class).viewModel().selectedWordProperty().get()).isEqualTo("am");
        assertThat(main.view(org.lmlens.ui.tabs.TabRegistry.NEXT, org.lmlens.ui.next.NextWordView.class).viewModel().contextTokensProperty().get()).containsExactly("<s>", "I");

        select(robot, "explain");
        ChartViewer mass = main.view(org.lmlens.ui.tabs.TabRegistry.EXPLAIN, org.lmlens.ui.explain.ExplainView.class).charts().get(0);
        waitFor(() -> mass.getChart() != null);
        assertThat(mass.getChart().getCategoryPlot().getDataset()
                .getValue(I18n.get("method.mle.name"), I18n.get("explain.mass.seen")).doubleValue()).isCloseTo(1.0, within(1e-12));
        Labeled check = robot.lookup("#explain-check").queryLabeled();
        waitFor(() -> check.getText().contains("✓")); // the formula with its numbers gives the engine's P

        // Generate and Step by step
        select(robot, "generate");
        robot.interact(() -> main.view(org.lmlens.ui.tabs.TabRegistry.GENERATE, org.lmlens.ui.generate.GenerateTabView.class).sentencesView().viewModel().generate());
        waitFor(() -> !main.view(org.lmlens.ui.tabs.TabRegistry.GENERATE, org.lmlens.ui.generate.GenerateTabView.class).sentencesView().viewModel().sentencesProperty().get().isEmpty());
        robot.interact(() -> ((javafx.scene.control.Button) stage.getScene().lookup("#step-step")).fire());
        waitFor(() -> main.view(org.lmlens.ui.tabs.TabRegistry.GENERATE, org.lmlens.ui.generate.GenerateTabView.class).stepView().charts().get(0).getChart() != null);

        // Score: one row per token with the engine's numbers
        select(robot, "score");
        robot.interact(() -> ((TextArea) stage.getScene().lookup("#score-first")).setText("I am Sam"));
        SentenceScore expected = engine(2, "mle").score(List.of("I", "am", "Sam"));
        waitFor(() -> main.view(org.lmlens.ui.tabs.TabRegistry.SCORE, org.lmlens.ui.score.ScoreView.class).tables().get(0).getItems().equals(expected.scores()));

        // Evaluate: the sweep's table and chart
        select(robot, "evaluate");
        waitFor(() -> !main.view(org.lmlens.ui.tabs.TabRegistry.EVALUATE, org.lmlens.ui.evaluate.EvaluateView.class).tables().get(0).getItems().isEmpty()
                && main.view(org.lmlens.ui.tabs.TabRegistry.EVALUATE, org.lmlens.ui.evaluate.EvaluateView.class).charts().get(0).getChart() != null);

        // Corpus: the count of counts N_c per order is the engine's
        select(robot, "corpus");
        waitFor(() -> !main.view(org.lmlens.ui.tabs.TabRegistry.CORPUS, org.lmlens.ui.corpus.CorpusView.class).tables().get(0).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        List<long[]> rows = (List<long[]>) main.view(org.lmlens.ui.tabs.TabRegistry.CORPUS, org.lmlens.ui.corpus.CorpusView.class).tables().get(0).getItems();
        for (long[] row : rows) {
            for (int k = 1; k < Math.min(row.length, 4); k++) {
                assertThat(row[k]).isEqualTo(text.counts().countOfCount(k, (int) row[0]));
            }
        }
        assertThat(main.view(org.lmlens.ui.tabs.TabRegistry.CORPUS, org.lmlens.ui.corpus.CorpusView.class).charts().get(0).getChart()).isNotNull();
    }

    @Test
    void ctrlDigitsSwitchTabs(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        for (int i = 7; i >= 1; i--) {
            robot.press(KeyCode.CONTROL).type(KeyCode.valueOf("DIGIT" + i)).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(main.tabs().getSelectionModel().getSelectedIndex()).isEqualTo(i - 1);
        }
    }

    @Test
    void presenterModeTogglesAndScalesWindowAndChartFonts(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        select(robot, "next");
        robot.interact(() -> main.view(org.lmlens.ui.tabs.TabRegistry.NEXT, org.lmlens.ui.next.NextWordView.class).viewModel().contextProperty().set("I"));
        ChartViewer next = main.view(org.lmlens.ui.tabs.TabRegistry.NEXT, org.lmlens.ui.next.NextWordView.class).chartViewer();
        waitFor(() -> next.getChart() != null);
        float titleBefore = next.getChart().getTitle().getFont().getSize2D();
        assertThat(stage.getScene().getRoot().getStyle()).doesNotContain("-fx-font-size"); // 100 %: the theme's size

        robot.press(KeyCode.F11).release(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.presenter().isActive()).isTrue();
        assertThat(stage.getScene().getStylesheets()).contains(org.lmlens.ui.presenter.PresenterMode.STYLESHEET);
        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 21.00px");
        assertThat(next.getChart().getTitle().getFont().getSize2D()).isCloseTo(titleBefore * 1.5f, within(0.01f));
        shownAndRedrawing(next); // the tab was set aside while the window restyled, the chart redrawn after
        // a chart rebuilt while presenting gets the scale too
        robot.interact(() -> main.view(org.lmlens.ui.tabs.TabRegistry.NEXT, org.lmlens.ui.next.NextWordView.class).viewModel().contextProperty().set("I am"));
        waitFor(() -> next.getChart().getTitle().getText().contains("am"));
        assertThat(next.getChart().getTitle().getFont().getSize2D()).isCloseTo(titleBefore * 1.5f, within(0.01f));

        robot.interact(() -> ((javafx.scene.control.CheckMenuItem) menuItem("menu.view.presenter")).setSelected(false));
        assertThat(main.presenter().isActive()).isFalse();
        assertThat(stage.getScene().getRoot().getStyle()).doesNotContain("-fx-font-size");
        assertThat(next.getChart().getTitle().getFont().getSize2D()).isCloseTo(titleBefore, within(0.01f));
        shownAndRedrawing(next);

        // zoom from the View menu, remembered in the settings
        robot.interact(() -> menuItem("menu.view.zoomIn").fire());
        assertThat(main.presenter().getScale()).isEqualTo(1.1);
        waitFor(() -> new Settings(PREFS).textScale() == 1.1);
    }

    /** The viewer is back in the window, draws the newest chart, and redraws it when it changes. */
    private void shownAndRedrawing(ChartViewer viewer) throws Exception {
        waitFor(() -> viewer.getScene() == stage.getScene() && viewer.getCanvas().getChart() == viewer.getChart()
                && viewer.getChart().isNotify());
    }

    @Test
    void aSavedSessionRestoresEveryOption(FxRobot robot, @TempDir Path dir) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        robot.interact(() -> {
            session.orderProperty().set(3);
            session.methodProperty().set(Methods.byName("lidstone"));
            session.parametersProperty().set(Parameters.NONE.with("k", 0.25));
            session.tokenizerProperty().set(Tokenizers.byName("whitespace"));
        });
        waitFor(() -> !session.loadingProperty().get() && session.textProperty().get().options().tokenizer().name()
                .equals("whitespace") && session.modelProperty().get().order() == 3);
        select(robot, "corpus");
        Path file = dir.resolve("lesson.lmlens.json");
        robot.interact(() -> main.sessions().saveSession(file)); // written in the background
        waitFor(() -> Files.exists(file) && main.sessions().recent().sessions().contains(file));

        robot.interact(() -> {
            session.orderProperty().set(2);
            session.methodProperty().set(Methods.byName("mle"));
            session.tokenizerProperty().set(Tokenizers.byName("word"));
            main.tabs().getSelectionModel().select(0);
        });
        waitFor(() -> !session.loadingProperty().get());
        robot.interact(() -> main.sessions().openSession(file)); // read in the background
        waitFor(() -> !session.loadingProperty().get() && session.modelProperty().get().order() == 3
                && session.modelProperty().get().method().name().equals("lidstone"));
        assertThat(session.orderProperty().get()).isEqualTo(3);
        assertThat(session.methodProperty().get().name()).isEqualTo("lidstone");
        assertThat(session.parametersProperty().get().get("k").getAsDouble()).isEqualTo(0.25);
        assertThat(session.tokenizerProperty().get().name()).isEqualTo("whitespace");
        assertThat(session.textProperty().get().options().tokenizer().name()).isEqualTo("whitespace");
        assertThat(main.tabs().getSelectionModel().getSelectedItem().getId()).isEqualTo("corpus");
        assertThat(main.sessions().recent().sessions()).contains(file);
    }

    @Test
    void aTabHiddenDuringALanguageSwitchShowsTheNewLanguageWhenOpened(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        select(robot, "corpus");
        ChartViewer zipf = main.view(org.lmlens.ui.tabs.TabRegistry.CORPUS, org.lmlens.ui.corpus.CorpusView.class).charts().get(0);
        waitFor(() -> zipf.getChart() != null);
        String english = zipf.getChart().getTitle().getText();
        robot.interact(() -> main.tabs().getSelectionModel().select(0));
        robot.interact(() -> I18n.setLocale(Locale.SIMPLIFIED_CHINESE));
        // set aside while hidden, and not re-rendered for the switch
        assertThat(main.view(org.lmlens.ui.tabs.TabRegistry.CORPUS, org.lmlens.ui.corpus.CorpusView.class).node().getScene()).isNull();
        assertThat(zipf.getChart().getTitle().getText()).isEqualTo(english);
        select(robot, "corpus");
        waitFor(() -> zipf.getChart().getTitle().getText().matches(".*\\p{IsHan}.*"));
        assertThat(main.view(org.lmlens.ui.tabs.TabRegistry.CORPUS, org.lmlens.ui.corpus.CorpusView.class).node().getScene()).isSameAs(stage.getScene());
    }

    @Test
    void aTabHiddenDuringAThemeSwitchDrawsItsChartsInTheNewThemeWhenOpened(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        select(robot, "corpus");
        ChartViewer zipf = main.view(org.lmlens.ui.tabs.TabRegistry.CORPUS, org.lmlens.ui.corpus.CorpusView.class).charts().get(0);
        waitFor(() -> zipf.getChart() != null);
        java.awt.Paint light = zipf.getChart().getBackgroundPaint();
        assertThat(((java.awt.Color) light).getRed()).isGreaterThan(200);
        robot.interact(() -> main.tabs().getSelectionModel().select(0));
        try {
            robot.interact(() -> main.darkProperty().set(true));
            assertThat(zipf.getChart().getBackgroundPaint()).as("not redrawn while hidden").isEqualTo(light);
            select(robot, "corpus");
            waitFor(() -> ((java.awt.Color) zipf.getChart().getBackgroundPaint()).getRed() < 100);
        } finally {
            robot.interact(() -> main.darkProperty().set(false));
        }
    }

    @Test
    void quittingSavesTheScreenAsTheLastSession(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        robot.interact(() -> {
            session.orderProperty().set(4);
            session.methodProperty().set(Methods.byName("witten-bell"));
            main.tabs().getSelectionModel().select(5);
        });
        waitFor(() -> session.modelProperty().get().order() == 4);
        robot.interact(() -> main.saveLastSession()); // written in the background (RestoreLastSessionTest reads one back)
        RecentStore.awaitWrites();
        SessionFile last = SessionStore.read(main.sessions().recent().lastSessionFile());
        assertThat(last.order()).isEqualTo(4);
        assertThat(last.method()).isEqualTo("witten-bell");
        assertThat(last.openTab()).isEqualTo(main.tabs().getTabs().get(5).getId());
        assertThat(last.source()).isEqualTo(SessionFile.Source.sample("sam"));
    }

    @Test
    void aDamagedSessionFileIsReportedAndChangesNothing(FxRobot robot, @TempDir Path dir) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        TrainedText before = session.textProperty().get();
        Path broken = Files.writeString(dir.resolve("broken.lmlens.json"), "{\"formatVersion\": 1, \"order\": ");
        robot.interact(() -> main.sessions().openSession(broken));
        waitFor(() -> dialogText().contains("broken.lmlens.json"));
        assertThat(session.textProperty().get()).isSameAs(before);
        assertThat(main.sessions().recent().sessions()).doesNotContain(broken);

        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        Path missing = dir.resolve("gone.lmlens.json");
        robot.interact(() -> main.sessions().openSession(missing));
        waitFor(() -> dialogText().contains("gone.lmlens.json"));
        assertThat(session.textProperty().get()).isSameAs(before);

        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        // A file stands where the folder should be: no folder can be made there either.
        Path unwritable = Files.writeString(dir.resolve("not-a-folder"), "x").resolve("lesson.lmlens.json");
        robot.interact(() -> main.sessions().saveSession(unwritable));
        waitFor(() -> dialogText().contains("lesson.lmlens.json"));
        assertThat(Files.exists(unwritable)).isFalse(); // (Files.notExists cannot tell under a file)
    }

    @Test
    void arpaExportWritesModifiedKneserNeyAndRefusesMle(FxRobot robot, @TempDir Path dir) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        robot.interact(() -> session.methodProperty().set(Methods.byName("modified-kneser-ney")));
        waitFor(() -> session.modelProperty().get().method().name().equals("modified-kneser-ney"));
        Path arpa = dir.resolve("model.arpa");
        robot.interact(() -> main.export().writeModelArpa(session.modelProperty().get(), arpa));
        waitFor(() -> Files.exists(arpa));
        String written = Files.readString(arpa);
        assertThat(written).contains("\\data\\", "ngram 1=", "ngram 2=", "\\end\\");

        robot.interact(() -> session.methodProperty().set(Methods.byName("mle")));
        waitFor(() -> session.modelProperty().get().method().name().equals("mle"));
        String refusal = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> ArpaWriter.checkWritable(session.modelProperty().get()), LmLensException.class).getMessage();
        robot.interact(() -> menuItem("menu.export.arpa").fire());
        waitFor(() -> dialogText().contains(refusal));
    }

    @Test
    void everyControlHasATranslatedTooltip(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        List<String> missing = new java.util.ArrayList<>();
        for (int i = 0; i < main.tabs().getTabs().size(); i++) {
            int tab = i;
            robot.interact(() -> main.tabs().getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> collectUntipped(stage.getScene().getRoot(), missing));
        }
        assertThat(new java.util.TreeSet<>(missing)).isEmpty();
    }

    /** Inputs (buttons, check boxes, fields, spinners, sliders, combo boxes) without a tooltip, by id or class. */
    private static void collectUntipped(javafx.scene.Parent parent, List<String> missing) {
        for (javafx.scene.Node n : parent.getChildrenUnmodifiable()) {
            boolean input = n instanceof javafx.scene.control.ButtonBase || n instanceof javafx.scene.control.ComboBoxBase
                    || n instanceof javafx.scene.control.Spinner || n instanceof javafx.scene.control.Slider
                    || n instanceof javafx.scene.control.TextInputControl;
            if (input && ((javafx.scene.control.Control) n).getTooltip() == null) {
                missing.add(n.getId() != null ? n.getId() : n.getClass().getSimpleName() + " "
                        + (n instanceof Labeled l ? l.getText() : ""));
            }
            boolean composite = n instanceof javafx.scene.control.Spinner || n instanceof javafx.scene.control.ComboBoxBase
                    || n instanceof javafx.scene.control.TableView || n instanceof MenuBar; // menus: no tooltips
            if (!composite && n instanceof javafx.scene.Parent p) {
                collectUntipped(p, missing);
            }
        }
    }

    @Test
    void editCopyCopiesTextFieldsChartsAndTables(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        select(robot, "next");
        javafx.scene.control.TextField context = (javafx.scene.control.TextField) stage.getScene().lookup("#next-context");
        robot.interact(() -> {
            context.setText("I am");
            context.requestFocus();
            context.selectAll();
        });
        robot.interact(() -> menuItem("menu.edit.copy").fire());
        robot.interact(() -> assertThat(javafx.scene.input.Clipboard.getSystemClipboard().getString()).isEqualTo("I am"));

        select(robot, "counts");
        waitFor(() -> main.view(org.lmlens.ui.tabs.TabRegistry.COUNTS, org.lmlens.ui.counts.CountsView.class).table().getItems().size() == 15);
        robot.interact(() -> {
            main.view(org.lmlens.ui.tabs.TabRegistry.COUNTS, org.lmlens.ui.counts.CountsView.class).table().requestFocus();
            main.view(org.lmlens.ui.tabs.TabRegistry.COUNTS, org.lmlens.ui.counts.CountsView.class).table().getSelectionModel().select(0);
        });
        robot.interact(() -> menuItem("menu.edit.copy").fire());
        robot.interact(() -> assertThat(javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .contains("N-gram").contains("<s> I"));
        assertThat(menuItem("menu.edit.copy").getAccelerator()).isEqualTo(org.lmlens.ui.help.Shortcuts.COPY.primary());
    }

    @Test
    void helpGuideOpens(FxRobot robot) throws Exception {
        robot.interact(() -> menuItem("menu.help.guide").fire());
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && I18n.get("help.guide.title").equals(s.getTitle()) && s.isShowing()));
        assertThat(menuItem("menu.help.guide").getAccelerator()).isEqualTo(
                org.lmlens.ui.help.Shortcuts.GUIDE.primary());
    }

    private static String dialogText() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.getRoot() instanceof DialogPane).map(Scene::getRoot)
                .map(r -> ((DialogPane) r).getContentText()).filter(t -> t != null).findFirst().orElse("");
    }
}
