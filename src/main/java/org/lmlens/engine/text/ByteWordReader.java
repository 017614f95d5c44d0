package org.lmlens.engine.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.function.Consumer;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;

/**
 * The fast path of {@link TextReader#readWordIds}: a file split on white space, one sentence per line, read
 * as bytes by a {@link RunScanner}. Profiling the character path on a 100k-word text put half its time in
 * a {@code String} per token and its hash. One thread: cutting a 600 KB file in two halves for two cores
 * gained nothing (the second half meets most of its words for the first time again, and each costs a
 * {@code String} and a merge), and larger training files are sharded by the caller.
 *
 * <p>Same result as the character path: the same tokens in the same order (so the same order of first
 * appearance), the same messages. That holds because in the encodings allowed here a byte below 0x80 is
 * always that ASCII character, never part of a multi-byte one, so runs never cut a character and every
 * invalid byte sequence lies inside a run, decoded the first time it appears (the line of the error is
 * exact). A line longer than {@link LineReader#MAX_LINE} bytes, which the character path may cut into
 * pieces, hands the rest of the file to the character path before any of its tokens is mapped.
 */
final class ByteWordReader {
    /** Larger files are read by the character path, which streams; this one holds the file in memory. */
    static final long MAX_BYTES = 64L << 20;
    private final TextOptions options;
    private final WordIds words;
    private final WordIdSink sink;
    private final Spellings known;
    /** The spellings met so far, in the encoding of the first file read (one table for all its files). */
    private RunTable table;
    private Charset tableCharset;

    /** A reader that maps new spellings with {@code words}, taking those in {@code known} (may be null) from there. */
    ByteWordReader(TextOptions options, WordIds words, WordIdSink sink, Spellings known) {
        this.options = options;
        this.words = words;
        this.sink = sink;
        this.known = known;
    }

    /**
     * About how many distinct spellings a text of this many bytes holds: one per 40 bytes in a 600 KB
     * English text (15k), growing as the square root of the size beyond (Heaps' law; Brown's 6 MB hold
     * 47k). Tables are sized for it, so that they rarely grow and are not much larger than needed.
     */
    static int expectedRuns(long bytes) {
        return (int) Math.min(bytes / 40, 20 * Math.sqrt(bytes));
    }

    /** What the reading learned: the spellings of the first encoding read, or null when no file was read as bytes. */
    Spellings spellings() {
        return table == null ? null : new Spellings(table, tableCharset, options.lowercase());
    }

    /** Whether a file of this size and encoding, read with these options, can take the byte path. */
    static boolean applies(TextOptions options, Charset charset, long size) {
        return options.sentenceMode() == SentenceMode.LINE && options.tokenizer() instanceof WhitespaceTokenizer
                && size >= 0 && size <= MAX_BYTES && asciiCompatible(charset);
    }

    /**
     * Encodings whose bytes below 0x80 are always the ASCII character: UTF-8, single-byte ISO and Windows
     * code pages, and the Chinese, Japanese and Korean multi-byte ones, whose trailing bytes are never
     * white space or control characters. Not UTF-16 or UTF-32, nor stateful ISO-2022 (escape bytes).
     */
    static boolean asciiCompatible(Charset charset) {
        String name = charset.name().toUpperCase(Locale.ROOT);
        return name.equals("UTF-8") || name.equals("US-ASCII") || name.startsWith("ISO-8859-")
                || name.startsWith("WINDOWS-125") || name.startsWith("KOI8-") || name.startsWith("GB")
                || name.startsWith("BIG5") || name.equals("SHIFT_JIS") || name.equals("WINDOWS-31J")
                || name.startsWith("EUC-") || name.equals("X-EUC-TW");
    }

    /**
     * Reads file {@code part} of the source into the sink (and {@code lines}, the character path, from an
     * overlong line on); returns the bytes read.
     */
    long readPart(TextSource source, int part, Charset charset, Consumer<String> lines, Progress progress,
                  long bytesBefore, long total) {
        progress.checkCancelled();
        progress.update("read", total > 0 ? (double) bytesBefore / total : -1);
        String name = source.partName(part);
        long sizeAtStart = source.partSize(part);
        // Zero bytes after the text: a run is read eight bytes at a time, and zero ends it.
        byte[] b = new byte[(int) sizeAtStart + RunScanner.PADDING];
        int n;
        try (InputStream in = source.reopen(part)) {
            n = in.readNBytes(b, 0, (int) sizeAtStart);
            if (n == sizeAtStart && in.read() >= 0) {
                n++; // the file grew while it was read
            }
        } catch (IOException e) {
            throw new LmLensException(EngineMessages.get("text.unreadable", name, e.getMessage()));
        }
        source.checkUnchanged(part, sizeAtStart, n);
        // A byte-order mark is never part of the text (only UTF-8's can lead to this path).
        EncodingDetector.Result bom = EncodingDetector.bom(b, n);
        int start = bom == null ? 0 : bom.bomLength();
        int limit = n - start > LineReader.MAX_LINE ? firstOverlongLine(b, start, n) : n;
        Spellings base = known != null && known.serves(charset, options) ? known : null;
        boolean firstTable = table == null || charset.equals(tableCharset);
        RunTable runs = table != null && firstTable ? table
                : new RunTable(base == null ? expectedRuns(limit - start) : expectedRuns(limit - start) / 8);
        if (table == null) {
            table = runs;
            tableCharset = charset;
        }
        boolean fresh = firstTable && (known == null || base != null);
        RunScanner scanner = new RunScanner(options, charset, name, words, sink, runs, base, fresh);
        long lineBreaks = scanner.scan(b, start, limit, progress,
                at -> progress.update("read", total > 0 ? (double) (bytesBefore + at) / total : -1));
        if (limit < n) {
            restByCharacters(source, part, charset, b, limit, n, lineBreaks, lines, progress, bytesBefore, total);
        }
        return n;
    }

    /** The start of the first line longer than {@link LineReader#MAX_LINE} bytes, or {@code n}. */
    private static int firstOverlongLine(byte[] b, int start, int n) {
        int lineStart = start;
        for (int k = start; k < n; k++) {
            if (b[k] == '\n' || b[k] == '\r') {
                if (k - lineStart > LineReader.MAX_LINE) {
                    return lineStart;
                }
                if (b[k] == '\r' && k + 1 < n && b[k + 1] == '\n') {
                    k++;
                }
                lineStart = k + 1;
            }
        }
        return n - lineStart > LineReader.MAX_LINE ? lineStart : n;
    }

    /** From an overlong line on, the rest of the file through the character path (which may cut it). */
    private static void restByCharacters(TextSource source, int part, Charset charset, byte[] b, int from, int n,
                                         long linesBefore, Consumer<String> lines, Progress progress,
                                         long bytesBefore, long total) {
        LineReader reader = new LineReader(new InputStreamReader(
                new ByteArrayInputStream(b, from, n - from), TextReader.strictDecoder(charset)));
        TextReader.readLines(reader, lines, progress, source.partName(part), charset,
                () -> total > 0 ? (double) (bytesBefore + n) / total : -1,
                approx -> TextReader.errorLine(source, part, charset, linesBefore + approx));
    }
}
