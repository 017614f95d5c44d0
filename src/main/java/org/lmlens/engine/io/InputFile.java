package org.lmlens.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import org.lmlens.engine.EngineMessages;

/**
 * A file the user named as an input, opened as often as its reader needs, each time from its first byte:
 * <ul>
 *   <li>{@code -} is standard input (KenLM's and most Unix tools' convention);</li>
 *   <li>what is not a regular file ({@code /dev/stdin}, a pipe, a FIFO, {@code <(…)}, a device) can be
 *       read only once: its bytes are kept in a temporary file as they are first read
 *       ({@link ReadOnceSpool}), and every later opening reads them back from there;</li>
 *   <li>gzip, bzip2 and xz data are decompressed, whatever the file's name ({@link Decompression}).</li>
 * </ul>
 * Standard input is one spool for the whole process (it can be read only once); any other stream gets a
 * spool per {@code InputFile}, so that a FIFO loaded again is read again.
 */
public final class InputFile {
    /** The name that stands for standard input. */
    public static final String STDIN = "-";
    /** Standard input's spool, by the stream {@code System.in} is (tests replace it). */
    private static final Map<java.io.InputStream, ReadOnceSpool> STDIN_SPOOLS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final Path path;
    private final ReadOnceSpool spool;
    /** The compression of the raw bytes, once looked at. */
    private volatile Decompression.Format format;

    private InputFile(Path path, ReadOnceSpool spool) {
        this.path = path;
        this.spool = spool;
    }

    /** The input at {@code path}; {@code -} is standard input. Opens nothing yet. */
    public static InputFile of(Path path) {
        if (isStdin(path)) {
            return new InputFile(path, STDIN_SPOOLS.computeIfAbsent(System.in, ReadOnceSpool::ofStdin));
        }
        if (isReadOnce(path)) {
            return new InputFile(path, ReadOnceSpool.of(path));
        }
        return new InputFile(path, null);
    }

    public static boolean isStdin(Path path) {
        return path.toString().equals(STDIN);
    }

    /**
     * True for what exists but is not a regular file or a folder: a pipe, a FIFO, a device, standard input
     * through {@code /dev/stdin}. Each is read once.
     */
    public static boolean isReadOnce(Path path) {
        return isStdin(path) || Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
    }

    public Path path() {
        return path;
    }

    /** How messages name it: the path as given, or "standard input". */
    public String name() {
        return isStdin(path) ? "stdin" : path.toString(); // i18n-ok: the Unix name of the stream
    }

    /** True for standard input, a pipe or a device: read once, kept in a temporary file. */
    public boolean readOnce() {
        return spool != null;
    }

    /** True when the bytes are compressed (gzip, bzip2, xz); opens the file to look, once. */
    public boolean compressed() throws IOException {
        return format() != Decompression.Format.NONE;
    }

    /**
     * The number of bytes {@link #open} gives, or -1 when it is unknown before reading (a stream, compressed
     * data) or the file cannot be read.
     */
    public long size() {
        if (spool != null) {
            return -1;
        }
        try {
            return compressed() ? -1 : Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Opens the (decompressed) bytes from the start. The caller closes the stream. */
    public InputStream open() throws IOException {
        InputStream raw = openRaw();
        Decompression.Format f = format;
        if (f == null) {
            Decompression.Sniffed sniffed = Decompression.sniff(raw);
            format = sniffed.format();
            return Decompression.open(sniffed);
        }
        return Decompression.open(new Decompression.Sniffed(f, Decompression.buffered(raw)));
    }

    /**
     * As {@link #open}, for a reader that reads the input once, from start to end: a stream is then not
     * kept in a temporary file (and cannot be opened again).
     */
    public InputStream openOnce() throws IOException {
        if (spool == null) {
            return open();
        }
        Decompression.Sniffed sniffed = Decompression.sniff(spool.openUnkept());
        format = sniffed.format();
        return Decompression.open(sniffed);
    }

    private Decompression.Format format() throws IOException {
        if (format == null) {
            try (InputStream in = open()) {
                // open() decided the format
            }
        }
        return format;
    }

    private InputStream openRaw() throws IOException {
        if (spool != null) {
            return spool.open();
        }
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(path)) {
            throw new java.nio.file.FileSystemException(path.toString(), null, EngineMessages.get("io.folder"));
        }
        return Files.newInputStream(path);
    }

    @Override
    public String toString() {
        return name();
    }
}
