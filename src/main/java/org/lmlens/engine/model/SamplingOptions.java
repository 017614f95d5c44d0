package org.lmlens.engine.model;

import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;

/**
 * How to draw the next word. Temperature T reshapes the distribution as softmax(log p / T), i.e.
 * p^(1/T) renormalised (T &lt; 1 sharpens, T &gt; 1 flattens); then top-k keeps the k most probable words
 * and top-p (nucleus) the smallest most-probable set whose mass reaches p (the order Hugging Face's
 * samplers use). Greedy always takes the most probable word (ties: the lower id).
 *
 * @param topK 0 for no top-k cut
 * @param topP 1 for no nucleus cut
 */
public record SamplingOptions(double temperature, int topK, double topP, boolean greedy, int maxLength) {
    /**
     * The longest sentence asked for: far beyond any real sentence, and small enough that the sampler's
     * buffers (a few ints per word) never matter.
     */
    public static final int MAX_LENGTH = 10_000;

    public SamplingOptions {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new LmLensException(EngineMessages.get("sampling.temperature", temperature));
        }
        if (topK < 0) {
            throw new LmLensException(EngineMessages.get("sampling.topK", topK));
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new LmLensException(EngineMessages.get("sampling.topP", topP));
        }
        if (maxLength < 1 || maxLength > MAX_LENGTH) {
            throw new LmLensException(EngineMessages.get("sampling.maxLength", MAX_LENGTH, maxLength));
        }
    }

    public static SamplingOptions defaults() {
        return new SamplingOptions(1.0, 0, 1.0, false, 40);
    }

    public SamplingOptions withTemperature(double t) {
        return new SamplingOptions(t, topK, topP, greedy, maxLength);
    }

    public SamplingOptions withTopK(int k) {
        return new SamplingOptions(temperature, k, topP, greedy, maxLength);
    }

    public SamplingOptions withTopP(double p) {
        return new SamplingOptions(temperature, topK, p, greedy, maxLength);
    }

    public SamplingOptions withGreedy(boolean g) {
        return new SamplingOptions(temperature, topK, topP, g, maxLength);
    }

    public SamplingOptions withMaxLength(int n) {
        return new SamplingOptions(temperature, topK, topP, greedy, n);
    }
}
