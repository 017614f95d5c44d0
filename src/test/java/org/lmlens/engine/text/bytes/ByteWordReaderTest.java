package org.lmlens.engine.text.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.text.SpacedTexts;
import org.lmlens.engine.text.TempFolders;
import org.lmlens.engine.text.TextInfo;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextReader;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.Tokenizers;

/**
 * The byte path ({@link ByteWordReader}) gives exactly what reading by characters gives: the same
 * sentences of ids, the same words in the same order of first appearance, the same error message with
 * the same line, whatever the spaces, line breaks, markers, case, encoding or byte-order mark; and it
 * leaves a file with an overlong line to the characters before reading anything.
 */
class ByteWordReaderTest {
    @TempDir
    Path dir;

    /** Tokens that exercise every branch: runs of 1-7, 8, 9-16 and more bytes, non-ASCII, spaces inside. */
    private static final List<String> TOKENS = List.of("a", "b", "The", "the", "THE", "über", "Über", "中文",
            "中文字",
            "x\u3000y", "nb\u00a0sp", "ab\u0085cd", "<s>", "</s>", "<unk>", "exactly8", "exactly8+", "sixteen_bytes_xx",
            "sixteen_bytes_xxy", "sixteen_bytes_xxyz", "a-much-longer-token-of-many-bytes", "a-much-longer-token-of-many-bytez", "é", "😀", "\u200b", "\u3000");
    private static final List<String> GAPS = List.of(" ", " ", " ", "\t", "  ", "\n", "\r\n", "\r", "\n\n", "\f",
            "\u000b", " \n", "\u007f");

    @Provide
    Arbitrary<String> texts() {
        return SpacedTexts.of(TOKENS, GAPS, 0, 60);
    }

