package org.lmlens.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void replacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("导出/结果.txt");
        AtomicFiles.writeBytes(target, "old".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.writeBytes(target, "新的".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(target)).isEqualTo("新的");
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void newFilesGetOrdinaryPermissionsAndReplacedFilesKeepTheirs() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x");
        Path exported = dir.resolve("chart.png");
        AtomicFiles.writeBytes(exported, new byte[] {1});
        assertThat(Files.getPosixFilePermissions(exported)).isEqualTo(Files.getPosixFilePermissions(ordinary));

        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(exported, shared);
        AtomicFiles.writeBytes(exported, new byte[] {2});
        assertThat(Files.getPosixFilePermissions(exported)).isEqualTo(shared);
    }

    @Test
    void aFailureHalfWayKeepsTheOldContent() throws IOException {
        Path target = dir.resolve("counts.csv");
        Files.writeString(target, "complete old content");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("complete old content");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
