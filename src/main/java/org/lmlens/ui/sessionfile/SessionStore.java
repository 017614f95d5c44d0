package org.lmlens.ui.sessionfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.count.NgramCounter;
import org.lmlens.engine.smoothing.Parameters;
import org.lmlens.engine.smoothing.SmoothingMethod;
import org.lmlens.i18n.I18n;
import org.lmlens.engine.io.AtomicFiles;

/**
 * Reads and writes {@link SessionFile}s. Writing is atomic (temporary file, then rename), so a crash never
 * leaves half a session. Every problem reading (missing, unreadable, not a regular file, not JSON, written
 * by a newer LM Lens, impossible or unknown values) becomes an {@link LmLensException} whose message says
 * which file and what is wrong; a session that reads is one every value of which can be applied.
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

    /** Larger than any session, even one holding a long pasted text: refused before it is read. */
    static final long MAX_BYTES = 64L << 20;

    public static SessionFile read(Path file) {
        byte[] bytes;
        try {
            // A FIFO or a device would block or never end: only a regular file is a session.
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new LmLensException(I18n.get("session.error.notRegular", file));
            }
            if (Files.exists(file) && Files.size(file) > MAX_BYTES) {
                throw corrupt(file, null);
            }
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
        checkValues(session, file);
        return session;
    }

    /**
     * Every value the main window will apply, checked before any is: a session naming a method,
     * tokenizer, sentence mode or encoding this build lacks (a newer or damaged file), an order beyond the
     * engine's, a parameter out of its range or an impossible scale is refused as a whole, naming the value.
     */
    private static void checkValues(SessionFile session, Path file) {
        try {
            session.textOptions();
            SmoothingMethod method = session.smoothingMethod();
            Parameters parameters = session.methodParameters();
            method.parameters().forEach(parameters::valueOf);
        } catch (LmLensException e) {
            throw new LmLensException(I18n.get("session.error.invalid", file, e.getMessage()), e);
        }
        if (session.order() > NgramCounter.MAX_ORDER) {
            throw new LmLensException(I18n.get("session.error.invalid", file,
                    I18n.get("session.error.order", session.order(), NgramCounter.MAX_ORDER)));
        }
        if (!Double.isFinite(session.presenterScale())
                || session.parameters().values().stream().anyMatch(v -> v == null || !Double.isFinite(v))) {
            throw corrupt(file, null);
        }
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
