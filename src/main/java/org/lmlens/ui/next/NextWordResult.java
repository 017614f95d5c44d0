package org.lmlens.ui.next;

import java.util.List;

/**
 * What the Next-word chart shows for one context: the context tokens (which ones the model uses), the
 * top-k words of the current method with their counts, and one probability series per method (the
 * current one first; more when comparing). {@code undefinedMessage} is set instead of bars when the
 * current method has no distribution for the context (MLE, unseen context).
 */
public record NextWordResult(List<ContextToken> context, List<String> words, long[] counts, long contextCount,
                             List<Series> series, String undefinedMessage) {

    /** One context token as the user typed it, whether the model uses it and whether it is in the vocabulary. */
    public record ContextToken(String word, boolean used, boolean known, boolean marker) {
    }

    /**
     * The probabilities of {@code words} under one method, and the rest of the mass ("all others").
     * {@code defined} is false for MLE on an unseen context (all zeros then).
     */
    public record Series(String method, double[] probabilities, double others, boolean defined) {
    }

    public boolean isDefined() {
        return undefinedMessage == null;
    }
}
