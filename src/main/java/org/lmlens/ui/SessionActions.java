package org.lmlens.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.model.TrainedText;
import org.lmlens.i18n.I18n;
import org.lmlens.ui.presenter.PresenterMode;
import org.lmlens.ui.session.Sample;
import org.lmlens.ui.session.Samples;
import org.lmlens.ui.session.SessionViewModel;
import org.lmlens.ui.session.SessionViewModel.Origin;
import org.lmlens.ui.sessionfile.RecentStore;
import org.lmlens.ui.sessionfile.SessionFile;
import org.lmlens.ui.sessionfile.SessionFile.Source;
import org.lmlens.ui.sessionfile.SessionStore;

/**
 * Loading texts and sessions from the main window: every load remembers where the text came from (a file,
 * pasted text or a sample), so a session file can name it; a file that loaded joins the recent texts.
 * A session is the text's source plus every option (text, model, open tab, theme, language, presenter scale).
 */
final class SessionActions {
    private final SessionViewModel session;
    private final RecentStore recent;
    private final PresenterMode presenter;
    private final BooleanProperty dark;
    private final Supplier<String> openTab;
    private final Consumer<String> selectTab;
    private Consumer<String> errorHandler = m -> { };
    /** The source of the text on screen, and of the load in progress (it becomes current when it succeeds). */
    private Source current;
    private Source pending;

    SessionActions(SessionViewModel session, RecentStore recent, PresenterMode presenter, BooleanProperty dark,
                   Supplier<String> openTab, Consumer<String> selectTab) {
        this.session = session;
        this.recent = recent;
        this.presenter = presenter;
        this.dark = dark;
        this.openTab = openTab;
        this.selectTab = selectTab;
        session.textProperty().addListener((o, a, t) -> loaded(t));
    }

    void setErrorHandler(Consumer<String> handler) {
        this.errorHandler = handler;
    }

    RecentStore recent() {
        return recent;
    }

    private void loaded(TrainedText t) {
        if (t == null || pending == null) {
            return;
        }
        current = pending;
        pending = null;
        if (current.kind() == Source.Kind.FILE) {
            recent.addFile(current.filePath());
        }
    }

    void openText(Path file) {
        pending = Source.file(file);
        session.load(Origin.of(file), session.currentOptions());
    }

    void paste(String text) {
        pending = Source.pasted(text);
        session.load(Origin.pasted(text), session.currentOptions());
    }

    void loadSample(Sample sample) {
        pending = Source.sample(sample.id());
        session.load(sample);
    }

    /** Everything needed to come back to this screen. */
    SessionFile snapshot() {
        return SessionFile.defaults().withSource(current)
                .withTextOptions(session.currentOptions(), session.minCountProperty().get())
                .withModel(session.orderProperty().get(), session.methodProperty().get().name(),
                        session.parametersProperty().get().asMap())
                .withView(openTab.get(), dark.get() ? "dark" : "light", // i18n-ok: theme ids in the session file
                        I18n.locale().toLanguageTag(), presenter.presenterScale());
    }

    /**
     * Sets every option of a session, then loads its text (one load, with the session's text options).
     * The session was checked by {@link #readChecked} (its text file exists, its sample is known).
     */
    void apply(SessionFile s) {
        Source source = s.source();
        Origin origin = source == null ? null : switch (source.kind()) {
            case FILE -> Origin.of(source.filePath());
            case PASTED -> Origin.pasted(source.text());
            case SAMPLE -> Origin.of(sample(source.sampleId()));
        };
        // Everything that could refuse a value first, so that a refusal changes nothing.
        var method = s.smoothingMethod();
        var parameters = s.methodParameters();
        var textOptions = s.textOptions();
        session.orderProperty().set(s.order());
        session.methodProperty().set(method);
        session.parametersProperty().set(parameters);
        if (origin != null) {
            pending = source;
            session.minCountProperty().set(s.minCount());
            session.load(origin, textOptions);
        }
        if (s.openTab() != null) {
            selectTab.accept(s.openTab());
        }
        dark.set("dark".equals(s.theme())); // i18n-ok: theme id
        if (s.language() != null && !s.language().isBlank()) {
            I18n.setLocale(Locale.forLanguageTag(s.language()));
        }
        presenter.setPresenterScale(s.presenterScale());
    }

    private static Sample sample(String id) {
        return Samples.all().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new LmLensException(I18n.get("session.error.source", id)));
    }

    /** Off the FX thread: reads a session file and checks that the text it names can still be found. */
    private static SessionFile readChecked(Path file) {
        SessionFile s = SessionStore.read(file);
        Source source = s.source();
        if (source != null && source.kind() == Source.Kind.FILE && !Files.exists(source.filePath())) {
            throw new LmLensException(I18n.get("session.error.source", source.path()));
        }
        if (source != null && source.kind() == Source.Kind.FILE && !Files.isRegularFile(source.filePath())) {
            throw new LmLensException(I18n.get("session.error.notRegular", source.path()));
        }
        if (source != null && source.kind() == Source.Kind.SAMPLE) {
            sample(source.sampleId());
        }
        return s;
    }

    /**
     * Opens a session file: read and checked in the background, applied on the FX thread. A problem
     * (missing, damaged, newer format, text gone) is reported, never thrown, and changes nothing.
     */
    void openSession(Path file) {
        openSession(file, () -> { });
    }

    private void openSession(Path file, Runnable ifFailed) {
        session.runner().run(p -> readChecked(file), s -> {
            apply(s);
            recent.addSession(file);
        }, error -> {
            errorHandler.accept(SessionViewModel.messageOf(error));
            ifFailed.run();
        });
    }

    /** Saves the screen as a session file, written in the background; a failure is reported. */
    void saveSession(Path file) {
        SessionFile snapshot = snapshot();
        session.runner().run(p -> {
            SessionStore.write(snapshot, file);
            return file;
        }, recent::addSession, error -> errorHandler.accept(SessionViewModel.messageOf(error)));
    }

    /**
     * On quit: the screen as it is, for "Restore last session on start". Written by the recent lists'
     * background writer; the app waits for it when it stops ({@link RecentStore#awaitWrites()}).
     */
    void saveLast() {
        if (current != null) {
            recent.writeLastSession(snapshot());
        }
    }

    /**
     * On start: the last session when the user asked for it; otherwise, or when it cannot be restored
     * (none saved yet, damaged, its text gone), {@code otherwise} runs. A session that cannot be restored
     * is reported only when one was saved: a first start says nothing.
     */
    void restoreLastOr(Runnable otherwise) {
        if (!recent.restoreLastSession()) {
            otherwise.run();
            return;
        }
        Path last = recent.lastSessionFile();
        session.runner().run(p -> Files.exists(last) ? readChecked(last) : null, s -> {
            if (s == null) {
                otherwise.run();
            } else {
                apply(s);
            }
        }, error -> {
            errorHandler.accept(SessionViewModel.messageOf(error));
            otherwise.run();
        });
    }
}
