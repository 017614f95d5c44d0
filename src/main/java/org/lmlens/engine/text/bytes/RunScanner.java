package org.lmlens.engine.text.bytes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntConsumer;
import java.nio.charset.CodingErrorAction;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.Tuning;
import org.lmlens.engine.text.TextOptions;

/**
 * Scans lines of bytes into sentences of word ids, for {@link ByteWordReader}.
 * A token is a run of bytes other than ASCII white space and control characters; the first time a run
 * is seen it is decoded (strictly), split by the tokenizer (a non-ASCII space such as U+3000 splits it
 * further), lowercased if asked and mapped to word ids, which a {@link RunTable} keeps. Every later
 * occurrence costs one hash lookup of its bytes, found and hashed eight bytes at a time: no decoding,
 * no {@code String}.
 */
final class RunScanner {
    /** Bytes a scanned array must hold after the text. */
    static final int PADDING = 8;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** The multiplier of the run hash (2^64 / φ): spreads eight bytes over all 64 bits. */
    private static final long K = 0x9E3779B97F4A7C15L;

    private final TextOptions options;
    private final WordIdSink sink;
    private final CharsetDecoder decoder;
    private final String fileName;
    private final RunTable runs;
    private int[] sentence = new int[256];
    private int[] pieces = new int[16];
    private int pieceCount;

    /** A scanner that maps each new run with {@code sink.id} and keeps it in {@code runs}. */
    RunScanner(TextOptions options, Charset charset, String fileName, WordIdSink sink, RunTable runs) {
        this.options = options;
        this.fileName = fileName;
        this.sink = sink;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.runs = runs;
    }

    /**
     * Scans the lines of {@code b[from, limit)} ({@value #PADDING} readable bytes must follow {@code limit},
     * zero ones at the end of the file: a run is read eight bytes at a time) into sentences for the sink;
     * returns the line breaks it read. Checks for a cancel every few thousand lines and tells
     * {@code reached} how far it got.
     *
     * @throws LmLensException for a byte sequence invalid in the encoding, naming its line
     */
    long scan(byte[] b, int from, int limit, Progress progress, IntConsumer reached) {
        long line = 1;
        int length = 0;
        int i = from;
        // The sentence buffer in a local: it is a field, which the calls in the loop would make the
        // compiled code read again for every token.
        int[] ids = sentence;
        while (i < limit) {
            int c = b[i] & 0xFF;
            if (c <= 0x20 || c == 0x7F) {
                if (c == '\n' || c == '\r') {
                    if (length > 0) {
                        sink.sentence(ids, length);
                        length = 0;
                    }
                    if (c == '\r' && i + 1 < limit && b[i + 1] == '\n') {
                        i++;
                    }
                    if ((++line & (Tuning.PROGRESS_LINES - 1)) == 0) {
                        progress.checkCancelled();
                        reached.accept(i);
                    }
                }
                i++;
                continue;
            }
            // A run: find its end and hash it eight bytes at a time (a short one as hash() does).
            long first8 = (long) LONG.get(b, i);
            long second8 = 0;
            long m = separators(first8);
            int end;
            long h;
            if (m != 0) {
                int len = Long.numberOfTrailingZeros(m) >>> 3;
                first8 &= (1L << (len << 3)) - 1;
                h = first8 * K;
                end = i + len;
            } else {
                h = first8 * K;
                int j = i + 8;
                while (true) {
                    long w = (long) LONG.get(b, j);
                    long mw = separators(w);
                    if (mw != 0) {
                        int len = Long.numberOfTrailingZeros(mw) >>> 3;
                        w &= (1L << (len << 3)) - 1;
                        if (j == i + 8) {
                            second8 = w;
                        }
                        h = (h ^ w) * K;
                        end = j + len;
                        break;
                    }
                    if (j == i + 8) {
                        second8 = w;
                    }
                    h = (h ^ w) * K;
                    j += 8;
                }
            }
            h ^= h >>> 32;
            int value = runs.find(first8, second8, h, b, i, end - i);
            if (value == RunTable.ABSENT) {
                mapNewRun(b, i, end, line);
                value = runs.add(first8, second8, h, b, i, end - i, pieces, pieceCount);
            }
            if (value >= 0) {
                // Nearly every token: one word.
                if (length == ids.length) {
                    ids = sentence = Arrays.copyOf(ids, 2 * length);
                }
                ids[length++] = value;
            } else {
                int count = runs.count(value);
                if (length + count > ids.length) {
                    ids = sentence = Arrays.copyOf(ids, Math.max(2 * ids.length, length + count));
                }
                runs.copyIds(value, ids, length);
                length += count;
            }
            i = end;
        }
        if (length > 0) {
            sink.sentence(ids, length);
        }
        return line - 1;
    }

    /**
     * Flags the bytes of a little-endian word that end a run (below 0x21, or DEL) with their high bit;
     * exact for the lowest flagged byte, which is the only one used. Bytes from 0x80 are never flagged.
     */
    private static long separators(long x) {
        long below = (x - 0x21 * ONES) & ~x & HIGHS;
        long d = x ^ (0x7F * ONES);
        return below | ((d - ONES) & ~d & HIGHS);
    }

    /**
     * The hash {@link #scan} computes for a run of at most sixteen bytes, from its zero-padded bytes: each
     * eight-byte word read is mixed in, the one holding the separator too (so a run of exactly 8 or 16
     * bytes mixes in a last, empty, word).
     */
    static long hash(long first8, long second8, int length) {
        long h = first8 * K;
        if (length >= 8) {
            h = (h ^ second8) * K;
        }
        if (length == 16) {
            h *= K;
        }
        return h ^ (h >>> 32);
    }

    /** Decodes a run seen for the first time and maps its words into {@link #pieces}. */
    private void mapNewRun(byte[] b, int from, int to, long line) {
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = b[i] >= 0;
        }
        pieceCount = 0;
        if (ascii) {
            // Nothing in an ASCII run splits it (its separators ended it): it is one token.
            int id = sink.id(options.normalise(new String(b, from, to - from, StandardCharsets.ISO_8859_1)));
            if (id >= 0) {
                pieces[pieceCount++] = id;
            }
            return;
        }
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(b, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new LmLensException(EngineMessages.get("text.badEncoding", fileName, decoder.charset().name(),
                    line));
        }
        options.tokenizer().tokenize(text, token -> {
            int id = sink.id(options.normalise(token));
            if (id >= 0) {
                if (pieceCount == pieces.length) {
                    pieces = Arrays.copyOf(pieces, 2 * pieceCount);
                }
                pieces[pieceCount++] = id;
            }
        });
    }
}
