package org.lmlens.engine.smoothing;

import java.util.List;

/**
 * What a {@link Formula} needs to show one P(w | h) with numbers: the engine's breakdown of it, the context
 * words the model used, the word, the number of outcomes |V| (vocabulary, {@code </s>}, {@code <unk>}) and
 * the parameters the model was built with.
 */
public record FormulaInputs(Explanation explanation, List<String> context, String word, int outcomes,
                            Parameters parameters) {
    public FormulaInputs {
        context = List.copyOf(context);
    }
}
