package org.lmlens.engine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lmlens.engine.EngineMessages;
import org.lmlens.engine.LmLensException;
import org.lmlens.engine.Progress;
import org.lmlens.engine.count.Vocabulary;

/**
 * What a user types (a context, a sentence to score, a prefix to search for) as tokens, split exactly as the
 * model's text was read: its tokenizer, its lowercasing and, for sentences, its sentence mode. The command
 * line and every tab of the desktop app split typed input here, so {@code lm-lens score} and the Score tab
 * see the same tokens.
 *
 * <p>The markers {@code <s>}, {@code </s>} and {@code <unk>} may be typed literally, with or without
 * spaces around them: they stay whole, whatever the tokenizer would make of their brackets. In a context
 * they mean what they mean to the model ({@code <s>} starts a sentence); in a sentence to score,
 * {@code <s>} and {@code </s>} are markup and are dropped (a sentence is always scored as
 * {@code <s> … </s>}), as they are in a training text. Everything between markers goes to the text's
 * tokenizer; an {@code auto} tokenizer (a model read from an ARPA file) chooses from the whole typed text.
 */
public final class TypedText {
    private static final Pattern MARKER = Pattern.compile(
            Pattern.quote(Vocabulary.EOS_WORD) + "|" + Pattern.quote(Vocabulary.BOS_WORD) + "|"
                    + Pattern.quote(Vocabulary.UNK_WORD));

    private TypedText() {
    }

    /** A context, a word or a search prefix as tokens: markers kept, the rest tokenized and cased like the text. */
    public static List<String> tokens(String typed, TextOptions options) {
        List<String> out = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return out;
        }
        new Markers(resolved(typed, options.tokenizer())).tokenize(typed, t -> out.add(isMarker(t) ? t : options.normalise(t)));
        return out;
    }

    /** Typed sentences (cut by the text's sentence mode), each as its words: no {@code <s>}/{@code </s>}. */
    public static List<List<String>> sentences(String typed, TextOptions options) {
        List<List<String>> out = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return out;
        }
        TextOptions typedOptions = options.withTokenizer(new Markers(resolved(typed, options.tokenizer())));
        TextReader.read(TextSource.ofString("typed", typed), typedOptions, s -> {
            // a sentence typed as markers only ("<s> </s>") is the empty sentence, scored as <s> </s>
            out.add(s.stream().filter(t -> !t.equals(Vocabulary.BOS_WORD) && !t.equals(Vocabulary.EOS_WORD)).toList());
        }, Progress.NONE);
        return out;
    }

    /**
     * One typed sentence's words (as {@link #sentences}), or a clear error when the text's sentence mode
     * finds several in it; none gives an empty list.
     */
    public static List<String> sentence(String typed, TextOptions options) {
        List<List<String>> all = sentences(typed, options);
        if (all.size() > 1) {
            throw new LmLensException(EngineMessages.get("typed.severalSentences", all.size(),
                    options.sentenceMode().cliName()));
        }
        return all.isEmpty() ? List.of() : all.get(0);
    }

    /**
     * Completions of the last word being typed, most frequent vocabulary words first, each as the whole
     * typed text completed: the word being typed is both the text after the last space (a word typed in
     * part, such as {@code don'}) and the last token of the text's tokenizer (Chinese typed without spaces).
     * None when the text is blank or ends with a space or a marker.
     */
    public static List<String> completions(String typed, TextOptions options, Vocabulary vocabulary, int limit) {
        List<String> out = new ArrayList<>();
        if (typed == null || typed.isBlank() || Character.isWhitespace(typed.charAt(typed.length() - 1))) {
            return out;
        }
        List<String> raw = new ArrayList<>();
        new Markers(resolved(typed, options.tokenizer())).tokenize(typed, raw::add);
        String last = raw.isEmpty() ? "" : raw.get(raw.size() - 1);
        if (isMarker(last) && typed.endsWith(last)) {
            return out;
        }
        int cut = typed.lastIndexOf(' ') + 1;
        int tokenStart = last.isEmpty() ? -1 : typed.lastIndexOf(last);
        List<Integer> starts = tokenStart > cut ? List.of(cut, tokenStart) : List.of(cut);
        for (int id = Vocabulary.EOS + 1; id < vocabulary.size() && out.size() < limit; id++) {
            String w = vocabulary.word(id);
            for (int start : starts) {
                String prefix = options.normalise(typed.substring(start));
                if (w.startsWith(prefix) && !w.equals(prefix)) {
                    out.add(typed.substring(0, start) + w);
                    break;
                }
            }
        }
        return out;
    }

    static boolean isMarker(String token) {
        return token.equals(Vocabulary.BOS_WORD) || token.equals(Vocabulary.EOS_WORD) || token.equals(Vocabulary.UNK_WORD);
    }

    private static Tokenizer resolved(String typed, Tokenizer tokenizer) {
        return Tokenizers.isAuto(tokenizer) ? TokenizerChooser.choose(typed).tokenizer() : tokenizer;
    }

    /** The text's tokenizer between literal markers; the markers whole. */
    private record Markers(Tokenizer inner) implements Tokenizer {
        @Override
        public String name() {
            return inner.name();
        }

        @Override
        public void tokenize(CharSequence text, Consumer<String> sink) {
            Matcher m = MARKER.matcher(text);
            int from = 0;
            while (m.find()) {
                if (m.start() > from) {
                    inner.tokenize(text.subSequence(from, m.start()), sink);
                }
                sink.accept(m.group());
                from = m.end();
            }
            if (from < text.length()) {
                inner.tokenize(text.subSequence(from, text.length()), sink);
            }
        }
    }
}
