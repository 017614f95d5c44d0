package org.lmlens.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.io.AtomicFiles;
import org.lmlens.engine.io.InputFile;
import org.lmlens.engine.io.IoErrors;

/**
 * Where a command writes a file ({@code --out}): {@code -} is standard output; any other file is written
 * atomically (a temporary file in its folder, moved into place when complete, so an interrupted or failed
 * write leaves the old file as it was), is never one of the run's input files, and a failure says why.
 */
final class OutputFiles {
    /** What writes the content, as text (UTF-8). */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private OutputFiles() {
    }

    static boolean isStdout(Path target) {
        return target.toString().equals(InputFile.STDIN);
    }

    /** Refuses a target that is one of the inputs (the same file, by any path or link), before any work. */
    static void checkTarget(String option, Path target, Collection<Path> inputs) {
        if (isStdout(target)) {
            return;
        }
        String why = IoErrors.unwritable(target);
        if (why != null) {
            throw new LmLensException("Cannot write " + option + " '" + target + "': " + why);
        }
        for (Path in : inputs) {
            if (InputFile.isStdin(in) || !Files.exists(target)) {
                continue;
            }
            try {
                if (Files.isSameFile(in, target)) {
                    throw new LmLensException(option + " " + target + " is an input file (" + in
                            + "): choose another file name");
                }
            } catch (IOException e) {
                // An input that cannot be examined is reported when it is read.
            }
        }
    }

    /** Writes the content to {@code target}, or to {@code stdout} for {@code -}. */
    static void write(String option, Path target, Collection<Path> inputs, PrintWriter stdout, Content content) {
        checkTarget(option, target, inputs);
        if (isStdout(target)) {
            try {
                content.writeTo(stdout);
            } catch (IOException e) {
                throw new LmLensException("Cannot write to standard output: " + e.getMessage(), e);
            }
            stdout.flush();
            return;
        }
        try {
            AtomicFiles.write(target, out -> writeText(out, content));
        } catch (IOException e) {
            throw new LmLensException("Cannot write " + target + ": " + IoErrors.reason(e, target), e);
        }
    }

    private static void writeText(OutputStream out, Content content) throws IOException {
        Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        content.writeTo(w);
        w.flush();
    }
}
