package org.lmlens.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lmlens.i18n.I18n;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Only the shown tab's content is in the scene graph, every tab gets its own content back when selected,
 * and a hidden view re-renders for a new language once, when it is shown again.
 */
@ExtendWith(ApplicationExtension.class)
class HiddenTabsDetachedTest {
    private TabPane pane;
    private final Label first = new Label("first");
    private final javafx.scene.control.Slider second = new javafx.scene.control.Slider();
    private final Label third = new Label("third");

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        pane = new TabPane(new Tab("1", first), new Tab("2", second), new Tab("3", third));
        HiddenTabsDetached.install(pane);
        stage.setScene(new Scene(pane, 300, 200));
        stage.show();
    }

    @AfterEach
    void english(FxRobot robot) {
        robot.interact(() -> I18n.setLocale(Locale.ENGLISH));
    }

    @Test
    void onlyTheSelectedTabsContentIsInTheScene(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(); // the hidden tabs are set aside after the first pulse
        assertThat(first.getScene()).isNotNull();
        assertThat(second.getScene()).isNull();
        assertThat(third.getScene()).isNull();
        assertThat(second.getSkin()).as("skins made in the start-up pulse, before it was set aside").isNotNull();

        robot.interact(() -> pane.getSelectionModel().select(2));
        assertThat(third.getScene()).isNotNull();
        assertThat(first.getScene()).isNull();
        assertThat(pane.getTabs().get(2).getContent()).isSameAs(third);

        // A view that replaces its tab's content while hidden gets the new content shown later.
        Label replaced = new Label("replaced");
        robot.interact(() -> pane.getTabs().get(0).setContent(replaced));
        robot.interact(() -> pane.getSelectionModel().select(1));
        assertThat(replaced.getScene()).isNull();
        robot.interact(() -> pane.getSelectionModel().select(0));
        assertThat(pane.getTabs().get(0).getContent()).isSameAs(replaced);
        assertThat(replaced.getScene()).isNotNull();
        assertThat(second.getScene()).isNull();
    }

    @Test
    void aHiddenViewFollowsTheLanguageWhenShownAgain(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicInteger shownRenders = new AtomicInteger();
        AtomicInteger hiddenRenders = new AtomicInteger();
        robot.interact(() -> {
            WhenShown.onLanguageChange(first, shownRenders::incrementAndGet);
            WhenShown.onLanguageChange(second, hiddenRenders::incrementAndGet);
        });

        robot.interact(() -> I18n.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertThat(shownRenders).hasValue(1);
        assertThat(hiddenRenders).hasValue(0);
        robot.interact(() -> I18n.setLocale(Locale.ENGLISH));
        assertThat(shownRenders).hasValue(2);
        assertThat(hiddenRenders).hasValue(0);

        robot.interact(() -> pane.getSelectionModel().select(1));
        assertThat(hiddenRenders).as("two switches while hidden: one render when shown").hasValue(1);
        robot.interact(() -> pane.getSelectionModel().select(0));
        robot.interact(() -> pane.getSelectionModel().select(1));
        assertThat(hiddenRenders).as("no switch since: nothing to redo").hasValue(1);
    }
}
