package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.model.TrainedText;

/** Files that are not text, or not there, are refused with a message saying what is wrong. */
class BadInputTest {
    @TempDir
    Path dir;

    private void assertRefused(Path file, String... fragments) {
        assertThatThrownBy(() -> TrainedText.load(TextSource.ofFile(file), TextOptions.automatic(), 1, 2, Progress.NONE))
                .isInstanceOf(LmLensException.class)
                .hasMessageContaining(file.getFileName().toString())
                .hasMessageContainingAll(fragments);
    }

    @Test
    void pdf() throws IOException {
        Path f = dir.resolve("paper.pdf");
        Files.write(f, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(f, "looks like a PDF file, not plain text");
    }

    @Test
    void png() throws IOException {
        Path f = dir.resolve("picture.png");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertRefused(f, "looks like a PNG image");
    }

    @Test
    void zipAndWordDocuments() throws IOException {
        Path f = dir.resolve("essay.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document>床前明月光</w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertRefused(f, "looks like a ZIP archive");
    }

    @Test
    void randomBytes() throws IOException {
        byte[] b = new byte[100_000];
        new Random(42).nextBytes(b);
        Path f = dir.resolve("noise.bin");
        Files.write(f, b);
        assertRefused(f, "looks like a binary file");
    }

    @Test
    void controlCharactersWithoutNul() throws IOException {
        byte[] b = new byte[4000];
        Random r = new Random(7);
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (1 + r.nextInt(31));
        }
        Path f = dir.resolve("controls.dat");
        Files.write(f, b);
        assertRefused(f, "looks like a binary file", "control characters");
    }

    @Test
    void utf16WithoutBomIsText() throws IOException {
        Path f = TextSamples.write(dir, "utf16.txt", "the cat sat\nthe dog ran\n", StandardCharsets.UTF_16LE);
        TrainedText t = TrainedText.load(TextSource.ofFile(f), TextOptions.automatic(), 1, 2, Progress.NONE);
        assertThat(t.corpus().wordTokens()).isEqualTo(6);
        assertThat(t.textInfo().encoding()).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @Test
    void emptyFile() throws IOException {
        Path f = Files.createFile(dir.resolve("empty.txt"));
        assertRefused(f, "is empty");
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        Path f = Files.writeString(dir.resolve("blank.txt"), "  \n\t\n\u3000\n\n");
        assertRefused(f, "contains no words");
    }

    @Test
    void folder() throws IOException {
        Path d = Files.createDirectory(dir.resolve("texts"));
        assertRefused(d, "is a folder, not a text file");
    }

    @Test
    void missingFile() {
        assertRefused(dir.resolve("nowhere.txt"), "File not found");
    }

    @Test
    void unreadableFile() throws IOException {
        Path f = Files.writeString(dir.resolve("secret.txt"), "hello world\n");
        boolean changed = f.toFile().setReadable(false, false);
        org.junit.jupiter.api.Assumptions.assumeTrue(changed && !Files.isReadable(f), "running as a user who can read anything");
        assertRefused(f, "permission denied");
    }

    @Test
    void anUndecodableFileInAGivenEncodingNamesFileEncodingAndLine() throws IOException {
        Path f = TextSamples.write(dir, "poem-gbk.txt", "first line\n" + TextSamples.TANG, Charset.forName("GBK"));
        assertThatThrownBy(() -> TrainedText.load(TextSource.ofFile(f),
                TextOptions.automatic().withEncoding(StandardCharsets.UTF_8), 1, 2, Progress.NONE))
                .isInstanceOf(LmLensException.class)
                .hasMessage(f + " is not valid UTF-8 text (line 2): choose its encoding explicitly");
    }
}
