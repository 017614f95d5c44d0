package org.lmlens.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.io.AtomicFiles;
import org.lmlens.engine.model.GeneratedSentence;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.TaskRunner;
import org.lmlens.ui.export.FileChoosers.Format;

/**
 * The File ▸ Export actions: a chart to PNG (2×) or SVG, a table to CSV, generated sentences to text, the
 * model to ARPA. The {@code export…} methods ask for a file, then write it; the {@code write…} methods
 * only write (tests, scripted use). What the FX thread must read (a chart, a table's items) is read
 * there; encoding and writing run through the task runner. Files are written atomically, and never over
 * one of the user's input files.
 */
public final class ExportActions {
    /** Writes a model in ARPA format; the engine's {@code ArpaWriter} plugs in here. */
    @FunctionalInterface
    public interface ArpaExporter {
        void write(LanguageModel model, OutputStream out) throws IOException;
    }

    /** Size used when a chart has not been laid out (never shown yet). */
    public static final double DEFAULT_WIDTH = 800;
    public static final double DEFAULT_HEIGHT = 500;

    private final TaskRunner runner;
    private final Supplier<Window> owner;
    private final FileChoosers choosers = new FileChoosers();
    private Supplier<? extends Collection<Path>> inputFiles = List::of;
    private Consumer<String> errorHandler = ExportActions::showError;
    private Consumer<Path> onWritten = p -> { };
    private ArpaExporter arpaExporter;

    public ExportActions(TaskRunner runner, Supplier<Window> owner) {
        this.runner = runner;
        this.owner = owner;
    }

    /** The files the current text was read from: export never writes over them. */
    public void setInputFiles(Supplier<? extends Collection<Path>> files) {
        this.inputFiles = Objects.requireNonNull(files);
    }

    /** Where failures are reported (default: an error dialog). */
    public void setErrorHandler(Consumer<String> handler) {
        this.errorHandler = Objects.requireNonNull(handler);
    }

    /** Called on the FX thread after a file was written (a status line…). */
    public void setOnWritten(Consumer<Path> callback) {
        this.onWritten = Objects.requireNonNull(callback);
    }

    /**
     * The integration hook for File ▸ Export model (ARPA): {@code setArpaExporter((m, out) ->
     * ArpaWriter.write(m, out))} once {@code org.lmlens.engine.arpa} is merged. Until then the action is
     * unavailable ({@link #arpaAvailable()} is false).
     */
    public void setArpaExporter(ArpaExporter exporter) {
        this.arpaExporter = exporter;
    }

    public boolean arpaAvailable() {
        return arpaExporter != null;
    }

    public FileChoosers choosers() {
        return choosers;
    }

    // ---- interactive: ask for a file, then write ----

    public Optional<Path> exportChart(ChartViewer viewer, String baseName) {
        Optional<Path> target = choosers.save(owner.get(), "export.chart.title", baseName, Format.PNG, Format.SVG);
        target.ifPresent(p -> writeChart(viewer.getChart(), width(viewer), height(viewer), p));
        return target;
    }

    public Optional<Path> exportTable(TableView<?> table, String baseName) {
        Optional<Path> target = choosers.save(owner.get(), "export.table.title", baseName, Format.CSV);
        target.ifPresent(p -> writeTable(table, p));
        return target;
    }

    public Optional<Path> exportSentences(List<GeneratedSentence> sentences, String baseName) {
        Optional<Path> target = choosers.save(owner.get(), "export.sentences.title", baseName, Format.TEXT);
        target.ifPresent(p -> writeSentences(sentences, p));
        return target;
    }

    /**
     * Exports the model shown; a method ARPA cannot represent is refused with the engine's message before a
     * file name is asked for.
     */
    public void exportArpa(javafx.beans.value.ObservableValue<LanguageModel> current) {
        LanguageModel model = current.getValue();
        if (model == null) {
            return;
        }
        try {
            org.lmlens.engine.arpa.ArpaWriter.checkWritable(model);
        } catch (org.lmlens.engine.LmLensException e) {
            errorHandler.accept(e.getMessage());
            return;
        }
        exportModelArpa(model, "model-" + model.order() + "gram-" + model.method().name()); // i18n-ok: file name
    }

    public Optional<Path> exportModelArpa(LanguageModel model, String baseName) {
        if (arpaExporter == null) {
            errorHandler.accept(I18n.get("export.error.arpaMissing"));
            return Optional.empty();
        }
        Optional<Path> target = choosers.save(owner.get(), "export.arpa.title", baseName, Format.ARPA);
        target.ifPresent(p -> writeModelArpa(model, p));
        return target;
    }

    // ---- non-interactive ----

    /** PNG at 2× or SVG, chosen by the file's extension. */
    public void writeChart(JFreeChart chart, double width, double height, Path target) {
        Format format = Format.of(target).orElse(Format.PNG);
        if (format == Format.SVG) {
            byte[] svg = ChartImages.toSvg(chart, width, height).getBytes(StandardCharsets.UTF_8);
            write(target, out -> out.write(svg));
        } else {
            BufferedImage image = ChartImages.render(chart, width, height, ChartImages.PNG_SCALE);
            write(target, out -> ChartImages.writePng(image, out));
        }
    }

    public void writeTable(TableView<?> table, Path target) {
        List<List<String>> rows = TableRows.all(table);
        write(target, out -> CsvWriter.write(rows, out));
    }

    public void writeSentences(List<GeneratedSentence> sentences, Path target) {
        byte[] bytes = SentencesText.toBytes(List.copyOf(sentences));
        write(target, out -> out.write(bytes));
    }

    public void writeModelArpa(LanguageModel model, Path target) {
        ArpaExporter exporter = arpaExporter;
        if (exporter == null) {
            errorHandler.accept(I18n.get("export.error.arpaMissing"));
            return;
        }
        write(target, out -> exporter.write(model, out));
    }

    private void write(Path target, AtomicFiles.Content content) {
        if (isInputFile(target)) {
            errorHandler.accept(I18n.get("export.error.inputFile", target));
            return;
        }
        runner.run(p -> {
            AtomicFiles.write(target, content);
            return target;
        }, onWritten, error -> errorHandler.accept(messageOf(target, error)));
    }

    boolean isInputFile(Path target) {
        Path t = target.toAbsolutePath().normalize();
        for (Path input : inputFiles.get()) {
            Path in = input.toAbsolutePath().normalize();
            try {
                if (in.equals(t) || (Files.exists(t) && Files.exists(in) && Files.isSameFile(in, t))) {
                    return true;
                }
            } catch (IOException e) {
                return true; // when in doubt, do not overwrite
            }
        }
        return false;
    }

    private static String messageOf(Path target, Throwable error) {
        if (error instanceof LmLensException) {
            return error.getMessage();
        }
        String detail = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return I18n.get("export.error.write", target, detail);
    }

    static double width(ChartViewer viewer) {
        return viewer.getWidth() > 1 ? viewer.getWidth() : DEFAULT_WIDTH;
    }

    static double height(ChartViewer viewer) {
        return viewer.getHeight() > 1 ? viewer.getHeight() : DEFAULT_HEIGHT;
    }

    private static void showError(String message) {
        org.lmlens.ui.common.Dialogs.error(null, I18n.get("export.error.header"), message);
    }
}
