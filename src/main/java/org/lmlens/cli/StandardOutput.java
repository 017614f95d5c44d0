package org.lmlens.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output for the commands, in UTF-8, remembering why a write failed: a {@link PrintWriter} only
 * says that one did ({@code checkError}), and {@code System.out} not even that unless asked. After a
 * command, a failure is reported with its reason and a non-zero exit ({@code stats … > /dev/full}); a
 * closed pipe ({@code … | head}) ends the run quietly with 141, as a Unix tool killed by SIGPIPE does.
 */
final class StandardOutput {
    /** The exit code of a process whose output pipe was closed (128 + SIGPIPE). */
    static final int BROKEN_PIPE_EXIT = 141;

    private final Recording stream;
    private final PrintWriter writer;

    StandardOutput() {
        this(new FileOutputStream(FileDescriptor.out));
    }

    StandardOutput(OutputStream out) {
        stream = new Recording(out);
        writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
    }

    PrintWriter writer() {
        return writer;
    }

    /** The first write failure, or null. Flushes first. */
    IOException failure() {
        writer.flush();
        return stream.failure;
    }

    /** Thrown by a command that stops writing because standard output failed. */
    static final class Closed extends RuntimeException {
        Closed() {
            super("standard output cannot be written", null, false, false); // i18n-ok: internal
        }
    }

    /** After a line of a long output: stops the command when standard output failed. */
    static void check(PrintWriter out) {
        if (out.checkError()) {
            throw new Closed();
        }
    }

    static boolean isBrokenPipe(IOException e) {
        String m = e.getMessage();
        return m != null && (m.contains("Broken pipe") || m.contains("Stream closed")); // i18n-ok: OS error text
    }

    private static final class Recording extends FilterOutputStream {
        IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }
    }
}
