package org.lmlens.engine.smoothing;

import java.util.Arrays;
import java.util.List;
import org.lmlens.engine.count.Corpus;
import org.lmlens.engine.count.CorpusBuilder;
import org.lmlens.engine.model.LanguageModel;
import org.lmlens.engine.model.TrainedText;

/** Small corpora for hand-computed tests. */
final class Corpora {
    /** The mini-corpus of SLP3 ch. 3: 17 predicted tokens, 12 outcomes (10 words, {@code </s>}, {@code <unk>}). */
    static final List<String> SLP3 = List.of("I am Sam", "Sam I am", "I do not like green eggs and ham");

    private Corpora() {
    }

    static Corpus corpus(List<String> lines) {
        return CorpusBuilder.train(lines.stream().map(l -> Arrays.asList(l.split(" "))).toList(), 1);
    }

    static TrainedText text(List<String> lines, int maxOrder) {
        return TrainedText.of(corpus(lines), maxOrder);
    }

    static LanguageModel model(List<String> lines, int order, String method) {
        return text(lines, order).model(order, Methods.byName(method), Parameters.NONE);
    }

    static List<String> words(String context) {
        return context.isEmpty() ? List.of() : Arrays.asList(context.split(" "));
    }
}
