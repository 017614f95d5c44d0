package org.lmlens.engine.text;

import java.util.List;

/** Receives sentences one at a time. The list is reused by the caller: copy what you keep. */
@FunctionalInterface
public interface SentenceSink {
    void sentence(List<String> tokens);
}
