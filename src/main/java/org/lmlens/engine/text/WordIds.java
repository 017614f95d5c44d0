package org.lmlens.engine.text;

/**
 * Maps a token (already lowercased when the options say so) to the id a corpus stores for it, or to -1
 * to drop it (markup such as a literal {@code <s>}). {@link TextReader#readWordIds} calls it once per
 * distinct spelling in the file on its fast path, and once per token otherwise, always in order of first
 * appearance: an implementation that numbers new words as they come gets the same ids either way.
 */
@FunctionalInterface
public interface WordIds {
    int id(String token);
}
