package org.lmlens.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.lmlens.engine.text.SentenceMode;
import org.lmlens.engine.text.TextOptions;
import org.lmlens.engine.text.Tokenizers;

/**
 * What the job reads and builds, as plain values that travel to the executors (tokenizers are looked up
 * there by name). {@code prune[k]} is lmplz's threshold for order k: n-grams of order k ≥ 2 seen at most
 * that many times are left out of the model (their probability mass goes to the back-off weight).
 */
public record JobOptions(List<String> inputs, int order, long[] prune, String tokenizer, boolean lowercase,
                         SentenceMode sentenceMode, int partitions) implements Serializable {
    public JobOptions {
        inputs = List.copyOf(inputs);
        if (order < 1 || order > 10) {
            throw new IllegalArgumentException("--order must be between 1 and 10, got " + order);
        }
        prune = expand(prune, order);
    }

    /** lmplz's rule: one value per order from 1, the last repeated; non-decreasing, and 0 for unigrams. */
    static long[] expand(long[] given, int order) {
        long[] out = new long[order + 1];
        for (int k = 1; k <= order; k++) {
            out[k] = given.length == 0 ? 0 : given[Math.min(k, given.length) - 1];
        }
        if (out[1] != 0) {
            throw new IllegalArgumentException("--prune: unigrams cannot be pruned (the first value must be 0)");
        }
        for (int k = 2; k <= order; k++) {
            if (out[k] < out[k - 1] || out[k] < 0) {
                throw new IllegalArgumentException("--prune: thresholds must be non-decreasing and not negative, got "
                        + Arrays.toString(given));
            }
        }
        return out;
    }

    boolean pruning() {
        return Arrays.stream(prune).anyMatch(t -> t > 0);
    }

    /** The engine's text options for this job's tokenizer (resolved, never {@code auto}). */
    TextOptions textOptions() {
        return TextOptions.defaults().withTokenizer(Tokenizers.byName(tokenizer)).withLowercase(lowercase)
                .withSentenceMode(sentenceMode);
    }

    JobOptions withOrder(int k) {
        return new JobOptions(inputs, k, Arrays.copyOfRange(prune, 1, Math.min(prune.length, k + 1)), tokenizer,
                lowercase, sentenceMode, partitions);
    }

    JobOptions withTokenizer(String name) {
        return new JobOptions(inputs, order, Arrays.copyOfRange(prune, 1, prune.length), name, lowercase,
                sentenceMode, partitions);
    }
}
