package org.lmlens.engine.classify;

import java.util.Objects;
import org.lmlens.engine.text.TextSource;

/**
 * The lines of one class: a class name and its text (one or more files). Every line is one item to
 * classify, whatever sentence mode the options give elsewhere.
 */
public record LabelledText(String label, TextSource source) {
    public LabelledText {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
    }
}
