package org.lmlens.engine.text;

import java.util.ArrayList;
import java.util.List;
import org.lmlens.engine.Progress;

/** A few sentences typed by a user, read exactly like a training text (tokenizer, case, sentence mode). */
public final class TypedText {
    private TypedText() {
    }

    public static List<List<String>> sentences(String typed, TextOptions options) {
        List<List<String>> out = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return out;
        }
        TextReader.read(TextSource.ofString("typed", typed), options, s -> out.add(List.copyOf(s)), Progress.NONE);
        return out;
    }
}
