package org.lmlens.ui.sessionfile;

import java.nio.file.Path;

/**
 * The folder where the app keeps its own files (recent lists, the last session): {@code ~/.lmlens}, or the
 * folder named by the system property {@code lmlens.home} (tests point it at a temporary folder).
 */
public final class LmLensHome {
    public static final String PROPERTY = "lmlens.home";

    private LmLensHome() {
    }

    public static Path dir() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".lmlens");
    }
}
