package org.lmlens.engine.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.lmlens.engine.EngineMessages;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Transparent decompression of an input, recognised by its first bytes (not its name: a {@code .txt} that
 * is gzip data is still read, and a pipe has no name): gzip (the JDK's {@code GZIPInputStream}, which
 * reads concatenated members as {@code cat a.gz b.gz} makes them), bzip2 and xz (Apache Commons Compress,
 * concatenated streams too). Damaged or cut-short data is an {@link IOException} saying so.
 */
final class Decompression {
    enum Format {
        NONE, GZIP, BZIP2, XZ
    }

    /** A buffered stream and the format its first bytes announce; nothing consumed. */
    record Sniffed(Format format, BufferedInputStream in) {
    }

    private static final int BUFFER = 1 << 16;

    private Decompression() {
    }

    static BufferedInputStream buffered(InputStream raw) {
        return raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, BUFFER);
    }

    static Sniffed sniff(InputStream raw) throws IOException {
        BufferedInputStream in = buffered(raw);
        in.mark(6);
        byte[] b = in.readNBytes(6);
        in.reset();
        return new Sniffed(format(b), in);
    }

    static Format format(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            return Format.GZIP;
        }
        if (b.length >= 4 && b[0] == 'B' && b[1] == 'Z' && b[2] == 'h' && b[3] >= '1' && b[3] <= '9') {
            return Format.BZIP2;
        }
        if (b.length >= 6 && (b[0] & 0xFF) == 0xFD && b[1] == '7' && b[2] == 'z' && b[3] == 'X' && b[4] == 'Z'
                && b[5] == 0) {
            return Format.XZ;
        }
        return Format.NONE;
    }

    /** The decompressed bytes (the bytes themselves for {@link Format#NONE}). */
    static InputStream open(Sniffed s) throws IOException {
        try {
            return switch (s.format()) {
                case NONE -> s.in();
                case GZIP -> new Damaged(new GZIPInputStream(s.in(), BUFFER), "gzip");
                case BZIP2 -> new Damaged(new BZip2CompressorInputStream(s.in(), true), "bzip2");
                case XZ -> new Damaged(new XZCompressorInputStream(s.in(), true), "xz");
            };
        } catch (IOException e) {
            s.in().close();
            throw Damaged.reason(e, s.format().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Says that a read error comes from damaged or cut-short compressed data. */
    private static final class Damaged extends FilterInputStream {
        private final String format;

        Damaged(InputStream in, String format) {
            super(in);
            this.format = format;
        }

        static IOException reason(IOException e, String format) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new IOException(EngineMessages.get("io.damaged", format, why), e);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw reason(e, format);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw reason(e, format);
            }
        }
    }
}
