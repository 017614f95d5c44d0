package org.lmlens.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The UI listens to the language only through {@code LanguageListener} (or {@code WhenShown}, which uses it):
 * a listener added to the global language property directly keeps its view's window alive for good, and
 * every closed window then relabels itself at each language switch.
 */
class LanguageListenersTest {
    @Test
    void noUiSourceAddsAListenerToTheLanguageDirectly() throws IOException {
        Path ui = Path.of("src/main/java/org/lmlens/ui");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(ui)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("LanguageListener.java"))
                    .filter(f -> read(f).replaceAll("\\s+", "").contains("bundleProperty().addListener("))
                    .map(f -> ui.relativize(f).toString()).toList();
        }
        assertThat(offenders).isEmpty();
        assertThat(read(ui.resolve("common/LanguageListener.java")))
                .as("the one place that does, weakly").contains("new WeakChangeListener<>(");
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
