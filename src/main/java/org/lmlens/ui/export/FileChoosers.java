package org.lmlens.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.lmlens.i18n.I18n;

/**
 * Save dialogs with a default file name (what is exported + the date, e.g. {@code bigram-counts-2026-11-28.csv})
 * and filters for the formats offered. The folder last saved to is remembered for the next dialog.
 */
public final class FileChoosers {
    /** A file format: its i18n description key and its extension (without the dot). */
    public enum Format {
        PNG("export.format.png", "png"), SVG("export.format.svg", "svg"), CSV("export.format.csv", "csv"), // i18n-ok: file extensions
        TEXT("export.format.txt", "txt"), ARPA("export.format.arpa", "arpa"), SESSION("export.format.session", "lmlens.json"); // i18n-ok: file extensions

        public final String key;
        public final String extension;

        Format(String key, String extension) {
            this.key = key;
            this.extension = extension;
        }

        public FileChooser.ExtensionFilter filter() {
            return new FileChooser.ExtensionFilter(I18n.get(key) + " (*." + extension + ")", "*." + extension);
        }

        public static Optional<Format> of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (name.endsWith("." + f.extension)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private Path lastFolder;

    /** A file name safe on every OS: what would be illegal on Windows becomes '-'. */
    public static String defaultName(String base, Format format) {
        String clean = base.strip().replaceAll("[\\\\/:*?\"<>|\\s]+", "-");
        if (clean.isEmpty()) {
            clean = "lm-lens";
        }
        return clean + "-" + LocalDate.now() + "." + format.extension;
    }

    /** Shows a save dialog offering the formats (the first is preselected); empty when cancelled. */
    public Optional<Path> save(Window owner, String titleKey, String baseName, Format... formats) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get(titleKey));
        for (Format f : formats) {
            chooser.getExtensionFilters().add(f.filter());
        }
        chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().get(0));
        chooser.setInitialFileName(defaultName(baseName, formats[0]));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = withExtension(chosen.toPath(), chooser.getSelectedExtensionFilter(), formats);
        lastFolder = path.toAbsolutePath().getParent();
        return Optional.of(path);
    }

    /** Shows an open dialog for one format; empty when cancelled. */
    public Optional<Path> open(Window owner, String titleKey, Format format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get(titleKey));
        chooser.getExtensionFilters().add(format.filter());
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            lastFolder = chosen.toPath().toAbsolutePath().getParent();
        }
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    /** Adds the selected filter's extension when the user typed a name without a known one (Linux dialogs don't). */
    static Path withExtension(Path chosen, FileChooser.ExtensionFilter selected, Format... formats) {
        if (Format.of(chosen).filter(f -> java.util.Arrays.asList(formats).contains(f)).isPresent()) {
            return chosen;
        }
        Format wanted = formats[0];
        for (Format f : formats) {
            if (selected != null && selected.getExtensions().contains("*." + f.extension)) {
                wanted = f;
            }
        }
        return chosen.resolveSibling(chosen.getFileName() + "." + wanted.extension);
    }
}
