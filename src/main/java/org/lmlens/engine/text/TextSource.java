package org.lmlens.engine.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.io.InputFile;

/**
 * Where a text comes from: one or more files read in order, or a string (pasted text, a test). It
 * only opens byte streams; {@link TextReader} decodes and cuts them. Files are opened read-only: the
 * engine never writes to a user's input. A file is an {@link InputFile}: {@code -} is standard input, a
 * pipe or FIFO is read once, and compressed files (gzip, bzip2, xz) are decompressed.
 */
public final class TextSource {
    private final String name;
    private final List<Path> files;
    private final List<InputFile> inputs;
    private final String text;

    private TextSource(String name, List<Path> files, String text) {
        this.name = name;
        this.files = files;
        this.inputs = files.stream().map(InputFile::of).toList();
        this.text = text;
    }

    public static TextSource ofFiles(List<Path> files) {
        if (files.isEmpty()) {
            throw new LmLensException(EngineMessages.get("text.noInput"));
        }
        String first = InputFile.isStdin(files.get(0)) ? InputFile.of(files.get(0)).name()
                : String.valueOf(files.get(0).getFileName());
        String name = files.size() == 1 ? first : first + " (+" + (files.size() - 1) + " more)";
        return new TextSource(name, List.copyOf(files), null);
    }

    public static TextSource ofFile(Path file) {
        return ofFiles(List.of(file));
    }

    public static TextSource ofString(String name, String text) {
        return new TextSource(name, List.of(), Objects.requireNonNull(text));
    }

    /** A short name for titles and status lines: the file name, or the name given to a string. */
    public String name() {
        return name;
    }

    public List<Path> files() {
        return files;
    }

    public boolean isString() {
        return text != null;
    }

    /** The pasted text itself, or null for a file source. */
    public String text() {
        return text;
    }

    /** Total bytes to read (for progress), or -1 when unknown. */
    public long size() {
        if (text != null) {
            return (long) text.length() * 3;
        }
        long total = 0;
        for (InputFile in : inputs) {
            long size = in.size();
            if (size < 0) {
                return -1;
            }
            total += size;
        }
        return total;
    }

    /** The number of parts (files) this source reads, in order. */
    public int partCount() {
        return text != null ? 1 : files.size();
    }

    public String partName(int i) {
        return text != null ? name : inputs.get(i).name();
    }

    /**
     * The size of part {@code i} in bytes, or -1 for pasted text, a stream (standard input, a pipe),
     * compressed data, or when it cannot be read.
     */
    public long partSize(int i) {
        return text != null ? -1 : inputs.get(i).size();
    }

    /**
     * Opens part {@code i} again after {@link TextReader#inspect} looked at it: a file missing now was
     * deleted or moved in between, which the message says.
     */
    public InputStream reopen(int i) {
        if (text == null && !inputs.get(i).readOnce() && !Files.exists(files.get(i))
                && !Files.isSymbolicLink(files.get(i))) {
            throw new LmLensException(EngineMessages.get("text.vanished", files.get(i)));
        }
        return open(i);
    }

    /**
     * After part {@code i} was read: a file whose size changed while it was read (truncated, or still
     * being written) gave a text that is neither the old nor the new one; refuse it with a clear message.
     */
    public void checkUnchanged(int i, long sizeAtStart, long bytesRead) {
        if (text != null || sizeAtStart < 0) {
            return;
        }
        Path p = files.get(i);
        if (!Files.exists(p)) {
            throw new LmLensException(EngineMessages.get("text.vanished", p));
        }
        long now = partSize(i);
        if (now != sizeAtStart || bytesRead != sizeAtStart) {
            throw new LmLensException(EngineMessages.get("text.changed", p, sizeAtStart, now));
        }
    }

    /** Opens part {@code i} for reading, turning every I/O failure into a message a user understands. */
    InputStream open(int i) {
        if (text != null) {
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }
        Path p = files.get(i);
        if (Files.isDirectory(p)) {
            throw new LmLensException(EngineMessages.get("text.folder", p));
        }
        try {
            return inputs.get(i).open();
        } catch (NoSuchFileException e) {
            throw new LmLensException(EngineMessages.get("text.notFound", p));
        } catch (AccessDeniedException e) {
            throw new LmLensException(EngineMessages.get("text.denied", p));
        } catch (IOException e) {
            throw new LmLensException(EngineMessages.get("text.unreadable", inputs.get(i).name(), e.getMessage()));
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
