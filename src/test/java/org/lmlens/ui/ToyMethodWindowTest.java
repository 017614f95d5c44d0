package org.lmlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.arpa.ArpaReader;
import org.lmlens.engine.eval.OrderSweep;
import org.lmlens.engine.smoothing.ArpaForm;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.i18n.I18n;
import org.lmlens.toy.ToyMethod;
import org.lmlens.ui.common.FxTaskRunner;
import org.lmlens.ui.common.Settings;
import org.lmlens.ui.next.NextWordResult;
import org.lmlens.ui.session.SessionViewModel;
import org.lmlens.ui.sessionfile.RecentStore;
import org.lmlens.ui.tabs.TabRegistry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A method registered from outside the engine shows in every tab that lists or explains methods: the
 * control panel's method choice (with its parameter), Smoothing explained (its own formula, filled with its
 * numbers), Evaluate's methods and Next word's comparison; File ▸ Export model writes it or refuses it as
 * its declared ARPA form says.
 */
@Isolated("registers methods, which other test classes would list")
@ExtendWith(ApplicationExtension.class)
class ToyMethodWindowTest {
    private static final ToyMethod TOY = new ToyMethod("toy", ArpaForm.BACKOFF);
    private static final ToyMethod CLOSED = new ToyMethod("toy-closed", ArpaForm.refused("arpa.why.additive"));
    private static final Methods.Registration TOY_REGISTERED = Methods.register(TOY);
    private static final Methods.Registration CLOSED_REGISTERED = Methods.register(CLOSED);
    private static final Preferences PREFS = Preferences.userRoot().node("org/lmlens/test-toy-method");

    private SessionViewModel session;
    private MainView main;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        I18n.setLocale(Locale.ENGLISH);
        LmLensApp.applyTheme(false);
        PREFS.clear();
        session = new SessionViewModel(new FxTaskRunner());
        main = new MainView(session, new Settings(PREFS), stage, new RecentStore(Files.createTempDirectory("lmlens-home")));
        stage.setScene(main.createScene(1280, 800));
        stage.show();
        main.loadInitialSample();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        RecentStore.awaitWrites();
    }

    @AfterAll
    static void unregister() {
        TOY_REGISTERED.close();
        CLOSED_REGISTERED.close();
    }

    @Test
    void theToyMethodIsInEveryTabAndExportsAsItDeclares(FxRobot robot, @TempDir Path dir) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);

        // Control panel: offered after the built-in methods, with its own parameter's slider
        @SuppressWarnings("unchecked")
        ComboBox<Object> method = (ComboBox<Object>) lookup("#method");
        assertThat(method.getItems()).endsWith(TOY, CLOSED);
        robot.interact(() -> method.getSelectionModel().select(TOY));
        waitFor(() -> session.modelProperty().get().method() == TOY);
        assertThat(lookup("#param-lambda")).isNotNull();

        // Smoothing explained: the toy's own formula, filled with its numbers and equal to the engine
        select(robot, TabRegistry.NEXT);
        robot.interact(() -> nextWord().viewModel().contextProperty().set("I"));
        waitFor(() -> "am".equals(nextWord().viewModel().selectedWordProperty().get()));
        select(robot, TabRegistry.EXPLAIN);
        Node general = lookup("#explain-general");
        waitFor(() -> TOY.formula().general(Parameters.NONE).equals(general.getAccessibleText()));
        assertThat(general.getAccessibleText()).contains("\\lambda = 0.7");
        Node substituted = lookup("#explain-substituted");
        waitFor(() -> substituted.getAccessibleText() != null && substituted.getAccessibleText().contains("(1 - 0.3)"));
        waitFor(() -> ((Labeled) lookup("#explain-check")).getText().contains("✓"));

        // Evaluate: a method to choose; chosen, it gets its rows of perplexities
        select(robot, TabRegistry.EVALUATE);
        CheckBox box = (CheckBox) lookup("#evaluate-method-toy");
        assertThat(box.isDisabled()).isFalse();
        robot.interact(() -> box.setSelected(true));
        waitFor(() -> main.view(TabRegistry.EVALUATE, org.lmlens.ui.evaluate.EvaluateView.class).tables().get(0).getItems().stream()
                .anyMatch(p -> ((OrderSweep.Point) p).method().equals("toy")));

        // Next word: a method to compare with
        select(robot, TabRegistry.NEXT);
        MenuButton compared = (MenuButton) lookup("#next-methods");
        CheckMenuItem item = (CheckMenuItem) compared.getItems().stream().filter(i -> "next-method-toy".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            nextWord().viewModel().compareProperty().set(true);
            method.getSelectionModel().select(0);
            compared.getItems().forEach(i -> ((CheckMenuItem) i).setSelected(false));
            item.setSelected(true);
        });
        waitFor(() -> {
            NextWordResult r = nextWord().viewModel().resultProperty().get();
            return r != null && r.series().stream().anyMatch(s -> s.method().equals("toy"));
        });

        // Export: the toy declares a back-off form and is written; toy-closed is refused with its reason
        robot.interact(() -> method.getSelectionModel().select(TOY));
        waitFor(() -> session.modelProperty().get().method() == TOY);
        Path arpa = dir.resolve("toy.arpa");
        robot.interact(() -> main.export().writeModelArpa(session.modelProperty().get(), arpa));
        waitFor(() -> Files.exists(arpa));
        assertThat(ArpaReader.read(arpa).order()).isEqualTo(session.modelProperty().get().order());
        robot.interact(() -> method.getSelectionModel().select(CLOSED));
        waitFor(() -> session.modelProperty().get().method() == CLOSED);
        robot.interact(() -> menuItem("menu.export.arpa").fire());
        waitFor(() -> dialogText().contains("toy-closed") && dialogText().contains(EngineMessages.get("arpa.why.additive")));
    }

    private org.lmlens.ui.next.NextWordView nextWord() {
        return main.view(TabRegistry.NEXT, org.lmlens.ui.next.NextWordView.class);
    }

    private Node lookup(String selector) {
        Node n = stage.getScene().lookup(selector);
        assertThat(n).as(selector).isNotNull();
        return n;
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

    private static String dialogText() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                .filter(s -> s != null && s.getRoot() instanceof DialogPane).map(Scene::getRoot)
                .map(r -> ((DialogPane) r).getContentText()).filter(t -> t != null).findFirst().orElse("");
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
