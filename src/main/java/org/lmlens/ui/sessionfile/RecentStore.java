package org.lmlens.ui.sessionfile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.export.OrderedWriter;

/**
 * File ▸ Recent texts and Recent sessions (at most {@link #MAX} each, most recent first, no duplicates) and
 * the "restore last session on start" choice, kept in {@code recent.json} in {@link LmLensHome}. Each change
 * is saved at once, atomically. A damaged or newer-format file does not stop the app: the lists start
 * empty, the bad file is kept beside as {@code recent.json.bad}, and {@link #resetNotice()} says so once.
 * Not thread-safe: use it from the FX thread.
 */
public final class RecentStore {
    public static final int MAX = 10;
    public static final int FORMAT_VERSION = 1;
    static final String FILE_NAME = "recent.json";
    static final String LAST_SESSION = "last-session" + SessionFile.EXTENSION;

    /** What is stored. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record State(int formatVersion, List<String> files, List<String> sessions, boolean restoreLastSession) {
        State {
            files = files == null ? List.of() : List.copyOf(files);
            sessions = sessions == null ? List.of() : List.copyOf(sessions);
        }
    }

    private final Path home;
    private final Path file;
    private State state;
    private String resetNotice;

    /** Changes come from the FX thread: written in the background, in order ({@link OrderedWriter}). */
    private static final OrderedWriter WRITER = new OrderedWriter("lmlens-recent"); // i18n-ok: thread name

    public RecentStore(Path home) {
        this.home = home;
        this.file = home.resolve(FILE_NAME);
        awaitWrites(); // a store opened after changes reads them
        this.state = load();
    }

    /** Waits (up to 5 s) until every change made so far is on disk. */
    public static void awaitWrites() {
        WRITER.awaitPending();
    }

    /** The store in the user's LM Lens folder. */
    public static RecentStore user() {
        return new RecentStore(LmLensHome.dir());
    }

    public List<Path> files() {
        return state.files().stream().map(Path::of).toList();
    }

    public List<Path> sessions() {
        return state.sessions().stream().map(Path::of).toList();
    }

    /** Puts a text file at the top of the list. */
    public void addFile(Path p) {
        state = new State(FORMAT_VERSION, push(state.files(), p), state.sessions(), state.restoreLastSession());
        save();
    }

    public void addSession(Path p) {
        state = new State(FORMAT_VERSION, state.files(), push(state.sessions(), p), state.restoreLastSession());
        save();
    }

    /** Drops an entry (a file that no longer exists, say). */
    public void remove(Path p) {
        String key = key(p);
        state = new State(FORMAT_VERSION, without(state.files(), key), without(state.sessions(), key),
                state.restoreLastSession());
        save();
    }

    public void clear() {
        state = new State(FORMAT_VERSION, List.of(), List.of(), state.restoreLastSession());
        save();
    }

    public boolean restoreLastSession() {
        return state.restoreLastSession();
    }

    public void setRestoreLastSession(boolean restore) {
        state = new State(FORMAT_VERSION, state.files(), state.sessions(), restore);
        save();
    }

    /** Where the session is saved on quit and read on start when {@link #restoreLastSession()} is on. */
    public Path lastSessionFile() {
        return home.resolve(LAST_SESSION);
    }

    /**
     * Writes the session saved on quit, after the recent lists' pending writes and by the same background
     * thread; {@link #awaitWrites()} waits for it too.
     */
    public void writeLastSession(SessionFile session) {
        WRITER.write(lastSessionFile(), () -> SessionStore.encode(session));
    }

    /** A message for the user when the stored lists had to be reset; empty afterwards. */
    public Optional<String> resetNotice() {
        String notice = resetNotice;
        resetNotice = null;
        return Optional.ofNullable(notice);
    }

    private static List<String> push(List<String> list, Path p) {
        String key = key(p);
        List<String> out = new ArrayList<>(MAX);
        out.add(key);
        for (String s : list) {
            if (!s.equals(key) && out.size() < MAX) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<String> without(List<String> list, String key) {
        return list.stream().filter(s -> !s.equals(key)).toList();
    }

    private static String key(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    private State load() {
        State empty = new State(FORMAT_VERSION, List.of(), List.of(), false);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return empty;
        } catch (IOException e) {
            resetNotice = I18n.get("recent.reset", file);
            return empty;
        }
        try {
            State s = Json.MAPPER.readValue(bytes, State.class);
            if (s == null || s.formatVersion() < 1 || s.formatVersion() > FORMAT_VERSION) {
                throw new IOException("unsupported format version"); // i18n-ok: developer message in a log/exception cause
            }
            return new State(FORMAT_VERSION, s.files().stream().limit(MAX).toList(),
                    s.sessions().stream().limit(MAX).toList(), s.restoreLastSession());
        } catch (IOException | RuntimeException e) {
            keepBadCopy();
            resetNotice = I18n.get("recent.reset", file);
            return empty;
        }
    }

    private void keepBadCopy() {
        try {
            Files.move(file, file.resolveSibling(FILE_NAME + ".bad"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // The next save replaces it anyway; losing a damaged recent list costs nothing.
        }
    }

    private void save() {
        State snapshot = state; // immutable
        WRITER.write(file, () -> Json.MAPPER.writeValueAsBytes(snapshot));
    }
}
