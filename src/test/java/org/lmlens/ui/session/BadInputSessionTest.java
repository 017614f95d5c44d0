package org.lmlens.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.Progress;
import org.lmlens.i18n.I18n;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.common.TaskRunner;
import org.lmlens.ui.counts.CountsViewModel;

/**
 * Every kind of bad input, loaded through the session as the app does: the user gets the engine's own
 * specific message, and the text loaded before stays loaded and usable.
 */
class BadInputSessionTest {
    @TempDir
    Path dir;
    final List<String> errors = new ArrayList<>();
    /** Runs on the calling thread; its progress calls {@link #onRead} at every "read" update. */
    Consumer<Double> onRead = f -> { };
    SessionViewModel session;
    TrainedText before;

    @BeforeEach
    void loadSam() {
        TaskRunner hooked = new TaskRunner() {
            @Override
            public <T> Handle run(Work<T> work, Consumer<? super T> ok, Consumer<Throwable> failed, DoubleConsumer p) {
                Progress progress = new Progress() {
                    @Override
                    public void update(String stage, double fraction) {
                        if (stage.equals("read")) {
                            onRead.accept(fraction);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                };
                return new SameThreadTaskRunner().run(x -> work.call(progress), ok, failed, p);
            }
        };
        session = new SessionViewModel(hooked);
        session.setErrorHandler(errors::add);
        session.load(Samples.byId("sam"));
        before = session.textProperty().get();
        assertThat(before).isNotNull();
    }

    /** Loads a file that must fail: returns the one message shown, after checking the old text still works. */
    String refused(Path file, TextOptions options) {
        session.load(SessionViewModel.Origin.of(file), options);
        assertThat(errors).as("messages for %s", file).hasSize(1);
        assertThat(session.textProperty().get()).isSameAs(before);
        assertThat(session.loadingProperty().get()).isFalse();
        assertThat(session.modelProperty().get().probability(List.of("I"), "am")).isBetween(0.0, 1.0);
        return errors.get(0);
    }

    String refused(Path file) {
        return refused(file, TextOptions.defaults());
    }

    @Test
    void emptyFile() throws IOException {
        assertThat(refused(Files.createFile(dir.resolve("empty.txt")))).contains("empty.txt is empty (0 bytes)");
    }

    @Test
    void inTheChineseUiTheMessageIsChinese() throws IOException {
        I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(refused(Files.createFile(dir.resolve("empty.txt")))).endsWith("empty.txt 是空文件（0 字节）：没有可读的文本");
            errors.clear();
            assertThat(refused(Files.writeString(dir.resolve("blank.txt"), " \n\u3000\n")))
                    .endsWith("blank.txt 中没有词：文本为空或只有空白");
        } finally {
            I18n.setLocale(java.util.Locale.ENGLISH);
        }
    }

    @Test
    void whiteSpaceOnly() throws IOException {
        assertThat(refused(Files.writeString(dir.resolve("blank.txt"), " \n\t\n\u3000\n  \r\n")))
                .contains("blank.txt contains no words");
    }

    @Test
    void pdfPngZipAndRandomBytes() throws IOException {
        assertThat(refused(Files.write(dir.resolve("a.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(
                StandardCharsets.ISO_8859_1)))).endsWith("a.pdf looks like a PDF file, not plain text");
        errors.clear();
        assertThat(refused(Files.write(dir.resolve("a.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0,
                0, 0, 13}))).endsWith("a.png looks like a PNG image, not plain text");
        errors.clear();
        assertThat(refused(Files.write(dir.resolve("a.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0})))
                .contains("a.zip looks like a ZIP archive");
        errors.clear();
        byte[] noise = new byte[100_000];
        new Random(9).nextBytes(noise);
        assertThat(refused(Files.write(dir.resolve("noise.bin"), noise))).contains("noise.bin looks like a binary file");
    }

    @Test
    void invalidBytesInTheChosenEncoding() throws IOException {
        Path f = Files.write(dir.resolve("latin.txt"), "caf\u00e9 au lait\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(refused(f, TextOptions.defaults().withEncoding(StandardCharsets.UTF_8)))
                .contains("latin.txt is not valid UTF-8 text (line 1): choose its encoding explicitly");
    }

    @Test
    void aFiftyMegabyteLineLoadsInPiecesWithoutFreezing() throws IOException {
        Path f = dir.resolve("one-line.txt");
        try (OutputStream out = Files.newOutputStream(f)) {
            byte[] chunk = "lorem ipsum dolor sit ".repeat(1000).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 50L << 20; written += chunk.length) {
                out.write(chunk);
            }
        }
        session.load(SessionViewModel.Origin.of(f), TextOptions.defaults());
        assertThat(errors).isEmpty();
        TrainedText t = session.textProperty().get();
        assertThat(t).isNotSameAs(before);
        assertThat(t.corpus().sentenceCount()).isGreaterThan(1); // capped pieces, not one 12-million-word sentence
        assertThat(session.modelProperty().get().probability(List.of("lorem"), "ipsum")).isBetween(0.9, 1.0);
    }

    @Test
    void aFileOfOneToken() throws IOException {
        session.load(SessionViewModel.Origin.of(Files.writeString(dir.resolve("one.txt"), "hello\n")),
                TextOptions.defaults());
        assertThat(errors).isEmpty();
        assertThat(session.textProperty().get().corpus().wordTokens()).isEqualTo(1);
        assertThat(session.modelProperty().get().probability(List.of(), "hello")).isBetween(0.0, 1.0);
    }

    @Test
    void anOrderLongerThanEverySentence() throws IOException {
        session.load(SessionViewModel.Origin.of(Files.writeString(dir.resolve("pairs.txt"), "a b\nb a\na a\n")),
                TextOptions.defaults());
        assertThat(errors).isEmpty();
        CountsViewModel counts = new CountsViewModel(org.lmlens.ui.TabContexts.of(session));
        session.orderProperty().set(6);
        counts.tableOrderProperty().set(6);
        assertThat(counts.tableProperty().get().size()).isZero();
        assertThat(CountsViewModel.emptyMessage(counts.tableProperty().get())).isEqualTo(I18n.get("counts.none.order", 6))
                .isNotEqualTo(I18n.get("counts.empty"));
        counts.tableOrderProperty().set(2);
        assertThat(CountsViewModel.emptyMessage(counts.tableProperty().get())).isEqualTo(I18n.get("counts.empty"));
        assertThat(session.modelProperty().get().order()).isEqualTo(6);
        assertThat(session.modelProperty().get().probability(List.of("a", "b"), "a")).isBetween(0.0, 1.0);
    }

    @Test
    void aFolderAndAMissingFile() throws IOException {
        assertThat(refused(Files.createDirectory(dir.resolve("folder")))).endsWith("folder is a folder, not a text file");
        errors.clear();
        assertThat(refused(dir.resolve("missing.txt"))).contains("File not found").endsWith("missing.txt");
    }

    @Test
    void aFileDeletedWhileItLoads() throws IOException {
        Path f = Files.writeString(dir.resolve("vanishing.txt"), "one two three\n".repeat(100));
        onRead = fraction -> {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        assertThat(refused(f)).endsWith("vanishing.txt was deleted or moved while it was being read");
    }

    @Test
    void aFileTruncatedWhileItLoads() throws IOException {
        Path f = Files.writeString(dir.resolve("growing.txt"), "one two three four\n".repeat(20_000));
        onRead = fraction -> {
            if (fraction > 0) { // after the first lines were read
                try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
                    ch.truncate(100);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        assertThat(refused(f)).contains("growing.txt changed while it was being read (380000 bytes when reading"
                + " started, 100 bytes now): load it again once it is complete");
    }
}
