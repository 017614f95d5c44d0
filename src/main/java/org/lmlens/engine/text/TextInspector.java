package org.lmlens.engine.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;

/**
 * The cheap look at a text before it is read: refuses empty and binary files, decides each file's
 * encoding and resolves the {@code auto} tokenizer from a sample. {@link TextReader} runs it first.
 */
final class TextInspector {
    /** How far a file of plain ASCII is scanned for the first other byte (English front matter). */
    private static final long ASCII_SCAN_LIMIT = 16L * 1024 * 1024;

    private TextInspector() {
    }

    /**
     * Looks at the first 64 KB of each file without reading the rest: refuses what is not text, decides
     * the encodings and resolves the {@code auto} tokenizer. Cheap; {@link TextReader#read} calls it first. When the
     * first 64 KB are plain ASCII and no encoding is given, it reads on (at most 16 MB) to the first other
     * byte and detects the encoding from 64 KB there (a file with English front matter before Chinese).
     */
    static TextInfo inspect(TextSource source, TextOptions options) {
        List<TextInfo.FileInfo> files = new ArrayList<>();
        StringBuilder samples = new StringBuilder();
        if (source.isString()) {
            String text = source.text();
            samples.append(text, 0, Math.min(text.length(), EncodingDetector.SAMPLE_BYTES));
            files.add(new TextInfo.FileInfo(source.name(), StandardCharsets.UTF_8, EncodingDetector.Method.GIVEN, -1));
        } else {
            // The samples are only read to choose a tokenizer.
            StringBuilder into = Tokenizers.isAuto(options.tokenizer()) ? samples : null;
            for (int part = 0; part < source.partCount(); part++) {
                files.add(inspectFile(source, part, options.encoding(), into));
                samples.append('\n');
            }
        }
        if (!Tokenizers.isAuto(options.tokenizer())) {
            return new TextInfo(options.tokenizer(), false, "chosen by the user", files);
        }
        TokenizerChooser.Choice choice = TokenizerChooser.choose(samples);
        return new TextInfo(options.withTokenizer(choice.tokenizer()).tokenizer(), true, choice.reason(), files);
    }

    private static TextInfo.FileInfo inspectFile(TextSource source, int part, Charset given, StringBuilder samples) {
        String name = source.partName(part);
        byte[] sample;
        boolean complete;
        byte[] later = null;
        boolean laterComplete = false;
        long size = source.partSize(part);
        try (InputStream in = source.open(part)) {
            sample = readSample(in, size);
            complete = sample.length < EncodingDetector.SAMPLE_BYTES;
            if (!complete && given == null && isPlainAscii(sample, 0, sample.length)) {
                // English front matter before Chinese text: detect from the first non-ASCII bytes.
                later = firstNonAsciiWindow(in);
                laterComplete = later != null && later.length < EncodingDetector.SAMPLE_BYTES;
            }
        } catch (IOException e) {
            throw new LmLensException(EngineMessages.get("text.unreadable", name, e.getMessage()));
        }
        int n = sample.length;
        if (n == 0) {
            throw new LmLensException(EngineMessages.get("text.empty", name));
        }
        EncodingDetector.Result bom = EncodingDetector.bom(sample, n);
        if (bom == null) {
            String format = BinaryDetector.knownFormat(sample, n);
            if (format != null) {
                throw new LmLensException(EngineMessages.get("text.knownFormat", name, EngineMessages.get(format)));
            }
        }
        EncodingDetector.Result enc = later != null
                ? EncodingDetector.detect(later, later.length, laterComplete, null)
                : EncodingDetector.detect(sample, n, complete, given);
        Charset cs = enc.charset();
        if (later != null && BinaryDetector.hasNul(later, later.length) && !cs.name().startsWith("UTF-16")) {
            throw new LmLensException(EngineMessages.get("text.binaryNul", name));
        }
        boolean wide = cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32");
        if (!wide && BinaryDetector.hasNul(sample, n)) {
            throw nulError(name, sample, n);
        }
        // Plain ASCII reads the same in every encoding detection can choose for it: look at the bytes.
        boolean ascii = later == null && enc.bomLength() == 0 && !wide && isPlainAscii(sample, 0, n);
        String text = ascii ? null : lenientDecode(cs, sample, enc.bomLength(), n);
        if ((ascii ? BinaryDetector.controlShare(sample, n) : BinaryDetector.controlShare(text)) > 0.05) {
            throw new LmLensException(EngineMessages.get("text.binaryControl", name));
        }
        if (text != null && GarbageDecoding.looksLikeGarbage(text)) {
            throw new LmLensException(EngineMessages.get("text.garbage", name, cs.name(), preview(text)));
        }
        if (samples != null) {
            samples.append(text != null ? text : new String(sample, 0, n, StandardCharsets.ISO_8859_1));
        }
        return new TextInfo.FileInfo(name, cs, enc.method(), size);
    }

