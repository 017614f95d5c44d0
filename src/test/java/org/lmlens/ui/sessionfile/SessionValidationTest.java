package org.lmlens.ui.sessionfile;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmlens.engine.LmLensException;
import org.lmlens.i18n.I18n;

/** A session whose values this build cannot apply is refused whole, naming the value, before any is applied. */
class SessionValidationTest {
    @TempDir
    Path dir;

    @BeforeEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private Path session(String field, String value) throws Exception {
        String json = new String(SessionStore.encode(SessionFile.defaults().withSource(SessionFile.Source.sample("sam"))),
                java.nio.charset.StandardCharsets.UTF_8);
        String changed = json.replaceFirst("\"" + field + "\"\\s*:\\s*(\"[^\"]*\"|[0-9.]+)", "\"" + field + "\" : " + value);
        return Files.writeString(dir.resolve(field + ".lmlens.json"), changed);
    }

    @Test
    void anUnknownMethodTokenizerEncodingOrSentenceModeIsRefusedByName() throws Exception {
        String[][] cases = {
            {"method", "\"telepathy\"", "telepathy"},
            {"tokenizer", "\"morse\"", "morse"},
            {"encoding", "\"EBCDIC-MARS\"", "EBCDIC-MARS"},
            {"sentenceMode", "\"paragraph\"", "paragraph"},
        };
        for (String[] c : cases) {
            Path file = session(c[0], c[1]);
            assertThatThrownBy(() -> SessionStore.read(file)).as(c[0]).isInstanceOf(LmLensException.class)
                    .hasMessageContaining(file.getFileName().toString()).hasMessageContaining("nothing was changed")
                    .hasMessageContaining(c[2]);
        }
    }

    @Test
    void anOrderOrParameterBeyondTheEngineIsRefused() throws Exception {
        Path order = session("order", "11");
        assertThatThrownBy(() -> SessionStore.read(order)).isInstanceOf(LmLensException.class)
                .hasMessageContaining("order 11");
        Path file = Files.writeString(dir.resolve("k.lmlens.json"), new String(SessionStore.encode(SessionFile.defaults()
                .withModel(2, "lidstone", java.util.Map.of("k", 1e300))), java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SessionStore.read(file)).isInstanceOf(LmLensException.class)
                .hasMessageContaining("k.lmlens.json");
    }

    @Test
    void aFifoIsRefusedInsteadOfReadForever() throws Exception {
        Path fifo = dir.resolve("pipe.lmlens.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is available");
        assertThatThrownBy(() -> SessionStore.read(fifo)).isInstanceOf(LmLensException.class)
                .hasMessageContaining("is not a regular file");
    }
}
