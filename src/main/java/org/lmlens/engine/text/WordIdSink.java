package org.lmlens.engine.text;

/** Receives sentences as word ids, one at a time. The array is reused by the caller: copy what you keep. */
@FunctionalInterface
public interface WordIdSink {
    /** A sentence of {@code length} ids ({@code length > 0}; dropped tokens are already left out). */
    void sentence(int[] ids, int length);
}
