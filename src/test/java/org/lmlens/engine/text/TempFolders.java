package org.lmlens.engine.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder of files for one try of a jqwik property (jqwik knows no {@code @TempDir}). */
public final class TempFolders {
    private TempFolders() {
    }

    /** Deletes the folder and the files in it (no subfolders). */
    public static void delete(Path folder) throws IOException {
        try (var paths = Files.list(folder)) {
            for (Path p : paths.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }
}
