package org.lmlens.ui;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: inside a screen's visible bounds (without the task bar), at its remembered
 * size and place when that is still on a screen, else at its preferred size (or the screen's, if smaller)
 * centred on the primary screen. A window remembered on a monitor that is gone comes back on screen.
 */
public final class WindowPlacement {
    /** The size the window is designed for; smaller screens get the window at their own size. */
    public static final double PREFERRED_WIDTH = 1320;
    public static final double PREFERRED_HEIGHT = 840;
    /** At least this much of a remembered window must be on a screen for its place to be kept. */
    private static final double VISIBLE_PART = 120;

    private WindowPlacement() {
    }

    /**
     * @param remembered the bounds saved last time, or null
     * @param primary    the primary screen's visible bounds
     * @param screens    every screen's visible bounds
     */
    public static Rectangle2D place(Rectangle2D remembered, Rectangle2D primary, List<Rectangle2D> screens) {
        if (remembered != null && remembered.getWidth() > 0 && remembered.getHeight() > 0) {
            for (Rectangle2D screen : screens) {
                if (visibleEnough(remembered, screen)) {
                    return fitInside(remembered, screen);
                }
            }
            return centred(Math.min(remembered.getWidth(), primary.getWidth()),
                    Math.min(remembered.getHeight(), primary.getHeight()), primary);
        }
        return centred(Math.min(PREFERRED_WIDTH, primary.getWidth()), Math.min(PREFERRED_HEIGHT, primary.getHeight()),
                primary);
    }

    private static boolean visibleEnough(Rectangle2D window, Rectangle2D screen) {
        double w = Math.min(window.getMaxX(), screen.getMaxX()) - Math.max(window.getMinX(), screen.getMinX());
        double h = Math.min(window.getMaxY(), screen.getMaxY()) - Math.max(window.getMinY(), screen.getMinY());
        // the title bar must be reachable: its top edge on this screen
        return w >= VISIBLE_PART && h >= VISIBLE_PART && window.getMinY() >= screen.getMinY()
                && window.getMinY() < screen.getMaxY() - VISIBLE_PART;
    }

    /** The window at most the screen's size, moved so that all of it is on that screen. */
    private static Rectangle2D fitInside(Rectangle2D window, Rectangle2D screen) {
        double w = Math.min(window.getWidth(), screen.getWidth());
        double h = Math.min(window.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(window.getMinX(), screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(window.getMinY(), screen.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    private static Rectangle2D centred(double w, double h, Rectangle2D screen) {
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }
}
