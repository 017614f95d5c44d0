package org.lmlens.engine.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of one line of text as the engine's reader makes them (sentence mode, tokenizer,
 * lowercasing), for a caller that reads lines itself: the Spark job, whose executors get lines from
 * Spark's input formats. Each non-empty sentence becomes a list of tokens.
 */
public final class Sentences {
    private Sentences() {
    }

    public static List<List<String>> of(String line, TextOptions options) {
        List<String> texts = new ArrayList<>();
        SentenceCutter cutter = new SentenceCutter(options.sentenceMode(), texts::add);
        cutter.line(line);
        cutter.endOfFile(); // each line on its own: a sentence never spans two of Spark's input lines
        List<List<String>> out = new ArrayList<>();
        TextReader.sentences(texts, options, tokens -> out.add(List.copyOf(tokens)));
        return out;
    }
}
