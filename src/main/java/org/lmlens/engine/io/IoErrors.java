package org.lmlens.engine.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.lmlens.engine.EngineMessages;

/**
 * What went wrong with a file, in words: Java's file exceptions often carry only the path
 * ({@code NoSuchFileException: d/x.arpa}), which a message "Cannot write d/x.arpa: d/x.arpa" repeats
 * without saying why.
 */
public final class IoErrors {
    private IoErrors() {
    }

    /** The reason an operation on {@code file} failed, without the file's name. */
    public static String reason(IOException e, Path file) {
        if (e instanceof NoSuchFileException) {
            Path parent = file.toAbsolutePath().getParent();
            return parent != null && !Files.isDirectory(parent) ? EngineMessages.get("io.noFolder", parent)
                    : EngineMessages.get("io.noFile");
        }
        if (e instanceof AccessDeniedException) {
            return EngineMessages.get("io.denied");
        }
        if (e instanceof NotDirectoryException nd) {
            return EngineMessages.get("io.notFolder", nd.getFile());
        }
        if (e instanceof FileAlreadyExistsException) {
            return EngineMessages.get("io.exists");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /**
     * Why {@code file} cannot be written, before anything is written, or null when it looks writable: a
     * missing or non-folder parent, a folder in its place, an empty name.
     */
    public static String unwritable(Path file) {
        if (file.toString().isBlank()) {
            return EngineMessages.get("io.emptyName");
        }
        if (Files.isDirectory(file)) {
            return EngineMessages.get("io.folder");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            return Files.exists(parent) ? EngineMessages.get("io.notFolder", parent)
                    : EngineMessages.get("io.noFolder", parent);
        }
        return null;
    }
}
