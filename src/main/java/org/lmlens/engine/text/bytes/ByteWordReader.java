package org.lmlens.engine.text.bytes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.text.EncodingDetector;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.TextInfo;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextReader;
import org.lmlens.engine.text.TextSource;
import org.lmlens.engine.text.WhitespaceTokenizer;

/**
 * Reads a training file split on white space, one sentence per line, as bytes: each distinct spelling
 * (a run of bytes between white space) is decoded, tokenized and mapped to word ids once, by a
 * {@link RunScanner} into a {@link RunTable}; every later occurrence is one hash lookup of its bytes, with
 * no decoding and no {@code String}. Reading by characters makes a {@code String} per token and hashes
 * it, which is most of the cost of reading a large pre-tokenised text.
 *
 * <p>Same result as reading by characters ({@code ByteWordReaderTest}): the same tokens in the same order,
 * the same messages. That holds because in the encodings allowed here a byte below 0x80 is always that
 * ASCII character, never part of a multi-byte one, so runs never cut a character and every invalid byte
 * sequence lies inside a run, decoded the first time it appears (its line is exact). A file with a line
 * longer than {@link TextReader#MAX_LINE} bytes, which reading by characters cuts into pieces, is left to
 * that path before anything is read into the sink.
 */
public final class ByteWordReader {
    /** Larger files are read by characters, which streams; this path holds the file in memory. */
    static final long MAX_BYTES = 64L << 20;

    private ByteWordReader() {
    }

    /**
     * Whether this source, read with these options, can take the byte path: one file, split on white
     * space, one sentence per line, in an encoding whose bytes below 0x80 are always ASCII, of at most
     * {@value #MAX_BYTES} bytes. Everything else is the character path's: {@code punct} sentences (they
     * may span lines), the tokenizers a user dictionary goes with, and input whose size is unknown before
     * it is read (standard input, a pipe, compressed data).
     */
    public static boolean applies(TextSource source, TextInfo inspected, TextOptions options) {
        if (source.isString() || source.partCount() != 1) {
            return false;
        }
        TextOptions resolved = options.withTokenizer(inspected.tokenizer());
        long size = source.partSize(0);
        return resolved.sentenceMode() == SentenceMode.LINE && resolved.tokenizer() instanceof WhitespaceTokenizer
                && size >= 0 && size <= MAX_BYTES && asciiCompatible(inspected.files().get(0).encoding());
    }

    /**
     * Reads the source (for which {@link #applies}) into the sink; returns false, having read nothing into
     * it, when a line is too long for this path.
     *
     * @throws LmLensException for an unreadable file or a byte sequence invalid in its encoding, naming its line
     */
    public static boolean read(TextSource source, TextInfo inspected, TextOptions options, WordIdSink sink,
                               Progress progress) {
        progress.checkCancelled();
        progress.update("read", 0);
        TextOptions resolved = options.withTokenizer(inspected.tokenizer());
        Charset charset = inspected.files().get(0).encoding();
        String name = source.partName(0);
        long sizeAtStart = source.partSize(0);
        // Zero bytes after the text: a run is read eight bytes at a time, and zero ends it.
        byte[] b = new byte[(int) sizeAtStart + RunScanner.PADDING];
        int n;
        try (InputStream in = source.reopen(0)) {
            n = in.readNBytes(b, 0, (int) sizeAtStart);
            if (n == sizeAtStart && in.read() >= 0) {
                n++; // the file grew while it was read
            }
        } catch (IOException e) {
            throw new LmLensException(EngineMessages.get("text.unreadable", name, e.getMessage()));
        }
        source.checkUnchanged(0, sizeAtStart, n);
        // A byte-order mark is never part of the text (only UTF-8's can lead to this path).
        EncodingDetector.Result bom = EncodingDetector.bom(b, n);
        int start = bom == null ? 0 : bom.bomLength();
        if (n - start > TextReader.MAX_LINE && hasOverlongLine(b, start, n)) {
            return false;
        }
        RunScanner scanner = new RunScanner(resolved, charset, name, sink, new RunTable(expectedRuns(n - start)));
        int length = n;
        scanner.scan(b, start, length, progress, at -> progress.update("read", (double) at / Math.max(1, length)));
        progress.update("read", 1.0);
        return true;
    }

    /**
     * About how many distinct spellings a text of this many bytes holds: one per 40 bytes in a 600 KB
     * English text, growing as the square root of the size beyond (Heaps' law). The table is sized for it,
     * so that it rarely grows.
     */
    static int expectedRuns(long bytes) {
        return (int) Math.min(bytes / 40, 20 * Math.sqrt(bytes));
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

    /** Whether a line of {@code b[start, n)} is longer than {@link TextReader#MAX_LINE} bytes. */
    private static boolean hasOverlongLine(byte[] b, int start, int n) {
        int lineStart = start;
        for (int k = start; k < n; k++) {
            if (b[k] == '\n' || b[k] == '\r') {
                if (k - lineStart > TextReader.MAX_LINE) {
                    return true;
                }
                lineStart = k + 1;
            }
        }
        return n - lineStart > TextReader.MAX_LINE;
    }
}