    @Property(tries = 300)
    void sameAsTheCharacterPath(@ForAll("texts") String first, @ForAll("texts") String second,
                                @ForAll boolean lowercase, @ForAll boolean bom,
                                @ForAll @IntRange(min = 0, max = 2) int encoding) throws IOException {
        Charset cs = List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_8).get(encoding);
        // jqwik knows no @TempDir: one folder per try, removed at the end.
        Path tmp = Files.createTempDirectory("byte-words");
        try {
            List<Path> files = new ArrayList<>();
            files.add(write(tmp, "one.txt", first + second, cs, bom && cs == StandardCharsets.UTF_8));
            compare(files, (first + second).isBlank(), lowercase, encoding == 2 ? null : cs);
        } finally {
            TempFolders.delete(tmp);
        }
    }

    private static void compare(List<Path> files, boolean blank, boolean lowercase, Charset given) {
        if (blank) {
            return; // a text without words is refused by both paths (BadInputTest)
        }
        TextSource source = TextSource.ofFiles(files);
        TextOptions options = TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace"))
                .withLowercase(lowercase).withEncoding(given);
        Throwable refused = catchThrowable(() -> TextReader.inspect(source, options));
        if (refused != null) { // too many control characters: both paths refuse it alike
            assertThat(catchThrowable(() -> viaBytes(source, options))).hasMessage(refused.getMessage());
            assertThat(catchThrowable(() -> viaCharacters(source, options))).hasMessage(refused.getMessage());
            return;
        }
        assertBytePathRuns(source, options);
        assertThat(viaBytes(source, options)).isEqualTo(viaCharacters(source, options));
    }

    @Test
    void anInvalidByteIsReportedOnItsLineByBothPaths() throws IOException {
        for (byte[] bad : List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xE4, (byte) 0xB8},
                new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})) {
            for (int line : new int[] {1, 2, 57}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int i = 1; i <= 60; i++) {
                    if (i == line) {
                        out.writeBytes("x ".getBytes(StandardCharsets.UTF_8));
                        out.writeBytes(bad);
                        out.writeBytes(" y".getBytes(StandardCharsets.UTF_8));
                    } else {
                        out.writeBytes(("w" + i + " common words").getBytes(StandardCharsets.UTF_8));
                    }
                    out.writeBytes((i % 2 == 0 ? "\r\n" : "\n").getBytes(StandardCharsets.UTF_8));
                }
                Path f = dir.resolve("bad.txt");
                Files.write(f, out.toByteArray());
                TextSource source = TextSource.ofFile(f);
                TextOptions options = TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace"));
                assertBytePathRuns(source, options);
                Throwable bytes = catchThrowable(() -> viaBytes(source, options));
                Throwable chars = catchThrowable(() -> viaCharacters(source, options));
                assertThat(bytes).isInstanceOf(LmLensException.class).hasMessageContaining("line " + line);
                assertThat(bytes).hasMessage(chars.getMessage());
            }
        }
    }

    @Test
    void aFileWithALineLongerThanTheLimitIsLeftToTheCharacters() throws IOException {
        StringBuilder text = new StringBuilder("before the long line\r\nand another\n");
        while (text.length() < TextReader.MAX_LINE + 200_000) {
            text.append("alpha beta gamma delta ");
        }
        text.append("\nafter it\nlast line without a break");
        Path f = write(dir, "long.txt", text.toString(), StandardCharsets.UTF_8, false);
        TextSource source = TextSource.ofFile(f);
        TextOptions options = TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace"));
        assertBytePathRuns(source, options);
        Numbering numbering = new Numbering();
        assertThat(ByteWordReader.read(source, TextReader.inspect(source, options), options, numbering,
                Progress.NONE)).isFalse();
        assertThat(numbering.sentences).isEmpty();
        assertThat(numbering.words).isEmpty();
    }

    @Test
    void whatOnlyTheCharacterPathHonoursIsLeftToIt() throws IOException {
        Path plain = write(dir, "plain.txt", "one two .\nthree four\n", StandardCharsets.UTF_8, false);
        TextOptions whitespace = TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace"));
        assertBytePathRuns(TextSource.ofFile(plain), whitespace);
        // punct sentences may span lines: the byte path cuts at line ends only
        TextOptions punct = whitespace.withSentenceMode(org.lmlens.engine.text.SentenceMode.PUNCT);
        assertThat(ByteWordReader.applies(TextSource.ofFile(plain), TextReader.inspect(TextSource.ofFile(plain), punct),
                punct)).isFalse();
        // gzip data: its size is unknown before it is decompressed, which the character path streams
        Path gz = dir.resolve("plain.txt.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(plain));
        }
        TextSource compressed = TextSource.ofFile(gz);
        assertThat(ByteWordReader.applies(compressed, TextReader.inspect(compressed, whitespace), whitespace)).isFalse();
        assertThat(viaCharacters(compressed, whitespace)).isEqualTo(viaBytes(TextSource.ofFile(plain), whitespace));
        assertThat(viaCharacters(compressed, whitespace).words()).containsExactly("one", "two", ".", "three", "four");
    }

    @Test
    void aLongTextIsCancelledWhereverItIsAsked() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("line ").append(i % 500).append(" of words\n");
        }
        TextSource source = TextSource.ofFile(write(dir, "many.txt", text.toString(), StandardCharsets.UTF_8, false));
        TextOptions options = TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace"));
        assertBytePathRuns(source, options);
        AtomicInteger polls = new AtomicInteger();
        TextInfo info = TextReader.inspect(source, options);
        ByteWordReader.read(source, info, options, new Numbering(), cancelAfter(Integer.MAX_VALUE, polls));
        assertThat(polls.get()).isGreaterThan(3);
        for (int k = 1; k <= polls.get(); k++) {
            Progress p = cancelAfter(k, new AtomicInteger());
            assertThat(catchThrowable(() -> ByteWordReader.read(source, info, options, new Numbering(), p)))
                    .as("cancelled at poll %d", k).isInstanceOf(Progress.CancelledException.class);
        }
    }

    private static Progress cancelAfter(int k, AtomicInteger polls) {
        return new Progress() {
            @Override
            public void update(String stage, double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return polls.incrementAndGet() >= k;
            }
        };
    }

    private static void assertBytePathRuns(TextSource source, TextOptions options) {
        assertThat(ByteWordReader.applies(source, TextReader.inspect(source, options), options)).isTrue();
    }

    private static Path write(Path folder, String name, String text, Charset cs, boolean bom) throws IOException {
        Path f = folder.resolve(name);
        byte[] body = text.getBytes(cs);
        byte[] all = bom ? new byte[body.length + 3] : body;
        if (bom) {
            all[0] = (byte) 0xEF;
            all[1] = (byte) 0xBB;
            all[2] = (byte) 0xBF;
            System.arraycopy(body, 0, all, 3, body.length);
        }
        Files.write(f, all);
        return f;
    }

    /** Sentences of ids, and the words in order of first appearance (markers dropped, as a corpus does). */
    private record Result(List<List<Integer>> sentences, List<String> words) {
    }

    private static final class Numbering implements WordIdSink {
        final Map<String, Integer> ids = new HashMap<>();
        final List<String> words = new ArrayList<>();
        final List<List<Integer>> sentences = new ArrayList<>();

        @Override
        public int id(String token) {
            if (token.equals("<s>") || token.equals("</s>")) {
                return -1;
            }
            return ids.computeIfAbsent(token, t -> {
                words.add(t);
                return words.size() - 1;
            });
        }

        @Override
        public void sentence(int[] ids, int length) {
            sentences.add(Arrays.stream(ids, 0, length).boxed().toList());
        }
    }

    private static Result viaBytes(TextSource source, TextOptions options) {
        Numbering numbering = new Numbering();
        assertThat(ByteWordReader.read(source, TextReader.inspect(source, options), options, numbering,
                Progress.NONE)).isTrue();
        return new Result(numbering.sentences, numbering.words);
    }

    private static Result viaCharacters(TextSource source, TextOptions options) {
        Numbering numbering = new Numbering();
        List<List<Integer>> sentences = new ArrayList<>();
        TextReader.read(source, options, tokens -> {
            List<Integer> ids = new ArrayList<>();
            for (String t : tokens) {
                int id = numbering.id(t);
                if (id >= 0) {
                    ids.add(id);
                }
            }
            if (!ids.isEmpty()) {
                sentences.add(ids);
            }
        }, Progress.NONE);
        return new Result(sentences, numbering.words);
    }
}
