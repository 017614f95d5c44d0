package org.lmlens.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.arpa.ArpaWriter;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.ui.common.SameThreadTaskRunner;
import org.lmlens.ui.common.Settings;
import org.lmlens.ui.evaluate.EvaluateViewModel;
import org.lmlens.ui.session.SessionViewModel;
import org.lmlens.ui.sessionfile.SessionFile;
import org.lmlens.ui.sessionfile.SessionStore;

/** The app never writes to the user's input: a read-only text, loaded, exported and saved in a session, is unchanged. */
class InputFilesUntouchedTest {
    @Test
    void loadingExportingAndSavingLeaveTheInputAsItWas(@TempDir Path dir) throws Exception {
        Path input = Files.writeString(dir.resolve("input.txt"), "I am Sam\nSam I am\nI do not like green eggs\n");
        Files.setLastModifiedTime(input, FileTime.fromMillis(1_000_000_000_000L));
        assertThat(input.toFile().setReadOnly()).isTrue();
        byte[] bytes = Files.readAllBytes(input);
        FileTime mtime = Files.getLastModifiedTime(input);

        SessionViewModel session = new SessionViewModel(new SameThreadTaskRunner());
        List<String> errors = new ArrayList<>();
        session.setErrorHandler(errors::add);
        session.load(SessionViewModel.Origin.of(input), TextOptions.defaults());
        assertThat(errors).isEmpty();
        assertThat(session.modelProperty().get()).isNotNull();

        session.methodProperty().set(org.lmlens.engine.smoothing.Methods.byName("kneser-ney"));
        ArpaWriter.write(session.modelProperty().get(), dir.resolve("model.arpa"));
        EvaluateViewModel.writeCsv(org.lmlens.engine.eval.OrderSweep.run(session.textProperty().get().corpus(),
                session.textProperty().get().corpus(), List.of(session.methodProperty().get()), 2,
                org.lmlens.engine.Progress.NONE), dir.resolve("sweep.csv"));
        SessionStore.write(SessionFile.defaults().withSource(SessionFile.Source.file(input)), dir.resolve("s"
                + SessionFile.EXTENSION));
        Settings settings = new Settings(dir.resolve(Settings.FILE_NAME));
        settings.setTextScale(1.1);
        Settings.saved().join();

        assertThat(Files.readAllBytes(input)).isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(input)).isEqualTo(mtime);
        assertThat(Files.getPosixFilePermissions(input)).doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }
}
