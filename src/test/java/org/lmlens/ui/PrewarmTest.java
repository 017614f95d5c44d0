package org.lmlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The start-up warm-up ran before this class's window (AppStartup, as LmLensApp.init()), and every step worked. */
@ExtendWith(ApplicationExtension.class)
class PrewarmTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 100, 100));
        stage.show();
    }

    @Test
    void everyStepRanWithoutFailingAndNeverOnTheFxThread(FxRobot robot) {
        assertThat(Prewarm.done()).isTrue();
        assertThat(Prewarm.failures()).isEmpty();
        robot.interact(Prewarm::run); // on the FX thread: returns at once, warming nothing twice
        assertThat(Prewarm.failures()).isEmpty();
    }
}
