package org.lmlens.engine.bpe;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;

/**
 * The merges file: a trained byte-level BPE model as plain UTF-8 text.
 * <pre>
 * #lmlens-bpe 1
 * #pre-split gpt2
 * t h
 * \x20 t
 * th e
 * \xe6 \x88
 * \xe6\x88 \x91
 * </pre>
 * <ul>
 *   <li>Lines starting with {@code #} are comments; {@code #pre-split NAME} names the {@link PreSplit}
 *       (default {@code gpt2}).</li>
 *   <li>Every other line is one merge, in rank order (the first line is merge 0): the left token, one
 *       space, the right token. Tokens 0..255 are the bytes; a merge's result is the token with the joined
 *       bytes (new, or the same as an earlier merge's: ids are numbered in order of first appearance).</li>
 *   <li>A token is written as its bytes in UTF-8 text; a byte that is not part of a complete character,
 *       white space, control characters, {@code #} and {@code \} are written {@code \xHH}. So a merge line
 *       never starts with {@code #} and always has exactly one space.</li>
 * </ul>
 * The format is that of GPT-2's and Hugging Face's {@code merges.txt} (one pair a line, rank order), with
 * readable escapes instead of GPT-2's byte-to-Unicode table, so that Chinese tokens read as Chinese.
 */
public final class MergesFile {
    static final String MAGIC = "#lmlens-bpe 1";
    static final String PRE_SPLIT = "#pre-split ";

    private MergesFile() {
    }

    /** The file's text for a model. */
    public static String format(BpeModel model) {
        StringBuilder sb = new StringBuilder();
        sb.append(MAGIC).append('\n').append(PRE_SPLIT).append(model.preSplit().cliName()).append('\n');
        for (BpeModel.Merge m : model.merges()) {
            sb.append(ByteText.escape(model.bytes(m.left()))).append(' ')
                    .append(ByteText.escape(model.bytes(m.right()))).append('\n');
        }
        return sb.toString();
    }

    /** Writes the model to {@code file} atomically (a temporary file in the same folder, then a move). */
    public static void write(BpeModel model, Path file) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write(format(model));
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the message below is what matters
                }
            }
            throw new LmLensException(EngineMessages.get("bpe.cannotWrite", file, e.getMessage()), e);
        }
    }

    public static BpeModel read(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(String.valueOf(file.getFileName()), r.lines().toList());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new LmLensException(EngineMessages.get("bpe.cannotRead", file, e.getMessage()), e);
        }
    }

    /** Parses the lines of a merges file; {@code name} names it in messages and in the model. */
    public static BpeModel parse(String name, List<String> lines) {
        PreSplit preSplit = PreSplit.GPT2;
        Object2IntOpenHashMap<String> ids = new Object2IntOpenHashMap<>();
        ids.defaultReturnValue(-1);
        for (int b = 0; b < 256; b++) {
            ids.put(BpeModel.latin1(new byte[] {(byte) b}), b);
        }
        int nextId = 256;
        List<int[]> merges = new ArrayList<>();
        int lineNumber = 0;
        for (String raw : lines) {
            lineNumber++;
            String line = lineNumber == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
            if (line.startsWith(PRE_SPLIT)) {
                preSplit = PreSplit.byName(line.substring(PRE_SPLIT.length()));
                continue;
            }
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] parts = line.split(" ", -1);
            byte[] left = parts.length == 2 ? ByteText.unescape(parts[0]) : null;
            byte[] right = parts.length == 2 ? ByteText.unescape(parts[1]) : null;
            if (left == null || right == null || left.length == 0 || right.length == 0) {
                throw new LmLensException(EngineMessages.get("bpe.badLine", name, lineNumber, line));
            }
            int l = ids.getInt(BpeModel.latin1(left));
            int r = ids.getInt(BpeModel.latin1(right));
            if (l < 0 || r < 0) {
                throw new LmLensException(EngineMessages.get("bpe.unknownToken", name, lineNumber,
                        l < 0 ? parts[0] : parts[1]));
            }
            String joined = BpeModel.latin1(BpeModel.concat(left, right));
            if (ids.getInt(joined) < 0) {
                ids.put(joined, nextId++);
            }
            merges.add(new int[] {l, r});
        }
        return BpeModel.fromMerges(name, preSplit, merges);
    }
}
