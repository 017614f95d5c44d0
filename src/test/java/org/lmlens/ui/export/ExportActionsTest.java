package org.lmlens.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.model.GeneratedSentence;
import org.lmlens.ui.common.SettlingRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.w3c.dom.Document;

@ExtendWith(ApplicationExtension.class)
class ExportActionsTest {
    @TempDir
    Path dir;

    private ChartViewer viewer;
    private TableView<TestCharts.Row> table;
    private ExportActions actions;
    private final List<String> errors = new ArrayList<>();
    private final List<Path> written = new ArrayList<>();
    private Path input;
    private final SettlingRunner runner = new SettlingRunner();

    @Start
    void start(Stage stage) {
        viewer = new ChartViewer(TestCharts.barChart());
        viewer.setPrefSize(400, 300);
        viewer.setMinSize(400, 300);
        viewer.setMaxSize(400, 300);
        table = TestCharts.table();
        stage.setScene(new Scene(new VBox(viewer, table), 600, 700));
        stage.show();
    }

    @BeforeEach
    void setUp() throws Exception {
        input = Files.writeString(dir.resolve("训练文本.txt"), "I am Sam\n");
        actions = new ExportActions(runner, () -> null);
        actions.setErrorHandler(errors::add);
        actions.setOnWritten(written::add);
        actions.setInputFiles(() -> List.of(input));
    }

    @Test
    void pngIsTwiceTheChartSizeOnScreen(FxRobot robot) throws Exception {
        assertThat(viewer.getWidth()).isEqualTo(400);
        Path png = dir.resolve("图表.png");
        robot.interact(() -> actions.writeChart(viewer.getChart(), ExportActions.width(viewer),
                ExportActions.height(viewer), png));
        runner.settle();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(written).containsExactly(png);
        assertThat(errors).isEmpty();
    }

    @Test
    void svgParsesAsXmlWithAnSvgRoot(FxRobot robot) throws Exception {
        Path svg = dir.resolve("chart.svg");
        robot.interact(() -> actions.writeChart(viewer.getChart(), 400, 300, svg));
        runner.settle();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // JFreeSVG writes the SVG 1.1 DOCTYPE; parse offline, without fetching the DTD
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(svg.toFile());
        assertThat(doc.getDocumentElement().getNodeName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).startsWith("400");
        assertThat(Files.readString(svg)).contains("条件概率");
    }

    @Test
    void csvHasBomAndRoundTripsTheTableWithChinese(FxRobot robot) throws Exception {
        Path csv = dir.resolve("counts.csv");
        robot.interact(() -> actions.writeTable(table, csv));
        runner.settle();
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = Csv.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(TestCharts.ROWS.size() + 1);
        assertThat(rows.get(0)).containsExactly("n 元组", "count", "P(w | h)");
        assertThat(rows.get(3)).containsExactly("床前 明月", "1", "0.25");
        assertThat(rows.get(4).get(0)).isEqualTo("say \"hi\", then");
        assertThat(Double.parseDouble(rows.get(1).get(2))).isEqualTo(2.0 / 3);
    }

