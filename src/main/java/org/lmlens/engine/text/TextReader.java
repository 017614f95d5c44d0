package org.lmlens.engine.text;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.Tuning;

/**
 * Streams a {@link TextSource} as sentences of tokens: check that each file is text, decode (strictly: a
 * byte sequence that is invalid in the encoding is an error naming the file, the encoding and the line,
 * never silently replaced), cut lines into sentences by the {@link SentenceMode} ({@link SentenceCutter}),
 * tokenize, lowercase.
 *
 * <p>Before reading, {@link #inspect} looks at the first 64 KB of each file: it refuses empty files and
 * binary ones (PDF, images, archives, NUL bytes, control characters; see {@link BinaryDetector}), decides
 * the encoding ({@link EncodingDetector}: a byte-order mark always wins and is never part of the text;
 * then the encoding named in the options; else detection) and, for the {@code auto} tokenizer, chooses
 * the tokenizer from the samples ({@link TokenizerChooser}). Memory use is one line at a time; a line is
 * at most {@link LineReader#MAX_LINE} characters (longer ones are cut into pieces).
 */
public final class TextReader {
    /** The longest line read whole, in characters; a longer one is cut into pieces ({@link LineReader}). */
    public static final int MAX_LINE = LineReader.MAX_LINE;

    private TextReader() {
    }

    /**
     * Reads the whole source into the sink and returns what was decided (tokenizer, encodings).
     *
     * @throws LmLensException for a missing, unreadable, empty or binary file, or text invalid in its encoding
     */
    public static TextInfo read(TextSource source, TextOptions options, SentenceSink sink, Progress progress) {
        TextInfo info = inspect(source, options);
        read(source, info, options, sink, progress);
        return info;
    }

    /** As {@link #read(TextSource, TextOptions, SentenceSink, Progress)}, with what {@link #inspect} found. */
    public static void read(TextSource source, TextInfo inspected, TextOptions options, SentenceSink sink,
                            Progress progress) {
        TextOptions resolved = options.withTokenizer(inspected.tokenizer());
        List<String> tokens = new ArrayList<>();
        SentenceCutter cutter = new SentenceCutter(resolved.sentenceMode(), text -> emit(text, resolved, tokens, sink));
        decodeLines(source, inspected, cutter::line, cutter::endOfFile, progress);
    }

    /**
     * Decodes the source into lines only, for callers that cut and tokenize them elsewhere (on other
     * threads: see {@link #sentences}); the same checks and messages as {@link #read}. Returns what was
     * decided; cut the lines with {@code options.withTokenizer(info.tokenizer())}, never with {@code auto}.
     */
    public static TextInfo readLines(TextSource source, TextOptions options, Consumer<String> lines,
                                     Progress progress) {
        TextInfo info = inspect(source, options);
        decodeLines(source, info, lines, () -> { }, progress);
        return info;
    }

    /**
     * The source's sentence texts, cut from its lines by the options' sentence mode ({@link SentenceCutter})
     * but not tokenized: for callers that tokenize them elsewhere (on other threads: see {@link #sentences}).
     * {@code inspected} is what {@link #inspect} found.
     */
    public static void readSentenceTexts(TextSource source, TextInfo inspected, TextOptions options,
                                         Consumer<String> sentenceTexts, Progress progress) {
        SentenceCutter cutter = new SentenceCutter(options.sentenceMode(), sentenceTexts);
        decodeLines(source, inspected, cutter::line, cutter::endOfFile, progress);
    }

    /** Tokenizes sentence texts (from {@link #readSentenceTexts}) as {@link #read} does, for the sink; thread-safe. */
    public static void sentences(List<String> sentenceTexts, TextOptions options, SentenceSink sink) {
        List<String> tokens = new ArrayList<>();
        for (String text : sentenceTexts) {
            emit(text, options, tokens, sink);
        }
    }

    private static void decodeLines(TextSource source, TextInfo info, Consumer<String> lines, Runnable endOfFile,
                                    Progress progress) {
        if (source.isString()) {
            readLines(new LineReader(new StringReader(source.text())), lines, progress, source.name(),
                    StandardCharsets.UTF_16, () -> -1, approx -> approx);
            endOfFile.run();
            progress.update("read", 1.0);
            return;
        }
        long total = source.size();
        long before = 0;
        for (int part = 0; part < source.partCount(); part++) {
            before += decodePart(source, part, info.files().get(part).encoding(), lines, progress, before, total);
            endOfFile.run();
        }
        progress.update("read", 1.0);
    }

