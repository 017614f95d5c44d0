package org.lmlens.engine.text;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;

/**
 * Streams a {@link TextSource} as sentences of tokens: decode (strictly: a byte sequence that is
 * invalid in the encoding is an error naming the file, the encoding and the line, never silently
 * replaced), cut lines into sentences by the {@link SentenceMode}, tokenize, lowercase. A byte-order
 * mark overrides the named encoding and is never part of the text. Memory use is one line at a time.
 */
public final class TextReader {
    private static final int PROGRESS_EVERY = 4096;

    private TextReader() {
    }

    public static void read(TextSource source, TextOptions options, SentenceSink sink, Progress progress) {
        List<String> tokens = new ArrayList<>();
        readLines(source, options, line -> emitSentences(line, options, tokens, sink), progress);
    }

    /**
     * Decodes the source into lines only, for callers that cut and tokenize them elsewhere (on other
     * threads: see {@link #sentences}); the same checks and messages as {@link #read}.
     */
    public static void readLines(TextSource source, TextOptions options, java.util.function.Consumer<String> lines,
                                 Progress progress) {
        long total = source.size();
        long[] bytesBefore = {0};
        for (int part = 0; part < source.partCount(); part++) {
            Charset charset = source.isString() ? StandardCharsets.UTF_8 : options.encoding();
            try (CountingStream counting = new CountingStream(source.open(part))) {
                PushbackInputStream in = new PushbackInputStream(counting, 4);
                Charset bomCharset = readBom(in);
                Charset used = bomCharset != null ? bomCharset : charset;
                CharsetDecoder decoder = used.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
                readLines(reader, lines, progress, source.partName(part), used,
                        () -> total > 0 ? (double) (bytesBefore[0] + counting.count) / total : -1);
                bytesBefore[0] += counting.count;
            } catch (IOException e) {
                throw new LmLensException("Cannot read " + source.partName(part) + ": " + e.getMessage());
            }
        }
        progress.update("read", 1.0);
    }

    private static void readLines(BufferedReader reader, java.util.function.Consumer<String> lines, Progress progress,
                                  String partName, Charset charset, java.util.function.DoubleSupplier done) {
        long lineNo = 0;
        String line;
        while (true) {
            try {
                line = reader.readLine();
            } catch (CharacterCodingException e) {
                throw new LmLensException(partName + " is not valid " + charset.name() + " text (line "
                        + (lineNo + 1) + "): choose its encoding explicitly");
            } catch (IOException e) {
                throw new LmLensException("Cannot read " + partName + " (line " + (lineNo + 1) + "): " + e.getMessage());
            }
            if (line == null) {
                break;
            }
            lineNo++;
            if (lineNo % PROGRESS_EVERY == 0) {
                progress.checkCancelled();
                progress.update("read", done.getAsDouble());
            }
            lines.accept(line);
        }
    }

    /** Cuts and tokenizes lines (as {@link #read} does) into sentences for the sink; thread-safe. */
    public static void sentences(List<String> lines, TextOptions options, SentenceSink sink) {
        List<String> tokens = new ArrayList<>();
        for (String line : lines) {
            emitSentences(line, options, tokens, sink);
        }
    }

    /** Cuts one line into sentences and hands each non-empty one to the sink. */
    static void emitSentences(String line, TextOptions options, List<String> tokens, SentenceSink sink) {
        if (options.sentenceMode() == SentenceMode.LINE) {
            emit(line, options, tokens, sink);
            return;
        }
        int start = 0;
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (isTerminator(line, i)) {
                int end = i + 1;
                while (end < n && (isTerminatorChar(line.charAt(end)) || isCloser(line.charAt(end)))) {
                    end++;
                }
                emit(line.substring(start, end), options, tokens, sink);
                start = end;
                i = end;
            } else {
                i++;
            }
        }
        if (start < n) {
            emit(line.substring(start), options, tokens, sink);
        }
    }

    private static void emit(String text, TextOptions options, List<String> tokens, SentenceSink sink) {
        tokens.clear();
        options.tokenizer().tokenize(text, t -> tokens.add(options.normalise(t)));
        if (!tokens.isEmpty()) {
            sink.sentence(tokens);
        }
    }

    /** A full stop ends a sentence only before space or the line end, so 3.14 and e.g. stay whole. */
    private static boolean isTerminator(String line, int i) {
        char c = line.charAt(i);
        if (c == '.') {
            int j = i + 1;
            while (j < line.length() && (line.charAt(j) == '.' || isCloser(line.charAt(j)))) {
                j++;
            }
            return j >= line.length() || Character.isWhitespace(line.charAt(j));
        }
        return isTerminatorChar(c) && c != '.';
    }

    private static boolean isTerminatorChar(char c) {
        return c == '.' || c == '!' || c == '?' || c == '。' || c == '！' || c == '？';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’' || c == '」' || c == '』'
                || c == '）' || c == '】' || c == '》';
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