    /**
     * A text with NUL bytes that is not UTF-16: binary, or (a NUL or two in a text) a damaged file, whose
     * first NUL the message places so that the user can find it.
     */
    private static LmLensException nulError(String name, byte[] sample, int n) {
        if (BinaryDetector.nulCount(sample, n) * EncodingDetector.UTF16_BYTES_PER_NUL >= n) {
            return new LmLensException(EngineMessages.get("text.binaryNul", name));
        }
        int at = BinaryDetector.firstNul(sample, n);
        long line = 1;
        for (int i = 0; i < at; i++) {
            if (sample[i] == '\n') {
                line++;
            }
        }
        return new LmLensException(EngineMessages.get("text.strayNul", name, at, line));
    }

    /** The first non-ASCII characters of a decoded sample, to show what the decoding made of it. */
    private static String preview(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length() && sb.length() < 12; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !Character.isWhitespace(c) && !Character.isISOControl(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Bytes 0x01..0x7F only (NUL is not text, and UTF-16 has NULs). */
    private static boolean isPlainAscii(byte[] b, int from, int to) {
        return AsciiScan.firstNonPlainAscii(b, from, to) == to;
    }

    /**
     * Reads on (up to {@link #ASCII_SCAN_LIMIT} bytes) to the first byte that is not plain ASCII and
     * returns up to 64 KB from there (from an even offset, for UTF-16), or null when none is found.
     */
    private static byte[] firstNonAsciiWindow(InputStream in) throws IOException {
        byte[] block = new byte[EncodingDetector.SAMPLE_BYTES];
        long scanned = EncodingDetector.SAMPLE_BYTES;
        while (scanned < ASCII_SCAN_LIMIT) {
            int n = in.readNBytes(block, 0, block.length);
            if (n <= 0) {
                return null;
            }
            int i = AsciiScan.firstNonPlainAscii(block, 0, n);
            if (i < n) {
                int start = (int) ((scanned + i) & 1) == 1 && i > 0 ? i - 1 : i;
                return readOn(block, start, n, in);
            }
            scanned += n;
        }
        return null;
    }

    /**
     * The first {@link EncodingDetector#SAMPLE_BYTES} bytes (all of a shorter file) in one array of the
     * right size when the file's size is known ({@code InputStream.readNBytes(int)} reads 8 KB chunks and
     * copies them).
     */
    private static byte[] readSample(InputStream in, long size) throws IOException {
        int want = (int) Math.min(EncodingDetector.SAMPLE_BYTES, size >= 0 ? size + 1 : EncodingDetector.SAMPLE_BYTES);
        byte[] buffer = new byte[want];
        int n = in.readNBytes(buffer, 0, want);
        if (n == want && want < EncodingDetector.SAMPLE_BYTES) {
            return readOn(buffer, 0, n, in); // the file grew since its size was read
        }
        return n == want ? buffer : java.util.Arrays.copyOf(buffer, n);
    }

    /** {@code head[from, to)} followed by what the stream holds, up to {@link EncodingDetector#SAMPLE_BYTES} in all. */
    private static byte[] readOn(byte[] head, int from, int to, InputStream in) throws IOException {
        byte[] more = in.readNBytes(Math.max(0, EncodingDetector.SAMPLE_BYTES - (to - from)));
        byte[] all = java.util.Arrays.copyOfRange(head, from, to + more.length);
        System.arraycopy(more, 0, all, to - from, more.length);
        return all;
    }

    private static String lenientDecode(Charset cs, byte[] b, int from, int n) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(java.nio.ByteBuffer.wrap(b, from, n - from)).toString();
        } catch (CharacterCodingException e) {
            return "";
        }
    }
}
