package org.lmlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.common.FxTaskRunner;
import org.lmlens.ui.common.Settings;
import org.lmlens.ui.session.SessionViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every bad file of issue 8 opened through the window itself (File ▸ Open's path, as a drop does): a dialog
 * with the specific message, and the text on screen stays loaded and usable. Files that are odd but valid
 * (one token, an order longer than every sentence) load. Vanishing or changing during a load, and a 50 MB
 * line, are driven at the view-model level ({@code BadInputSessionTest}), where the load can be paused.
 */
@ExtendWith(ApplicationExtension.class)
class BadInputWindowTest {
    @TempDir
    Path dir;
    private SessionViewModel session;
    private MainView main;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        I18n.setLocale(Locale.ENGLISH);
        LmLensApp.applyTheme(false);
        session = new SessionViewModel(new FxTaskRunner());
        main = new MainView(session, new Settings(Preferences.userRoot().node("org/lmlens/test-bad-input")), stage,
                AppUiTest.scratchRecent());
        stage.setScene(main.createScene(1280, 800));
        stage.show();
        main.loadInitialSample();
    }

    @AfterEach
    void tidy(FxRobot robot) {
        robot.interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
            I18n.setLocale(Locale.ENGLISH);
        });
        org.lmlens.ui.sessionfile.RecentStore.awaitWrites();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static DialogPane dialog(FxRobot robot) {
        return robot.lookup("#error-dialog").tryQuery().map(n -> (DialogPane) n).orElse(null);
    }

    /** Opens {@code file} in the window; returns the dialog's message once the load was refused. */
    private String refused(FxRobot robot, Path file) throws Exception {
        waitFor(() -> session.modelProperty().get() != null && !session.loadingProperty().get());
        TrainedText before = session.textProperty().get();
        robot.interact(() -> main.openFile(file.toFile()));
        waitFor(() -> dialog(robot) != null && !session.loadingProperty().get());
        String message = dialog(robot).getContentText();
        assertThat(session.textProperty().get()).as(file.toString()).isSameAs(before);
        TableView<Integer> table = robot.lookup("#counts-table").query();
        assertThat(table.getItems()).as("the previous text's bigrams still on screen").hasSize(15);
        assertThat(session.modelProperty().get().probability(List.of("I"), "am")).isBetween(0.0, 1.0);
        robot.interact(() -> dialog(robot).getScene().getWindow().hide());
        assertThat(message).doesNotContain("Exception").doesNotContain("\tat ");
        return message;
    }

    @Test
    void emptyAndBlankFiles(FxRobot robot) throws Exception {
        assertThat(refused(robot, Files.createFile(dir.resolve("empty.txt"))))
                .endsWith("empty.txt is empty (0 bytes): there is no text to read");
        assertThat(refused(robot, Files.writeString(dir.resolve("blank.txt"), " \n\t\n\u3000\n")))
                .endsWith("blank.txt contains no words: the text is empty or only white space");
    }

    @Test
    void binaryFiles(FxRobot robot) throws Exception {
        assertThat(refused(robot, Files.write(dir.resolve("paper.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n".getBytes(
                StandardCharsets.ISO_8859_1)))).endsWith("paper.pdf looks like a PDF file, not plain text");
        assertThat(refused(robot, Files.write(dir.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10,
                26, 10, 0, 0, 0, 13}))).endsWith("a.png looks like a PNG image, not plain text");
        assertThat(refused(robot, Files.write(dir.resolve("notes.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0})))
                .contains("notes.zip looks like a ZIP archive");
        byte[] noise = new byte[50_000];
        new Random(3).nextBytes(noise);
        assertThat(refused(robot, Files.write(dir.resolve("noise.bin"), noise)))
                .contains("noise.bin looks like a binary file");
    }

    @Test
    void bytesInvalidInTheChosenEncoding(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        robot.interact(() -> session.encodingProperty().set(StandardCharsets.UTF_8));
        Path latin = Files.write(dir.resolve("latin.txt"), "caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refused(robot, latin)).endsWith("latin.txt is not valid UTF-8 text (line 1): choose its encoding explicitly");
    }

    @Test
    void aFolderAndAMissingFile(FxRobot robot) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("texts"));
        assertThat(refused(robot, folder)).endsWith("texts is a folder, not a text file");
        assertThat(refused(robot, dir.resolve("gone.txt"))).startsWith("File not found: ").endsWith("gone.txt");
    }

    @Test
    void inTheChineseUiTheDialogIsChinese(FxRobot robot) throws Exception {
        robot.interact(() -> I18n.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertThat(refused(robot, Files.createFile(dir.resolve("空白.txt"))))
                .endsWith("空白.txt 是空文件（0 字节）：没有可读的文本");
    }

    @Test
    void oddButValidFilesLoad(FxRobot robot) throws Exception {
        waitFor(() -> session.modelProperty().get() != null);
        java.io.File one = Files.writeString(dir.resolve("one.txt"), "hello\n").toFile();
        robot.interact(() -> main.openFile(one));
        waitFor(() -> session.textProperty().get().source().name().equals("one.txt") && session.modelProperty().get() != null);
        assertThat(dialog(robot)).isNull();
        assertThat(session.modelProperty().get().probability(List.of(), "hello")).isBetween(0.0, 1.0);

        // order 6 on two-word sentences: no 6-grams, the table says why, the model backs off
        java.io.File shortSentences = Files.writeString(dir.resolve("short.txt"), "a b\nb a\n").toFile();
        robot.interact(() -> main.openFile(shortSentences));
        waitFor(() -> session.textProperty().get().source().name().equals("short.txt"));
        robot.interact(() -> session.orderProperty().set(6));
        waitFor(() -> session.modelProperty().get() != null && session.modelProperty().get().order() == 6);
        TableView<Integer> table = robot.lookup("#counts-table").query();
        waitFor(() -> table.getItems().isEmpty() && table.getPlaceholder() != null);
        assertThat(dialog(robot)).isNull();
        assertThat(session.modelProperty().get().probability(List.of("a"), "b")).isBetween(0.0, 1.0);
    }
}
