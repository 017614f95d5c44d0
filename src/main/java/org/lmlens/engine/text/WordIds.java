package org.lmlens.engine.text;

import java.nio.charset.StandardCharsets;

/**
 * Maps a token (already lowercased when the options say so) to the id a corpus stores for it, or to -1
 * to drop it (markup such as a literal {@code <s>}). {@link TextReader#readWordIds} calls it once per
 * distinct spelling in the file on its fast path, and once per token otherwise, always in order of first
 * appearance: an implementation that numbers new words as they come gets the same ids either way.
 */
@FunctionalInterface
public interface WordIds {
    int id(String token);

    /**
     * As {@link #id}, for a token the byte path met for the first time in a text read without lowercasing,
     * given as its bytes {@code b[from, from + length)}: it is pure ASCII (so its bytes are its characters),
     * and its exact bytes are in neither the spellings this reading met so far (one table per reading: the
     * first encoding's) nor the known spellings the reading was given. A mapping that saw every ASCII word
     * it holds through those spellings knows the token is new to it, without making a {@code String} or
     * looking it up (the training text's vocabulary; a test text against complete spellings: out of the
     * vocabulary). The byte path never calls it otherwise.
     */
    default int idOfNewSpelling(byte[] b, int from, int length) {
        return id(new String(b, from, length, StandardCharsets.ISO_8859_1));
    }
}