    @Test
    void csvFollowsTheTablesSortOrder(FxRobot robot) throws Exception {
        Path csv = dir.resolve("sorted.csv");
        robot.interact(() -> {
            table.getSortOrder().setAll(table.getColumns().get(2));
            table.sort();
            actions.writeTable(table, csv);
        });
        runner.settle();
        String text = Files.readString(csv, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = Csv.parse(text);
        assertThat(rows.get(1).get(2)).isEqualTo("0");
        assertThat(rows.get(4).get(0)).isEqualTo("I am");
    }

    @Test
    void sentencesAreUtf8TextOnePerLine() throws Exception {
        Path txt = dir.resolve("sentences.txt");
        List<GeneratedSentence> sentences = List.of(
                new GeneratedSentence(List.of("I", "am", "Sam"), List.of(), List.of(), true),
                new GeneratedSentence(List.of("床", "前", "明", "月", "光"), List.of(), List.of(), true),
                new GeneratedSentence(List.of("Sam", "I"), List.of(), List.of(), false));
        actions.writeSentences(sentences, txt);
        runner.settle();
        assertThat(Files.readString(txt, StandardCharsets.UTF_8)).isEqualTo("I am Sam\n床前明月光\nSam I …\n");
    }

    @Test
    void neverWritesOverTheInputText() throws Exception {
        actions.writeSentences(List.of(new GeneratedSentence(List.of("x"), List.of(), List.of(), true)),
                dir.resolve("./训练文本.txt"));
        runner.settle();
        assertThat(Files.readString(input)).isEqualTo("I am Sam\n");
        assertThat(errors).singleElement().asString().contains("训练文本.txt");
        assertThat(written).isEmpty();
    }

    @Test
    void aWriteFailureIsReportedAndLeavesNoFile(FxRobot robot) throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path target = blocker.resolve("chart.png");
        robot.interact(() -> actions.writeChart(viewer.getChart(), 400, 300, target));
        runner.settle();
        assertThat(errors).singleElement().asString().contains("chart.png");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(input, blocker);
        }
    }

    @Test
    void arpaHookWritesThroughTheInstalledExporter() throws Exception {
        Path arpa = dir.resolve("model.arpa");
        actions.writeModelArpa(null, arpa);
        runner.settle();
        assertThat(errors).hasSize(1);
        assertThat(actions.arpaAvailable()).isFalse();
        actions.setArpaExporter((model, out) -> out.write("\\data\\\n".getBytes(StandardCharsets.US_ASCII)));
        actions.writeModelArpa(null, arpa);
        runner.settle();
        assertThat(Files.readString(arpa)).isEqualTo("\\data\\\n");
    }

    @Test
    void ctrlCOnATableCopiesTheSelectedRowsAsTabSeparatedText(FxRobot robot) {
        robot.interact(() -> {
            TableClipboard.install(table);
            table.getSelectionModel().select(0);
            table.getSelectionModel().select(2);
        });
        robot.clickOn(table.lookup(".table-row-cell"));
        robot.interact(() -> table.getSelectionModel().select(2));
        robot.interact(() -> table.requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL).press(javafx.scene.input.KeyCode.C)
                .release(javafx.scene.input.KeyCode.C).release(javafx.scene.input.KeyCode.CONTROL);
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertThat(copied[0]).isEqualTo("n 元组\tcount\tP(w | h)\nI am\t2\t" + 2.0 / 3 + "\n床前 明月\t1\t0.25\n");
    }

    @Test
    void copyingAChartPutsATwiceSizedImageOnTheClipboard(FxRobot robot) {
        robot.interact(() -> ChartClipboard.install(viewer));
        robot.interact(() -> ChartClipboard.copy(viewer));
        double[] size = new double[2];
        robot.interact(() -> {
            javafx.scene.image.Image image = Clipboard.getSystemClipboard().getImage();
            size[0] = image == null ? -1 : image.getWidth();
            size[1] = image == null ? -1 : image.getHeight();
        });
        assertThat(size).containsExactly(800, 600);
        assertThat(viewer.getContextMenu().getItems().get(0).getText()).isNotBlank();
    }

    @Test
    void copyFocusedCopiesFromTheFocusedTableOrChart(FxRobot robot) {
        robot.interact(() -> {
            table.getSelectionModel().select(1);
            table.requestFocus();
        });
        boolean[] copied = new boolean[1];
        String[] text = new String[1];
        robot.interact(() -> {
            copied[0] = CopyFocused.copy(table.getScene());
            text[0] = Clipboard.getSystemClipboard().getString();
        });
        assertThat(copied[0]).isTrue();
        assertThat(text[0]).endsWith("I do\t1\t" + 1.0 / 3 + "\n");
        robot.interact(() -> {
            viewer.setFocusTraversable(true);
            viewer.requestFocus();
            copied[0] = CopyFocused.copy(viewer.getScene());
            copied[0] &= Clipboard.getSystemClipboard().hasImage();
        });
        assertThat(copied[0]).isTrue();
    }

    @Test
    void defaultNamesAreSafeAndCarryTheExtension() {
        assertThat(FileChoosers.defaultName("bigram counts: 床/前", FileChoosers.Format.CSV))
                .matches("bigram-counts-床-前-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(FileChoosers.withExtension(Path.of("chart"), null, FileChoosers.Format.PNG, FileChoosers.Format.SVG))
                .isEqualTo(Path.of("chart.png"));
        assertThat(FileChoosers.withExtension(Path.of("chart.svg"), null, FileChoosers.Format.PNG, FileChoosers.Format.SVG))
                .isEqualTo(Path.of("chart.svg"));
    }
}
