package org.lmlens.engine.bpe;

import it.unimi.dsi.fastutil.objects.Object2LongMap;
import it.unimi.dsi.fastutil.objects.Object2LongOpenHashMap;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.lmlens.engine.Progress;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.TextReader;
import org.lmlens.engine.text.TextSource;

/**
 * What BPE training reads of a text: each distinct piece (see {@link PreSplit}) and how often it occurs,
 * with the size of the text in bytes (the number of tokens before any merge), characters and words
 * (runs of non-space characters). Lines are read one at a time; a line break is never part of a piece.
 */
public final class PieceCounts {
    private final String name;
    private final PreSplit preSplit;
    private final boolean lowercase;
    private final Object2LongOpenHashMap<String> counts = new Object2LongOpenHashMap<>();
    private long bytes;
    private long characters;
    private long words;

    public PieceCounts(String name, PreSplit preSplit, boolean lowercase) {
        this.name = name;
        this.preSplit = preSplit;
        this.lowercase = lowercase;
    }

    /** The pieces of a text source, read as {@code options} say (encoding; lowercase when asked). */
    public static PieceCounts of(TextSource source, TextOptions options, PreSplit preSplit, Progress progress) {
        PieceCounts pieces = new PieceCounts(source.name(), preSplit, options.lowercase());
        TextReader.readLines(source, options, pieces::addLine, progress);
        return pieces;
    }

    /** Adds one line (without its line break). */
    public void addLine(String line) {
        String text = lowercase ? line.toLowerCase(Locale.ROOT) : line;
        characters += text.codePointCount(0, text.length());
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        preSplit.split(text, piece -> {
            counts.addTo(piece, 1);
            bytes += piece.getBytes(StandardCharsets.UTF_8).length;
        });
    }

    public String name() {
        return name;
    }

    public PreSplit preSplit() {
        return preSplit;
    }

    Object2LongMap<String> counts() {
        return counts;
    }

    public int distinctPieces() {
        return counts.size();
    }

    /** UTF-8 bytes of all pieces: the number of tokens before the first merge. */
    public long bytes() {
        return bytes;
    }

    public long characters() {
        return characters;
    }

    public long words() {
        return words;
    }
}
