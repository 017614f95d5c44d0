package org.lmlens.ui.sessionfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.lmlens.engine.LmLensException;
import org.lmlens.i18n.I18n;
import org.lmlens.engine.io.AtomicFiles;

/**
 * Reads and writes {@link SessionFile}s. Writing is atomic (temporary file, then rename), so a crash never
 * leaves half a session. Every problem reading (missing, unreadable, not JSON, written by a newer LM Lens,
 * impossible values) becomes an {@link LmLensException} whose message says which file and what is wrong.
 */
public final class SessionStore {
    private SessionStore() {
    }

    public static void write(SessionFile session, Path target) {
        try {
            AtomicFiles.writeBytes(target, encode(session));
        } catch (IOException e) {
            throw new LmLensException(I18n.get("session.error.write", target, e.getMessage()), e);
        }
    }

    /** The file's bytes (JSON). */
    static byte[] encode(SessionFile session) throws IOException {
        return Json.MAPPER.writeValueAsBytes(session);
    }

    public static SessionFile read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new LmLensException(I18n.get("session.error.missing", file), e);
        } catch (AccessDeniedException e) {
            throw new LmLensException(I18n.get("session.error.denied", file), e);
        } catch (IOException e) {
            throw new LmLensException(I18n.get("session.error.read", file, e.getMessage()), e);
        }
        return parse(bytes, file);
    }

    static SessionFile parse(byte[] bytes, Path file) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw corrupt(file, e);
        }
        if (tree == null || !tree.isObject() || !tree.path("formatVersion").canConvertToInt()) { // i18n-ok: JSON field name
            throw corrupt(file, null);
        }
        int version = tree.get("formatVersion").asInt(); // i18n-ok: JSON field name
        if (version > SessionFile.FORMAT_VERSION) {
            throw new LmLensException(I18n.get("session.error.newer", file, version, SessionFile.FORMAT_VERSION));
        }
        SessionFile session;
        try {
            session = Json.MAPPER.treeToValue(tree, SessionFile.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw corrupt(file, e);
        }
        if (version < 1 || session.order() < 1 || session.minCount() < 1 || session.tokenizer() == null
                || session.sentenceMode() == null || session.method() == null || session.encoding() == null
                || !validSource(session.source())) {
            throw corrupt(file, null);
        }
        return session;
    }

    private static boolean validSource(SessionFile.Source s) {
        if (s == null) {
            return true; // a session saved before any text was loaded
        }
        if (s.kind() == null) {
            return false;
        }
        return switch (s.kind()) {
            case FILE -> s.path() != null && !s.path().isBlank();
            case PASTED -> s.text() != null;
            case SAMPLE -> s.sampleId() != null && !s.sampleId().isBlank();
        };
    }

    private static LmLensException corrupt(Path file, Exception cause) {
        return new LmLensException(I18n.get("session.error.corrupt", file), cause);
    }
}