    /** Decodes one file of the source into lines; returns the bytes read. */
    private static long decodePart(TextSource source, int part, Charset charset, Consumer<String> lines,
                                   Progress progress, long bytesBefore, long total) {
        progress.checkCancelled();
        progress.update("read", total > 0 ? (double) bytesBefore / total : -1);
        long sizeAtStart = source.partSize(part);
        try (CountingStream counting = new CountingStream(source.reopen(part))) {
            PushbackInputStream in = new PushbackInputStream(counting, 4);
            readBom(in);
            LineReader reader = new LineReader(new InputStreamReader(in, strictDecoder(charset)));
            readLines(reader, lines, progress, source.partName(part), charset,
                    () -> total > 0 ? (double) (bytesBefore + counting.count) / total : -1,
                    approx -> errorLine(source, part, charset, approx));
            source.checkUnchanged(part, sizeAtStart, counting.count);
            return counting.count;
        } catch (IOException e) {
            throw new LmLensException(EngineMessages.get("text.unreadable", source.partName(part), e.getMessage()));
        }
    }

    /** A decoder that reports, never replaces, a byte sequence invalid in the charset. */
    static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Looks at the first 64 KB of each file without reading the rest: refuses what is not text, decides
     * the encodings and resolves the {@code auto} tokenizer. Cheap; {@link #read} calls it first. See {@link TextInspector}. When the
     * first 64 KB are plain ASCII and no encoding is given, it reads on (at most 16 MB) to the first other
     * byte and detects the encoding from 64 KB there (a file with English front matter before Chinese).
     */
    public static TextInfo inspect(TextSource source, TextOptions options) {
        return TextInspector.inspect(source, options);
    }

    /**
     * The line (1-based) of the first byte sequence invalid in the charset. The decoding reader reads
     * ahead, so the line it was on when it failed is only a lower bound: decode again, counting lines.
     */
    static long errorLine(TextSource source, int part, Charset charset, long atLeast) {
        CharsetDecoder decoder = strictDecoder(charset);
        long line = 1;
        boolean lastCr = false;
        try (PushbackInputStream in = new PushbackInputStream(source.open(part), 4)) {
            readBom(in);
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(1 << 16);
            java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(1 << 16);
            boolean eof = false;
            while (true) {
                int r = eof ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (r < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + r);
                }
                bytes.flip();
                java.nio.charset.CoderResult result = decoder.decode(bytes, chars, eof);
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (c == '\n' && !lastCr || c == '\r') {
                        line++;
                    }
                    lastCr = c == '\r';
                }
                chars.clear();
                bytes.compact();
                if (result.isError() || eof && bytes.position() == 0) {
                    return result.isError() ? line : atLeast;
                }
                if (eof) {
                    return line;
                }
            }
        } catch (IOException | RuntimeException e) {
            return atLeast;
        }
    }

    static void readLines(LineReader reader, Consumer<String> lines, Progress progress,
                                  String partName, Charset charset, java.util.function.DoubleSupplier done,
                                  java.util.function.LongUnaryOperator exactErrorLine) {
        long lineNo = 0;
        String line;
        while (true) {
            try {
                line = reader.readLine();
            } catch (CharacterCodingException e) {
                throw new LmLensException(EngineMessages.get("text.badEncoding", partName, charset.name(),
                        exactErrorLine.applyAsLong(lineNo + 1)));
            } catch (IOException e) {
                throw new LmLensException(EngineMessages.get("text.unreadableAtLine", partName, lineNo + 1, e.getMessage()));
            }
            if (line == null) {
                break;
            }
            lineNo++;
            if (lineNo % Tuning.PROGRESS_LINES == 0) {
                progress.checkCancelled();
                progress.update("read", done.getAsDouble());
            }
            lines.accept(line);
        }
    }

    private static void emit(String text, TextOptions options, List<String> tokens, SentenceSink sink) {
        tokens.clear();
        options.tokenizer().tokenize(text, t -> tokens.add(options.normalise(t)));
        if (!tokens.isEmpty()) {
            sink.sentence(tokens);
        }
    }

    /** Consumes a byte-order mark and returns its charset, or returns null and consumes nothing. */
    static Charset readBom(PushbackInputStream in) throws IOException {
        byte[] b = new byte[3];
        int n = in.readNBytes(b, 0, 3);
        if (n == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            if (n == 3) {
                in.unread(b, 2, 1);
            }
            return StandardCharsets.UTF_16BE;
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            if (n == 3) {
                in.unread(b, 2, 1);
            }
            return StandardCharsets.UTF_16LE;
        }
        if (n > 0) {
            in.unread(b, 0, n);
        }
        return null;
    }

    /** Counts bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
