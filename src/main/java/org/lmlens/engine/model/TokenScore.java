package org.lmlens.engine.model;

import java.util.List;

/**
 * One factor of the chain rule P(s) = Π P(w_i | h_i): the predicted token, the context the model
 * conditioned on (cut to N-1 words), its probability, log10 probability, the running total, and which
 * n-gram order finally supplied the value ({@code suppliedByOrder} &lt; context length + 1 means the method
 * backed off or interpolated down to a shorter context for an unseen n-gram).
 */
public record TokenScore(String word, List<String> context, double probability, double log10,
                         double cumulativeLog10, int suppliedByOrder, boolean oov) {
}
