package org.lmlens.demo;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.lmlens.engine.model.Distribution;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.model.WordProbability;
import org.lmlens.engine.smoothing.Methods;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextSource;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.Fonts;
import org.lmlens.ui.export.ChartClipboard;
import org.lmlens.ui.export.TableClipboard;
import org.lmlens.ui.help.HelpDialogs;
import org.lmlens.ui.help.Shortcuts;
import org.lmlens.ui.presenter.PresenterMode;

/**
 * Shows the classroom pieces together, as the main window will: the SLP3 mini-corpus' P(w | I) under MLE
 * and add-one, as a table and a bar chart, with presenter mode on. {@code --snapshot FILE} writes a PNG of
 * the window and exits (run {@code org.lmlens.demo.ClassroomDemo$Main} under {@code xvfb-run -a}); {@code --zh}
 * switches to Chinese; {@code --guide} / {@code --shortcuts} open (and snapshot) the help dialogs;
 * {@code --export DIR} writes the chart (PNG, SVG) and the table (CSV) there.
 */
public class ClassroomDemo extends Application {
    /** One row: a next word and its probability under each method. */
    public record Row(String word, double mle, double laplace) {
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        if (args.contains("--zh")) {
            I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        TrainedText text = TrainedText.load(TextSource.ofString("sam.txt",
                "I am Sam\nSam I am\nI do not like green eggs and ham\n"), TextOptions.defaults(), 1, 2,
                org.lmlens.engine.Progress.NONE);
        LanguageModel mle = text.model(2, Methods.byName("mle"), org.lmlens.engine.smoothing.Parameters.NONE);
        LanguageModel laplace = text.model(2, Methods.byName("laplace"), org.lmlens.engine.smoothing.Parameters.NONE);
        Distribution pMle = mle.distribution(List.of("I"));
        Distribution pAdd = laplace.distribution(List.of("I"));
        List<Row> rows = pAdd.top(8).stream().map(WordProbability::word)
                .map(w -> new Row(w, pMle.probability(w), pAdd.probability(w))).toList();

        TableView<Row> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.getColumns().add(column("w", Row::word));
        table.getColumns().add(column("MLE P(w | I)", r -> String.format(Locale.ROOT, "%.3f", r.mle())));
        table.getColumns().add(column("add-one P(w | I)", r -> String.format(Locale.ROOT, "%.3f", r.laplace())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefWidth(520);
        table.setMinHeight(0);
        TableClipboard.install(table);

        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Row r : rows) {
            data.addValue(r.mle(), "MLE", r.word());
            data.addValue(r.laplace(), "add-one (Laplace)", r.word());
        }
        JFreeChart chart = ChartFactory.createBarChart("P(w | I) — 最大似然 vs 加一平滑", null, "P", data,
                PlotOrientation.VERTICAL, true, false, false);
        chart.getTitle().setFont(Fonts.awt(java.awt.Font.BOLD, 16f));
        chart.getLegend().setItemFont(Fonts.awt(java.awt.Font.PLAIN, 12f));
        chart.getCategoryPlot().getDomainAxis().setTickLabelFont(Fonts.awt(java.awt.Font.PLAIN, 11f));
        ChartViewer viewer = new ChartViewer(chart);
        ChartClipboard.install(viewer);
        HBox.setHgrow(viewer, Priority.ALWAYS);
        viewer.setMinSize(0, 0);

        Label heading = new Label("I am Sam · Sam I am · I do not like green eggs and ham");
        heading.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold;");
        HBox content = new HBox(16, table, viewer);
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox body = new VBox(12, heading, content);
        body.setPadding(new Insets(12));
        BorderPane root = new BorderPane(body);
        root.setTop(menus(stage));
        String family = Fonts.fxFamily();
        if (family != null) {
            root.setStyle("-fx-font-family: '" + family + "';");
        }

        Scene scene = new Scene(root, 1280, 720);
        PresenterMode presenter = PresenterMode.install(scene);
        presenter.charts().add(viewer);
        presenter.setActive(true);
        stage.setTitle("LM Lens — ClassroomDemo");
        stage.setScene(scene);
        stage.show();

        int exportAt = args.indexOf("--export");
        if (exportAt >= 0) {
            Path dir = Path.of(args.get(exportAt + 1));
            org.lmlens.ui.export.ExportActions export = new org.lmlens.ui.export.ExportActions(
                    new org.lmlens.ui.common.SameThreadTaskRunner(), () -> stage);
            export.setErrorHandler(System.err::println);
            Platform.runLater(() -> {
                export.writeChart(chart, viewer.getWidth(), viewer.getHeight(), dir.resolve("chart.png"));
                export.writeChart(chart, viewer.getWidth(), viewer.getHeight(), dir.resolve("chart.svg"));
                export.writeTable(table, dir.resolve("table.csv"));
            });
        }
        Scene shown = scene;
        if (args.contains("--guide")) {
            shown = HelpDialogs.showGuideNow(stage).getDialogPane().getScene();
        } else if (args.contains("--shortcuts")) {
            shown = HelpDialogs.showShortcuts(stage).getDialogPane().getScene();
        }
        int at = args.indexOf("--snapshot");
        if (at >= 0) {
            Path out = Path.of(args.get(at + 1));
            Scene target = shown;
            // two pulses: one for CSS and layout, one for the chart canvas to draw
            Platform.runLater(() -> Platform.runLater(() -> snapshot(target, out)));
        }
    }

    private MenuBar menus(Stage stage) {
        MenuItem presenter = item("menu.view.presenter", Shortcuts.PRESENTER);
        MenuItem guide = item("menu.help.guide", Shortcuts.GUIDE);
        guide.setOnAction(e -> HelpDialogs.showGuide(stage));
        MenuItem keys = item("menu.help.shortcuts", null);
        keys.setOnAction(e -> HelpDialogs.showShortcuts(stage));
        Menu view = new Menu("View", null, presenter, item("menu.view.zoomIn", Shortcuts.ZOOM_IN),
                item("menu.view.zoomOut", Shortcuts.ZOOM_OUT));
        Menu export = new Menu(I18n.get("menu.export"), null, item("menu.export.chart", Shortcuts.EXPORT_CHART),
                item("menu.export.table", null), item("menu.session.save", Shortcuts.SAVE_SESSION));
        return new MenuBar(export, view, new Menu(I18n.getOrDefault("menu.help", "Help"), null, guide, keys));
    }

    private static MenuItem item(String key, Shortcuts shortcut) {
        MenuItem item = new MenuItem(I18n.get(key));
        if (shortcut != null) {
            item.setAccelerator(shortcut.primary());
        }
        return item;
    }

    private static TableColumn<Row, String> column(String title, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleObjectProperty<>(value.apply(d.getValue())));
        return c;
    }

    private static void snapshot(Scene scene, Path out) {
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", out.toFile());
        } catch (IOException e) {
            System.err.println("Snapshot failed: " + e.getMessage());
        }
        Platform.exit();
    }

    /** Entry point on a plain classpath (a main class extending Application needs JavaFX modules). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(ClassroomDemo.class, args);
        }
    }
}
