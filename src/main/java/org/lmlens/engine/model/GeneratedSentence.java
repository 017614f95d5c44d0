package org.lmlens.engine.model;

import java.util.List;

/**
 * One generated sentence: the words drawn (without {@code <s>} and {@code </s>}), and for each word the
 * context it was drawn from and the probability it had there, so a UI can show the distribution behind
 * any word. {@code finished} is false when the maximum length was reached before {@code </s>}.
 */
public record GeneratedSentence(List<String> words, List<List<String>> contexts, List<Double> probabilities,
                                boolean finished) {
}
