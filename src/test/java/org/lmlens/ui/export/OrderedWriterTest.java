package org.lmlens.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderedWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesLandInTheOrderAskedAndAFailedOneDoesNotStopTheRest() throws Exception {
        OrderedWriter writer = new OrderedWriter("test-writer");
        Path file = dir.resolve("设置.json");
        for (int i = 0; i < 50; i++) {
            String text = "v" + i;
            writer.write(file, () -> text.getBytes(StandardCharsets.UTF_8));
        }
        writer.write(file, () -> {
            throw new IllegalStateException("encoding failed");
        });
        writer.write(dir.resolve("other.json"), () -> "ok".getBytes(StandardCharsets.UTF_8));
        writer.pending().get(10, TimeUnit.SECONDS);
        assertThat(Files.readString(file)).isEqualTo("v49");
        assertThat(Files.readString(dir.resolve("other.json"))).isEqualTo("ok");
        try (var files = Files.list(dir)) {
            assertThat(files).as("no temporary files left").hasSize(2);
        }
    }
}
