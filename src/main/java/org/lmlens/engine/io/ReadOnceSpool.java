package org.lmlens.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.lmlens.engine.EngineMessages;

/**
 * The bytes of a stream that can be read only once (standard input, a pipe, a FIFO, a device), kept as they
 * are read so that a reader may open them again from the start: every opening replays what was read so far
 * from a temporary file, then goes on reading the stream (and keeping what it reads). A reader that looks
 * only at the first 64 KB and refuses the input (a binary file, {@code /dev/zero}) never makes the rest be
 * read. The stream itself is opened once, on the first opening; the temporary file is deleted when the JVM
 * exits. Openings are meant to follow one another (inspect, then read), not to overlap.
 */
final class ReadOnceSpool {
    private interface Source {
        InputStream open() throws IOException;
    }

    private final Source source;
    private InputStream stream;
    private Path kept;
    private OutputStream keeping;
    private long keptBytes;
    private boolean ended;

    private ReadOnceSpool(Source source) {
        this.source = source;
    }

    static ReadOnceSpool ofStdin(InputStream stdin) {
        return new ReadOnceSpool(() -> new UnclosableInput(stdin));
    }

    static ReadOnceSpool of(Path path) {
        return new ReadOnceSpool(() -> Files.newInputStream(path));
    }

    /** A stream of every byte from the first: those kept, then the rest of the stream. */
    synchronized InputStream open() throws IOException {
        if (ended && kept == null) {
            throw new IOException(EngineMessages.get("io.readOnce"));
        }
        if (stream == null) {
            stream = source.open();
            kept = Files.createTempFile("lmlens-input", ".part"); // i18n-ok: temporary file name
            kept.toFile().deleteOnExit();
            keeping = Files.newOutputStream(kept, StandardOpenOption.WRITE);
        }
        return new Replay();
    }

    /**
     * The stream itself, not kept, for a reader that reads it once from start to end (an ARPA file):
     * nothing is copied. Any later opening fails.
     */
    synchronized InputStream openUnkept() throws IOException {
        if (stream != null) {
            return open();
        }
        stream = source.open();
        ended = true;
        InputStream once = stream;
        return once;
    }

    private synchronized int readOn(byte[] b, int off, int len, long position) throws IOException {
        if (position < keptBytes) {
            return -2; // read from the kept file first
        }
        if (ended) {
            return -1;
        }
        int n = stream.read(b, off, len);
        if (n < 0) {
            ended = true;
            keeping.close();
            stream.close();
            return -1;
        }
        keeping.write(b, off, n);
        keeping.flush();
        keptBytes += n;
        return n;
    }

    private synchronized long keptBytes() {
        return keptBytes;
    }

    /** One opening: the kept bytes through its own channel, then the stream. */
    private final class Replay extends InputStream {
        private long position;
        private InputStream fromKept;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (true) {
                if (position < keptBytes()) {
                    if (fromKept == null) {
                        fromKept = Files.newInputStream(kept);
                        fromKept.skipNBytes(position);
                    }
                    int n = fromKept.read(b, off, (int) Math.min(len, keptBytes() - position));
                    if (n > 0) {
                        position += n;
                        return n;
                    }
                    throw new IOException("the temporary copy of the input was cut short"); // i18n-ok: internal
                }
                if (fromKept != null) {
                    fromKept.close();
                    fromKept = null;
                }
                int n = readOn(b, off, len, position);
                if (n == -2) {
                    continue;
                }
                if (n > 0) {
                    position += n;
                }
                return n;
            }
        }

        @Override
        public void close() throws IOException {
            if (fromKept != null) {
                fromKept.close();
            }
        }
    }

    /** Standard input stays open for whoever reads it next. */
    private static final class UnclosableInput extends java.io.FilterInputStream {
        UnclosableInput(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
