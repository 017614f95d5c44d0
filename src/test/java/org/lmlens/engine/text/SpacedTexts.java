package org.lmlens.engine.text;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated texts for the byte-path properties: tokens, each after a gap (spaces, line breaks, controls). */
public final class SpacedTexts {
    private SpacedTexts() {
    }

    /** Texts of {@code minTokens..maxTokens} tokens drawn from {@code tokens}, each preceded by one of {@code gaps}. */
    public static Arbitrary<String> of(List<String> tokens, List<String> gaps, int minTokens, int maxTokens) {
        Arbitrary<String> token = Arbitraries.of(tokens);
        Arbitrary<String> gap = Arbitraries.of(gaps);
        return Combinators.combine(token.list().ofMinSize(minTokens).ofMaxSize(maxTokens),
                        gap.list().ofMinSize(maxTokens).ofMaxSize(maxTokens))
                .as((ts, gs) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < ts.size(); i++) {
                        sb.append(gs.get(i)).append(ts.get(i));
                    }
                    return sb.toString();
                });
    }
}
