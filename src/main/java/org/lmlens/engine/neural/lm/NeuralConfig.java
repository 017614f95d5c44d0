package org.lmlens.engine.neural.lm;

import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.count.NgramCounter;

/**
 * The shape of a neural model. The softmax bigram has one context word and no hidden layer; the MLP has
 * {@code contextLength} words, each embedded in {@code embeddingSize} dimensions, and a tanh hidden layer.
 */
public record NeuralConfig(Kind kind, int contextLength, int embeddingSize, int hiddenSize) {
    public enum Kind {
        BIGRAM("bigram"), MLP("mlp");

        private final String cliName;

        Kind(String cliName) {
            this.cliName = cliName;
        }

        public String cliName() {
            return cliName;
        }

        public static Kind byName(String name) {
            for (Kind k : values()) {
                if (k.cliName.equalsIgnoreCase(name.trim())) {
                    return k;
                }
            }
            throw new LmLensException(EngineMessages.get("neural.unknownModel", name));
        }
    }

    public NeuralConfig {
        if (kind == Kind.BIGRAM) {
            contextLength = 1;
            embeddingSize = 0;
            hiddenSize = 0;
        } else {
            check("context", contextLength, 1, NgramCounter.MAX_ORDER - 1);
            check("embedding", embeddingSize, 1, 1024);
            check("hidden", hiddenSize, 1, 8192);
        }
    }

    private static void check(String what, int value, int min, int max) {
        if (value < min || value > max) {
            throw new LmLensException(EngineMessages.get("neural.size", what, min, max, value));
        }
    }

    public static NeuralConfig bigram() {
        return new NeuralConfig(Kind.BIGRAM, 1, 0, 0);
    }

    public static NeuralConfig mlp(int contextLength, int embeddingSize, int hiddenSize) {
        return new NeuralConfig(Kind.MLP, contextLength, embeddingSize, hiddenSize);
    }

    /** The n-gram order this model corresponds to: context words + the predicted one. */
    public int order() {
        return contextLength + 1;
    }
}
