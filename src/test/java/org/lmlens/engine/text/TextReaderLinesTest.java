package org.lmlens.engine.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;

/**
 * Reading a file into lines of tokens: an invalid byte sequence is an error naming its exact line, a line
 * longer than {@link LineReader#MAX_LINE} is cut into pieces, and a cancel is honoured wherever it is asked.
 */
class TextReaderLinesTest {
    @TempDir
    Path dir;

    @Test
    void anInvalidByteIsReportedOnItsLine() throws IOException {
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
                Throwable chars = catchThrowable(() -> read(source, options));
                assertThat(chars).isInstanceOf(LmLensException.class).hasMessageContaining("line " + line);
            }
        }
    }

    @Test
    void aLineLongerThanTheLimitIsCutIntoPieces() throws IOException {
        StringBuilder text = new StringBuilder("before the long line\r\nand another\n");
        while (text.length() < LineReader.MAX_LINE + 200_000) {
            text.append("alpha beta gamma delta ");
        }
        text.append("\nafter it\nlast line without a break");
        Path f = write(dir, "long.txt", text.toString(), StandardCharsets.UTF_8, false);
        TextSource source = TextSource.ofFile(f);
        TextOptions options = TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace"));
        Result read = read(source, options);
        assertThat(read.sentences).hasSizeGreaterThan(4); // the long line was cut into pieces
        assertThat(read.words).startsWith("before", "the", "long", "line", "and", "another", "alpha");
    }

    @Test
    void aLongTextIsCancelledWhereverItIsAsked() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("line ").append(i % 500).append(" of words\n");
        }
        TextSource source = TextSource.ofFile(write(dir, "many.txt", text.toString(), StandardCharsets.UTF_8, false));
        TextOptions options = TextOptions.defaults().withTokenizer(Tokenizers.byName("whitespace"));
        AtomicInteger polls = new AtomicInteger();
        TextReader.read(source, options, tokens -> { }, cancelAfter(Integer.MAX_VALUE, polls));
        assertThat(polls.get()).isGreaterThan(3);
        for (int k = 1; k <= polls.get(); k++) {
            Progress p = cancelAfter(k, new AtomicInteger());
            assertThat(catchThrowable(() -> TextReader.read(source, options, tokens -> { }, p)))
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

    /** The sentences of the source as ids numbered in order of first appearance, markers left out. */
    private static Result read(TextSource source, TextOptions options) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<List<Integer>> sentences = new ArrayList<>();
        TextReader.read(source, options, tokens -> {
            List<Integer> sentence = new ArrayList<>();
            for (String t : tokens) {
                if (!t.equals("<s>") && !t.equals("</s>")) {
                    sentence.add(ids.computeIfAbsent(t, w -> {
                        words.add(w);
                        return words.size() - 1;
                    }));
                }
            }
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }, Progress.NONE);
        return new Result(sentences, words);
    }
}
