package org.lmlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The main window opens inside the screen, at every common size, and comes back from a lost monitor. */
class WindowPlacementTest {
    @ParameterizedTest
    @CsvSource({"1024,768", "1280,800", "1366,768", "1920,1080"})
    void theFirstWindowFitsTheVisibleScreen(double w, double h) {
        Rectangle2D screen = new Rectangle2D(0, 0, w, h - 40); // a task bar
        Rectangle2D window = WindowPlacement.place(null, screen, List.of(screen));
        assertThat(window.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(window.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(window.getMaxX()).isLessThanOrEqualTo(screen.getMaxX());
        assertThat(window.getMaxY()).isLessThanOrEqualTo(screen.getMaxY());
        assertThat(window.getWidth()).isEqualTo(Math.min(WindowPlacement.PREFERRED_WIDTH, w));
    }

    @Test
    void aRememberedPlaceOnScreenIsKept() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1920, 1040);
        Rectangle2D saved = new Rectangle2D(100, 50, 1000, 700);
        assertThat(WindowPlacement.place(saved, screen, List.of(screen))).isEqualTo(saved);
    }

    @Test
    void aWindowLeftOffEveryScreenComesBack() {
        Rectangle2D screen = new Rectangle2D(0, 0, 1280, 760);
        Rectangle2D saved = new Rectangle2D(-290, -116, 900, 600); // where the guide once opened
        Rectangle2D placed = WindowPlacement.place(saved, screen, List.of(screen));
        assertThat(placed.getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(placed.getMinY()).isGreaterThanOrEqualTo(0);
        assertThat(placed.getWidth()).isEqualTo(900);

        Rectangle2D gone = new Rectangle2D(2500, 100, 1200, 800); // a second monitor that is unplugged
        Rectangle2D back = WindowPlacement.place(gone, screen, List.of(screen));
        assertThat(screen.contains(back)).isTrue();
    }

    @Test
    void aRememberedWindowLargerThanTheScreenIsShrunkToIt() {
        Rectangle2D small = new Rectangle2D(0, 0, 1024, 728);
        Rectangle2D placed = WindowPlacement.place(new Rectangle2D(0, 0, 1320, 840), small, List.of(small));
        assertThat(small.contains(placed)).isTrue();
    }
}
