package org.lmlens.engine.text.bytes;

/**
 * What {@link ByteWordReader} reads into: it asks for the id of each distinct spelling once, in order of
 * first appearance, and hands over each sentence as ids. A sink that numbers new words as they come
 * gets the ids reading the same text by characters would give.
 */
public interface WordIdSink {
    /** The id of a token (already lowercased when the options say so), or -1 to leave it out (markup). */
    int id(String token);

    /** A sentence of {@code length > 0} ids; the array is reused: copy what you keep. */
    void sentence(int[] ids, int length);
}
